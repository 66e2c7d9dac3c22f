'use client';
import { ChartNetworkCompare, type CompareChartSeries } from '../../../../../_components/charts/chart-network-compare';

/** Client boundary for the comparison chart (series computed on the server). */
export function CompareChart(props: { metrics: string[]; series: CompareChartSeries[]; description: string }) {
  return <ChartNetworkCompare {...props} />;
}
