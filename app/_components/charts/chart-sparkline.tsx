'use client';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { CHART_COLORS } from './chart-registry';

export interface SparklineProps {
  /** Values in order (e.g. units per week); nulls are gaps. */
  values: readonly (number | null)[];
  /** From this index on, values are drawn dashed (a forecast after the history). */
  dashedFrom?: number;
  /** What it shows, read by screen readers in place of the drawing: "Weekly demand, last 26 weeks: …". */
  label: string;
  width?: number;
  height?: number;
  color?: string;
  testId?: string;
}

/** A word-sized line: no axes, no legend, no tooltips; the label carries its meaning. */
export function Sparkline({ values, dashedFrom, label, width = 120, height = 32, color = CHART_COLORS.series[0], testId }: SparklineProps) {
  const data = useMemo<ChartData<'line', (number | null)[], string>>(() => {
    const labels = values.map((_, i) => String(i));
    if (dashedFrom === undefined || dashedFrom <= 0 || dashedFrom >= values.length) {
      return { labels, datasets: [{ data: [...values], borderColor: color, borderWidth: 1.5, pointRadius: 0, tension: 0.25, fill: false }] };
    }
    const solid = values.map((v, i) => (i < dashedFrom ? v : null));
    const dashed = values.map((v, i) => (i >= dashedFrom - 1 ? v : null));
    return {
      labels,
      datasets: [
        { data: solid, borderColor: color, borderWidth: 1.5, pointRadius: 0, tension: 0.25, fill: false },
        { data: dashed, borderColor: CHART_COLORS.series[2], borderWidth: 1.5, borderDash: [3, 2], pointRadius: 0, tension: 0.25, fill: false },
      ],
    };
  }, [values, dashedFrom, color]);
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      responsive: false,
      events: [],
      layout: { padding: 2 },
      scales: { x: { display: false }, y: { display: false, beginAtZero: true } },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    }),
    [],
  );
  return (
    <span className="inline-block align-middle" style={{ width, height }} data-testid={testId}>
      <Line data={data} options={options} width={width} height={height} role="img" aria-label={label} />
    </span>
  );
}

/** The same small trend, filling its container's width (KPI cards, portfolio rows); the numbers are in the card's text. */
export function ChartSparkline({ values, label, colour = CHART_COLORS.series[0] }: { values: (number | null)[]; label: string; colour?: string }) {
  if (values.every((v) => v === null)) return <p className="h-10 text-xs text-slate-500">No trend yet</p>;
  return (
    <div className="h-10 w-full" data-testid="sparkline">
      <Line
        aria-label={label}
        role="img"
        data={{ labels: values.map((_, i) => String(i + 1)), datasets: [{ data: values, borderColor: colour, borderWidth: 2, pointRadius: 0, spanGaps: true, tension: 0.3 }] }}
        options={{ plugins: { legend: { display: false }, tooltip: { enabled: false } }, scales: { x: { display: false }, y: { display: false } }, events: [] }}
      />
    </div>
  );
}
