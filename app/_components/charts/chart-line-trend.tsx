'use client';
/**
 * A weekly trend of one or more KPIs with an optional target line (dashed, in the target colour).
 * Series come from the server (readKpis' weekly buckets); `format` labels the axis and tooltips.
 */
import './chart-registry';
import { Line } from 'react-chartjs-2';
import { CHART_COLORS } from './chart-registry';

export interface TrendSeries {
  label: string;
  values: (number | null)[];
}

export function ChartLineTrend({
  title,
  labels,
  series,
  target,
  format,
  testId,
}: {
  title: string;
  labels: string[];
  series: TrendSeries[];
  target?: { label: string; value: number } | null;
  format: (value: number) => string;
  testId?: string;
}) {
  const datasets = [
    ...series.map((s, i) => ({ label: s.label, data: s.values, borderColor: CHART_COLORS.series[i % CHART_COLORS.series.length], backgroundColor: CHART_COLORS.series[i % CHART_COLORS.series.length], borderWidth: 2, pointRadius: 2, spanGaps: true, tension: 0.2 })),
    ...(target ? [{ label: target.label, data: labels.map(() => target.value), borderColor: CHART_COLORS.target, backgroundColor: CHART_COLORS.target, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0 }] : []),
  ];
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <figcaption className="text-sm font-semibold text-slate-900">{title}</figcaption>
      <div className="mt-3 h-56">
        <Line
          role="img"
          aria-label={`${title}: ${series.map((s) => `${s.label} latest ${latest(s.values, format)}`).join('; ')}${target ? `; target ${format(target.value)}` : ''}`}
          data={{ labels, datasets }}
          options={{
            interaction: { mode: 'index', intersect: false },
            plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } }, tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.parsed.y === null ? '—' : format(c.parsed.y)}` } } },
            scales: { y: { ticks: { callback: (v) => format(Number(v)) } }, x: { ticks: { maxRotation: 0, autoSkipPadding: 12 } } },
          }}
        />
      </div>
    </figure>
  );
}

function latest(values: (number | null)[], format: (v: number) => string): string {
  const last = [...values].reverse().find((v) => v !== null);
  return last === undefined || last === null ? 'none' : format(last);
}
