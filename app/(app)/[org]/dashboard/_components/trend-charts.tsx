'use client';
import type { KpiReport } from '@/server/services/dashboard/read-kpis';
import type { RegionRow } from '@/server/services/dashboard/breakdowns';
import { ChartLineTrend } from '../../../../_components/charts/chart-line-trend';
import { ChartBarRegionCost } from '../../../../_components/charts/chart-bar-region-cost';
import { formatKpi, moneyFormat, shortDay } from './format';

/** Weekly trends against the SLA targets, inventory and days of supply, and shipping cost by region. */
export function TrendCharts({ report, regions }: { report: KpiReport; regions: RegionRow[] | null }) {
  const labels = report.view.weeks.map((w) => shortDay(w.to));
  const card = (key: string) => report.cards.find((c) => c.key === key)!;
  const pct = (v: number) => `${(v * 100).toFixed(0)}%`;
  const money = moneyFormat(report.currency);
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="trend-charts">
      <ChartLineTrend
        testId="chart-delivery-days"
        title="Average delivery days, weekly"
        labels={labels}
        series={[{ label: 'Delivery days', values: card('avgDeliveryDays').trend }]}
        target={report.targets.deliveryDays === null ? null : { label: 'SLA target', value: report.targets.deliveryDays }}
        format={(v) => `${v.toFixed(1)} d`}
      />
      <ChartLineTrend
        testId="chart-service"
        title="On time and fill rate, weekly"
        labels={labels}
        series={[
          { label: 'On time', values: card('onTimeRate').trend },
          { label: 'Line fill rate', values: card('lineFillRate').trend },
          { label: 'Order fill rate', values: card('orderFillRate').trend },
        ]}
        target={{ label: 'On-time target', value: report.targets.onTimeRate }}
        format={pct}
      />
      {report.cards.find((c) => c.key === 'inventoryValue')?.trend.some((v) => v !== null) ? (
        <>
          <ChartLineTrend testId="chart-inventory" title="Inventory value at week end" labels={labels} series={[{ label: 'Inventory value', values: card('inventoryValue').trend }]} format={(v) => money.format(v)} />
          <ChartLineTrend testId="chart-days-of-supply" title="Days of supply at week end" labels={labels} series={[{ label: 'Days of supply', values: card('daysOfSupply').trend }]} format={(v) => formatKpi('days', v, report.currency)} />
        </>
      ) : null}
      {regions ? <ChartBarRegionCost rows={regions.map((r) => ({ code: r.code, value: r.shippingCostPerUnit }))} format={(v) => moneyFormat(report.currency, 2).format(v)} /> : null}
    </div>
  );
}
