'use client';
import type { ReplayResults } from '@/server/services/replay/get';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { DownloadCsvButton } from '../../../../_components/tables/download-csv-button';
import { formatDays, formatMoney, formatNumber, formatPercent, formatUnits } from '../../../../_components/tables/cell-format';
import { Badge } from '../../../../_components/ui/badge';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { ChartLineReplay } from './chart-line-replay';

type Policy = ReplayResults['policies'][number];
type RegionRow = { key: string; code: string; name: string; policy: string; region: Policy['regions'][number] };
type SkuRow = ReplayResults['skuDifferences'][number];

/** The figures of a finished replay: headline per policy, the weekly chart, the comparison tables, CSV of each. */
export function ReplayResult({ name, results, currency }: { name: string; results: ReplayResults; currency: string }) {
  const policies = results.policies;
  const baseline = policies.find((p) => p.policy === 'independent') ?? policies[1];
  const footprint = policies.find((p) => p.policy === 'footprint');

  const comparison: Column<Policy>[] = [
    { key: 'policy', header: 'Policy', cell: (p) => <span className="font-medium">{p.label}</span>, csv: (p) => p.label },
    { key: 'fill', header: 'Line fill rate', align: 'right', cell: (p) => formatPercent(p.totals.lineFillRate), sortValue: (p) => p.totals.lineFillRate, csv: (p) => p.totals.lineFillRate },
    {
      key: 'sla',
      header: 'Regions meeting SLA',
      align: 'right',
      cell: (p) => `${p.regions.filter((r) => r.demandUnits > 0 && r.meetsSla).length} of ${p.regions.filter((r) => r.demandUnits > 0).length}`,
      csv: (p) => p.regions.filter((r) => r.demandUnits > 0 && r.meetsSla).length,
    },
    { key: 'instock', header: 'Weeks in stock', align: 'right', cell: (p) => formatPercent(p.totals.inStockShare), csv: (p) => p.totals.inStockShare },
    { key: 'value', header: 'Average stock value', align: 'right', cell: (p) => formatMoney(p.totals.averageInventoryValue, currency), sortValue: (p) => p.totals.averageInventoryValue, csv: (p) => p.totals.averageInventoryValue },
    { key: 'peak', header: 'Peak stock value', align: 'right', cell: (p) => formatMoney(p.totals.peakInventoryValue, currency), csv: (p) => p.totals.peakInventoryValue },
    { key: 'holding', header: 'Holding cost', align: 'right', cell: (p) => formatMoney(p.totals.holdingCost, currency), csv: (p) => p.totals.holdingCost },
    { key: 'shipping', header: 'Shipping cost', align: 'right', cell: (p) => formatMoney(p.totals.shippingCost, currency), csv: (p) => p.totals.shippingCost },
    { key: 'transfer', header: 'Transfer cost', align: 'right', cell: (p) => formatMoney(p.totals.transferCost, currency), csv: (p) => p.totals.transferCost },
    { key: 'total', header: 'Total cost', align: 'right', cell: (p) => formatMoney(p.totals.totalCost, currency), sortValue: (p) => p.totals.totalCost, csv: (p) => p.totals.totalCost },
    { key: 'lost', header: 'Sales not served', align: 'right', cell: (p) => formatMoney(p.totals.stockoutValue, currency), csv: (p) => p.totals.stockoutValue },
    { key: 'days', header: 'Delivery days', align: 'right', cell: (p) => formatDays(p.totals.averageDeliveryDays), csv: (p) => p.totals.averageDeliveryDays },
    { key: 'orders', header: 'Purchase orders', align: 'right', cell: (p) => formatNumber(p.totals.ordersPlaced, { maxDigits: 0 }), csv: (p) => p.totals.ordersPlaced },
    { key: 'transfers', header: 'Transfers', align: 'right', cell: (p) => formatNumber(p.totals.transfersPlaced, { maxDigits: 0 }), csv: (p) => p.totals.transfersPlaced },
  ];

  const regionRows: RegionRow[] = policies.flatMap((p) =>
    p.regions.map((r) => ({ key: `${p.policy}-${r.regionId}`, code: r.code, name: r.name, policy: p.label, region: r })),
  );
  const regionColumns: Column<RegionRow>[] = [
    { key: 'region', header: 'Region', cell: (r) => <span title={r.name}>{r.code}</span>, sortValue: (r) => r.code, csv: (r) => r.code, filterText: (r) => `${r.code} ${r.name} ${r.policy}` },
    { key: 'policy', header: 'Policy', cell: (r) => r.policy, sortValue: (r) => r.policy, csv: (r) => r.policy },
    { key: 'fill', header: 'Line fill rate', align: 'right', cell: (r) => formatPercent(r.region.lineFillRate), sortValue: (r) => r.region.lineFillRate, csv: (r) => r.region.lineFillRate },
    { key: 'target', header: 'SLA fill target', align: 'right', cell: (r) => formatPercent(r.region.targetFillRate), csv: (r) => r.region.targetFillRate },
    { key: 'days', header: 'Delivery days', align: 'right', cell: (r) => formatDays(r.region.averageDeliveryDays), sortValue: (r) => r.region.averageDeliveryDays, csv: (r) => r.region.averageDeliveryDays },
    { key: 'slaDays', header: 'SLA days', align: 'right', cell: (r) => (r.region.hasSla ? formatDays(r.region.slaDeliveryDays) : 'no SLA'), csv: (r) => (r.region.hasSla ? r.region.slaDeliveryDays : '') },
    {
      key: 'meets',
      header: 'Meets SLA',
      cell: (r) => (r.region.meetsSla ? <Badge tone="green">Yes</Badge> : <Badge tone="red">No</Badge>),
      sortValue: (r) => (r.region.meetsSla ? 1 : 0),
      csv: (r) => (r.region.meetsSla ? 'yes' : 'no'),
    },
    { key: 'demand', header: 'Units ordered', align: 'right', cell: (r) => formatUnits(r.region.demandUnits), sortValue: (r) => r.region.demandUnits, csv: (r) => r.region.demandUnits },
    { key: 'unreachable', header: 'No lane', align: 'right', cell: (r) => (r.region.unreachableUnits > 0 ? formatUnits(r.region.unreachableUnits) : '—'), csv: (r) => r.region.unreachableUnits },
  ];

  const skuColumns: Column<SkuRow>[] = [
    { key: 'sku', header: 'SKU', cell: (s) => <span title={s.name} className="font-mono text-xs">{s.code}</span>, sortValue: (s) => s.code, csv: (s) => s.code, filterText: (s) => `${s.code} ${s.name}` },
    { key: 'name', header: 'Name', cell: (s) => s.name, csv: (s) => s.name },
    { key: 'class', header: 'ABC', cell: (s) => s.abcClass, sortValue: (s) => s.abcClass, csv: (s) => s.abcClass },
    { key: 'demand', header: 'Units ordered', align: 'right', cell: (s) => formatUnits(s.demandUnits), sortValue: (s) => s.demandUnits, csv: (s) => s.demandUnits },
    ...policies.flatMap((p, i): Column<SkuRow>[] => [
      { key: `fill-${p.policy}`, header: `Fill: ${p.label}`, align: 'right', cell: (s) => formatPercent(s.fillRate[i]), sortValue: (s) => s.fillRate[i], csv: (s) => s.fillRate[i] ?? '' },
      {
        key: `value-${p.policy}`,
        header: `Stock value: ${p.label}`,
        align: 'right',
        cell: (s) => formatMoney(s.averageInventoryValue[i], currency),
        sortValue: (s) => s.averageInventoryValue[i],
        csv: (s) => s.averageInventoryValue[i] ?? '',
      },
    ]),
    { key: 'spread', header: 'Fill spread', align: 'right', cell: (s) => formatPercent(s.fillSpread), sortValue: (s) => s.fillSpread, csv: (s) => s.fillSpread },
  ];

  const weeklyHeader = ['week', ...policies.flatMap((p) => [`${p.label} stock value`, `${p.label} fill rate`, `${p.label} units ordered`, `${p.label} units served`, `${p.label} cost`])];
  const weeklyRows = () =>
    results.weeks.map((w, i) => [
      w,
      ...policies.flatMap((p) => [p.weekly.inventoryValue[i] ?? 0, p.weekly.fillRate[i] ?? '', p.weekly.demandUnits[i] ?? 0, p.weekly.servedUnits[i] ?? 0, p.weekly.totalCost[i] ?? 0]),
    ]);

  return (
    <div className="space-y-6" data-testid="replay-result">
      {footprint && baseline && footprint !== baseline ? (
        <Notice tone="success" testId="replay-headline">
          {headline(footprint, baseline, currency, results.skuCount, results.weeks.length)}
        </Notice>
      ) : null}
      {results.notes.length > 0 ? (
        <Notice tone="warning">
          <ul className="list-disc pl-4">
            {results.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Notice>
      ) : null}

      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="replay-chart-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="replay-chart-title" className="font-semibold text-slate-900">
            Stock value and fill rate, week by week
          </h3>
          <DownloadCsvButton fileName={['replay-weekly', name]} header={weeklyHeader} rows={weeklyRows} />
        </div>
        <ChartLineReplay
          weeks={results.weeks}
          currency={currency}
          series={policies.map((p) => ({ label: p.label, inventoryValue: p.weekly.inventoryValue, fillRate: p.weekly.fillRate }))}
        />
      </section>

      <section className="space-y-2" aria-labelledby="replay-compare-title">
        <h3 id="replay-compare-title" className="font-semibold text-slate-900">
          Policies side by side
        </h3>
        <p className="text-sm text-slate-600">
          {results.skuCount} SKUs, {results.weeks.length} weeks from {results.weeks[0]}; stock value is the average of end-of-week stock at unit cost.
        </p>
        <DataTable rows={policies} rowKey={(p) => p.policy} columns={comparison} caption="Policies compared" csvName={['replay-policies', name]} empty={null} testId="replay-comparison" />
      </section>

      <section className="space-y-2" aria-labelledby="replay-regions-title">
        <h3 id="replay-regions-title" className="font-semibold text-slate-900">
          Fill rate and delivery days against each region&apos;s SLA
        </h3>
        <DataTable
          rows={regionRows}
          rowKey={(r) => r.key}
          columns={regionColumns}
          caption="Regions against their SLA per policy"
          csvName={['replay-regions', name]}
          empty={<EmptyState title="No region had demand in this period" />}
        />
      </section>

      {results.skuDifferences.length > 0 ? (
        <section className="space-y-2" aria-labelledby="replay-skus-title">
          <h3 id="replay-skus-title" className="font-semibold text-slate-900">
            SKUs where the policies differ most
          </h3>
          <p className="text-sm text-slate-600">Ranked by the spread of fill rate between policies, weighted by units ordered.</p>
          <DataTable rows={results.skuDifferences} rowKey={(s) => s.skuId} columns={skuColumns} caption="SKUs where the policies differ most" csvName={['replay-skus', name]} empty={null} />
        </section>
      ) : null}
    </div>
  );
}

function headline(footprint: Policy, baseline: Policy, currency: string, skuCount: number, weeks: number): string {
  const f = footprint.totals;
  const b = baseline.totals;
  const stockChange = b.averageInventoryValue > 0 ? f.averageInventoryValue / b.averageInventoryValue - 1 : 0;
  const direction = stockChange <= 0 ? `${formatPercent(-stockChange)} less` : `${formatPercent(stockChange)} more`;
  return (
    `Over these ${weeks} weeks and ${skuCount} SKUs, ${footprint.label} would have served ${formatPercent(f.lineFillRate)} of units from stock ` +
    `(${baseline.label.toLowerCase()}: ${formatPercent(b.lineFillRate)}) with ${direction} stock on average ` +
    `(${formatMoney(f.averageInventoryValue, currency)} against ${formatMoney(b.averageInventoryValue, currency)}).`
  );
}
