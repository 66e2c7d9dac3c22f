'use client';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { CHART_COLORS } from './chart-registry';

export interface StockPositionBar {
  label: string;
  below: number;
  within: number;
  above: number;
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * SKUs per location below the reorder point, within targets and above order-up-to, stacked horizontally:
 * where stock is short or in excess at a glance. The aria-label carries the same numbers.
 */
export function StockPositionBarChart({ bars, title, onSelect, testId }: { bars: readonly StockPositionBar[]; title: string; onSelect?: (index: number) => void; testId?: string }) {
  const data = useMemo<ChartData<'bar', number[], string>>(
    () => ({
      labels: bars.map((b) => b.label),
      datasets: [
        { label: 'Below reorder point', data: bars.map((b) => b.below), backgroundColor: CHART_COLORS.target, stack: 'p' },
        { label: 'Within targets', data: bars.map((b) => b.within), backgroundColor: CHART_COLORS.series[1], stack: 'p' },
        { label: 'Above order-up-to', data: bars.map((b) => b.above), backgroundColor: CHART_COLORS.series[2], stack: 'p' },
      ],
    }),
    [bars],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      responsive: true,
      scales: { x: { stacked: true, title: { display: true, text: 'SKUs' }, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 14 } }, tooltip: { callbacks: { label: (i) => `${i.dataset.label}: ${number.format(Number(i.raw))} SKUs` } } },
      onClick: onSelect ? (_event, elements) => elements[0] && onSelect(elements[0].index) : undefined,
    }),
    [onSelect],
  );
  const summary = bars.map((b) => `${b.label}: ${number.format(b.below)} below reorder point, ${number.format(b.within)} within, ${number.format(b.above)} above order-up-to`).join('; ');
  return (
    <div style={{ height: Math.max(140, 48 + bars.length * 34) }} className="relative" data-testid={testId}>
      <Bar data={data} options={options} role="img" aria-label={`${title}. ${summary}.`} />
    </div>
  );
}
