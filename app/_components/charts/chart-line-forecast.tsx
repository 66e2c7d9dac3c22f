'use client';
import type { ChartData, ChartOptions } from 'chart.js';
import { useId, useMemo, useState } from 'react';
import { Line } from 'react-chartjs-2';
import { CHART_COLORS } from './chart-registry';
import type { ForecastChartSeries } from './forecast-series';

export interface ForecastChartProps {
  series: ForecastChartSeries;
  /** What the chart shows, for screen readers and the caption of its table: "Weekly demand, all SKUs". */
  title: string;
  /** The unit of the values: "units". */
  unit?: string;
  /** Level of the prediction band, e.g. 0.8 for an 80 % interval (legend and table headers). */
  bandLevel?: number | null;
  height?: number;
  testId?: string;
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : number.format(v));

/**
 * Weekly history (solid), forecast (dashed) and its prediction band (shaded) on one axis. The canvas is an
 * image with a text summary; "Show the numbers" opens the same series as a table for keyboard and
 * screen-reader users.
 */
export function ForecastLineChart({ series, title, unit = 'units', bandLevel, height = 280, testId }: ForecastChartProps) {
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const bandLabel = bandLevel ? `${Math.round(bandLevel * 100)} % interval` : 'Prediction interval';
  const hasBand = series.upper.some((v) => v !== null);

  const data = useMemo<ChartData<'line', (number | null)[], string>>(
    () => ({
      labels: series.labels,
      datasets: [
        // The band first: its lower edge (no fill), then its upper edge filled down to the lower one.
        { label: `${bandLabel} (low)`, data: series.lower, borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: false, borderColor: 'transparent', backgroundColor: CHART_COLORS.band, spanGaps: false },
        { label: bandLabel, data: series.upper, borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: '-1', borderColor: 'transparent', backgroundColor: CHART_COLORS.band, spanGaps: false },
        { label: 'Actual', data: series.history, borderColor: CHART_COLORS.series[0], backgroundColor: CHART_COLORS.series[0], borderWidth: 2, pointRadius: 0, pointHoverRadius: 3, tension: 0.2, cubicInterpolationMode: 'monotone', spanGaps: false },
        { label: 'Forecast', data: series.forecast, borderColor: CHART_COLORS.series[2], backgroundColor: CHART_COLORS.series[2], borderWidth: 2, borderDash: [6, 4], pointRadius: 0, pointHoverRadius: 3, tension: 0.2, cubicInterpolationMode: 'monotone', spanGaps: false },
      ],
    }),
    [series, bandLabel],
  );

  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      responsive: true,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { maxTicksLimit: 10, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
        y: { beginAtZero: true, title: { display: true, text: `${unit} per week` }, ticks: { callback: (v) => number.format(Number(v)) } },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            boxWidth: 14,
            // The band's lower edge is drawing machinery, not a series of its own.
            filter: (item) => !String(item.text).endsWith('(low)') && (hasBand || item.text !== bandLabel),
          },
        },
        tooltip: {
          filter: (item) => item.raw !== null && !String(item.dataset.label).endsWith('(low)'),
          callbacks: {
            label: (item) => {
              if (item.dataset.label === bandLabel) {
                const low = series.lower[item.dataIndex];
                return `${bandLabel}: ${fmt(low)}–${fmt(item.raw as number)} ${unit}`;
              }
              return `${item.dataset.label}: ${fmt(item.raw as number)} ${unit}`;
            },
          },
        },
      },
    }),
    [unit, bandLabel, hasBand, series.lower],
  );

  const summary = describe(series, unit);
  return (
    <figure className="space-y-2" data-testid={testId}>
      <div style={{ height }} className="relative">
        <Line data={data} options={options} role="img" aria-label={`${title}. ${summary}`} />
      </div>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <span>{summary}</span>
        <button type="button" className="font-medium text-brand-700 underline" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
          {showTable ? 'Hide the numbers' : 'Show the numbers'}
        </button>
      </figcaption>
      {showTable ? (
        <div id={tableId} className="max-h-64 overflow-auto rounded-md border border-slate-200">
          <table className="min-w-full text-xs">
            <caption className="sr-only">{title}</caption>
            <thead className="sticky top-0 bg-slate-50">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">Week of</th>
                <th scope="col" className="px-2 py-1 text-right">Actual</th>
                <th scope="col" className="px-2 py-1 text-right">Forecast</th>
                {hasBand ? <th scope="col" className="px-2 py-1 text-right">{bandLabel}</th> : null}
              </tr>
            </thead>
            <tbody>
              {series.labels.map((label, i) => (
                <tr key={series.weeks[i]} className="border-t border-slate-100">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{label}</th>
                  <td className="px-2 py-1 text-right tabular-nums">{fmt(series.history[i])}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{i >= series.forecastStart && series.forecastStart >= 0 ? fmt(series.forecast[i]) : '—'}</td>
                  {hasBand ? <td className="px-2 py-1 text-right tabular-nums">{series.upper[i] === null ? '—' : `${fmt(series.lower[i])}–${fmt(series.upper[i])}`}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}

/** One sentence for screen readers: the span of history, its last week, and the forecast ahead. */
function describe(series: ForecastChartSeries, unit: string): string {
  if (series.labels.length === 0) return 'No data.';
  const historyEnd = series.forecastStart >= 0 ? series.forecastStart : series.labels.length;
  const parts: string[] = [];
  if (historyEnd > 0) parts.push(`${historyEnd} weeks of history to ${series.labels[historyEnd - 1]}, last week ${fmt(series.history[historyEnd - 1])} ${unit}`);
  if (series.forecastStart >= 0) {
    const ahead = series.forecast.slice(series.forecastStart);
    const total = ahead.reduce<number>((s, v) => s + (v ?? 0), 0);
    parts.push(`forecast ${fmt(total)} ${unit} over the next ${ahead.length} weeks (${fmt(total / Math.max(1, ahead.length))} a week)`);
  }
  return `${parts.join('; ')}.`;
}
