'use client';
import type { ChartData, ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { CHART_COLORS } from '../../../../_components/charts/chart-registry';
import { formatMoney, formatPercent } from '../../../../_components/tables/cell-format';

export interface ReplayChartSeries {
  label: string;
  inventoryValue: number[];
  fillRate: (number | null)[];
}

/** Inventory value (left axis, solid) and weekly line fill rate (right axis, dashed) per policy, week by week. */
export function ChartLineReplay({ weeks, series, currency }: { weeks: string[]; series: ReplayChartSeries[]; currency: string }) {
  const data: ChartData<'line', (number | null)[], string> = {
    labels: weeks,
    datasets: series.flatMap((s, i) => {
      const color = CHART_COLORS.series[i % CHART_COLORS.series.length];
      return [
        { label: `${s.label}: stock value`, data: s.inventoryValue, borderColor: color, backgroundColor: color, yAxisID: 'value', pointRadius: 0, borderWidth: 2 },
        { label: `${s.label}: fill rate`, data: s.fillRate, borderColor: color, backgroundColor: color, yAxisID: 'fill', pointRadius: 0, borderWidth: 1.5, borderDash: [5, 4] },
      ];
    }),
  };
  const options: ChartOptions<'line'> = {
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12 } },
      tooltip: {
        callbacks: {
          label: (item) => {
            const v = item.parsed.y;
            if (v === null || v === undefined) return `${item.dataset.label}: no demand`;
            return `${item.dataset.label}: ${item.dataset.yAxisID === 'fill' ? formatPercent(v) : formatMoney(v, currency)}`;
          },
        },
      },
    },
    scales: {
      x: { title: { display: true, text: 'Week (Monday)' }, ticks: { maxTicksLimit: 12 } },
      value: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: `Stock value (${currency})` } },
      fill: {
        type: 'linear',
        position: 'right',
        min: 0,
        max: 1,
        grid: { drawOnChartArea: false },
        title: { display: true, text: 'Line fill rate' },
        ticks: { callback: (v) => formatPercent(Number(v), 0) },
      },
    },
  };
  return (
    <div className="h-80" data-testid="replay-chart">
      <Line data={data} options={options} aria-label="Stock value and fill rate per week and policy" role="img" />
    </div>
  );
}
