'use client';
/**
 * The comparison's networks side by side, each figure relative to the centralized network (= 100): delivery days,
 * shipping cost per unit, safety stock value, inventory value and total cost. Bars below 100 are lower.
 */
import { Bar } from 'react-chartjs-2';
import { CHART_COLORS } from './chart-registry';

export interface CompareChartSeries {
  label: string;
  /** One value per metric, as an index (centralized = 100); null = not available. */
  values: (number | null)[];
}

export function ChartNetworkCompare({ metrics, series, description }: { metrics: string[]; series: CompareChartSeries[]; description: string }) {
  return (
    <figure className="h-72" data-testid="chart-network-compare">
      <Bar
        role="img"
        aria-label={description}
        data={{
          labels: metrics,
          datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: CHART_COLORS.series[i % CHART_COLORS.series.length] })),
        }}
        options={{
          responsive: true,
          plugins: {
            legend: { position: 'bottom' },
            tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${Number(item.raw).toFixed(0)} (centralized = 100)` } },
          },
          scales: { y: { beginAtZero: true, title: { display: true, text: 'Index, centralized = 100' } } },
        }}
      />
      <figcaption className="sr-only">{description}</figcaption>
    </figure>
  );
}
