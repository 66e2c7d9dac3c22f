'use client';
/** A small trend line without axes, for a KPI card or a table row; the numbers are in the card's text. */
import './chart-registry';
import { Line } from 'react-chartjs-2';
import { CHART_COLORS } from './chart-registry';

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
