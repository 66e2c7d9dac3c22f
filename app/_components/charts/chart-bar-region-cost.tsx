'use client';
/** Shipping cost per unit by region, one bar each (the region table carries the same numbers). */
import './chart-registry';
import { Bar } from 'react-chartjs-2';
import { CHART_COLORS } from './chart-registry';

export function ChartBarRegionCost({ rows, format }: { rows: { code: string; value: number | null }[]; format: (v: number) => string }) {
  const shown = rows.filter((r) => r.value !== null);
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid="chart-region-cost">
      <figcaption className="text-sm font-semibold text-slate-900">Shipping cost per unit by region</figcaption>
      {shown.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No units shipped in this period.</p>
      ) : (
        <div className="mt-3 h-56">
          <Bar
            role="img"
            aria-label={`Shipping cost per unit by region: ${shown.map((r) => `${r.code} ${format(r.value as number)}`).join(', ')}`}
            data={{ labels: shown.map((r) => r.code), datasets: [{ label: 'Shipping cost per unit', data: shown.map((r) => r.value), backgroundColor: CHART_COLORS.series[0] }] }}
            options={{ plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => format(c.parsed.y ?? 0) } } }, scales: { y: { beginAtZero: true, ticks: { callback: (v) => format(Number(v)) } } } }}
          />
        </div>
      )}
    </figure>
  );
}
