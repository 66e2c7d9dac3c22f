'use client';
/**
 * The k sweep: total cost per year (bars, left axis) and demand-weighted delivery days (line, right axis) for the
 * optimal network of k = 1..N open locations. Points not solved yet (or infeasible) are gaps.
 */
import { Chart as ReactChart } from 'react-chartjs-2';
import { CHART_COLORS } from './chart-registry';

export interface SweepChartPoint {
  k: number;
  totalCostPerYear: number | null;
  averageDeliveryDays: number | null;
}

export function ChartNetworkSweep({ points, currency, description }: { points: SweepChartPoint[]; currency: string; description: string }) {
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  return (
    <figure className="h-72" data-testid="chart-network-sweep">
      <ReactChart
        type="bar"
        role="img"
        aria-label={description}
        data={{
          labels: points.map((p) => `${p.k} location${p.k === 1 ? '' : 's'}`),
          datasets: [
            { type: 'bar', label: 'Total cost per year', data: points.map((p) => p.totalCostPerYear), backgroundColor: CHART_COLORS.series[0], yAxisID: 'cost', order: 2 },
            {
              type: 'line',
              label: 'Average delivery days',
              data: points.map((p) => p.averageDeliveryDays),
              borderColor: CHART_COLORS.series[2],
              backgroundColor: CHART_COLORS.series[2],
              yAxisID: 'days',
              spanGaps: false,
              order: 1,
            },
          ],
        }}
        options={{
          responsive: true,
          plugins: {
            legend: { position: 'bottom' },
            tooltip: {
              callbacks: {
                label: (item) => (item.dataset.yAxisID === 'cost' ? `${item.dataset.label}: ${money.format(Number(item.raw))}` : `${item.dataset.label}: ${Number(item.raw).toFixed(2)} days`),
              },
            },
          },
          scales: {
            cost: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: `Total cost per year (${currency})` }, ticks: { callback: (v) => money.format(Number(v)) } },
            days: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'Delivery days' } },
          },
        }}
      />
      <figcaption className="sr-only">{description}</figcaption>
    </figure>
  );
}
