'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { abcClasses, xyzClasses } from '@/server/services/forecasts/schemas';
import { targetPositions, type ListStockTargetsInput } from '@/server/services/stock-targets/schemas';
import type { StockTargetRow } from '@/server/services/stock-targets/types';
import { useTRPC } from '../../../../_trpc/client';
import { formatDays, formatNumber, formatPercent, formatUnits } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import type { ListState } from '../../../../_components/tables/use-list-state';
import { Badge, type BadgeTone } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { POSITION_LABEL, TargetGauge } from './target-gauge';

export type StockTargetSort = ListStockTargetsInput['sort'];
const TONE: Record<StockTargetRow['position'], BadgeTone> = { below_reorder_point: 'red', within: 'green', above_order_up_to: 'amber' };

function gapText(r: StockTargetRow): string {
  if (r.position === 'below_reorder_point') return `${formatUnits(r.gap)} short`;
  if (r.position === 'above_order_up_to') return `${formatUnits(Math.abs(r.gap))} over`;
  return '—';
}

/** Targets of the latest run per SKU x location, with the stock position against them; CSV of every matching row. */
export function StockTargetsTable({ org, state, canRun }: { org: string; state: ListState<StockTargetSort>; canRun: boolean }) {
  const trpc = useTRPC();
  const result = useQuery(trpc.stockTargets.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  const locations = useQuery(trpc.stock.options.queryOptions({ org, kind: 'location', limit: 100 }));

  const columns: ServerColumn<StockTargetRow, StockTargetSort>[] = [
    { key: 'sku', header: 'SKU', sortKey: 'sku', cell: (r) => <span title={r.skuName}>{r.skuCode}</span> },
    { key: 'location', header: 'Location', sortKey: 'location', cell: (r) => <span title={r.locationName}>{r.locationCode}</span> },
    { key: 'class', header: 'Class', sortKey: 'abc', cell: (r) => `${r.abcClass}${r.xyzClass}` },
    { key: 'demand', header: 'Demand /day', sortKey: 'demandPerDay', align: 'right', cell: (r) => formatNumber(r.demandPerDay, { maxDigits: 1 }) },
    { key: 'lead', header: 'Lead time', align: 'right', cell: (r) => formatDays(r.leadTimeDays) },
    { key: 'service', header: 'Service level', sortKey: 'serviceLevel', align: 'right', cell: (r) => formatPercent(r.serviceLevel) },
    { key: 'ss', header: 'Safety stock', sortKey: 'safetyStock', align: 'right', cell: (r) => formatUnits(r.safetyStock, '') },
    { key: 'rop', header: 'Reorder point', sortKey: 'reorderPoint', align: 'right', cell: (r) => formatUnits(r.reorderPoint, '') },
    { key: 'out', header: 'Order-up-to', sortKey: 'orderUpTo', align: 'right', cell: (r) => formatUnits(r.orderUpTo, '') },
    { key: 'position', header: 'Position', sortKey: 'position', align: 'right', cell: (r) => formatUnits(r.positionUnits, '') },
    {
      key: 'against',
      header: 'Against target',
      cell: (r) => (
        <span className="flex items-center gap-2">
          <TargetGauge positionUnits={r.positionUnits} safetyStock={r.safetyStock} reorderPoint={r.reorderPoint} orderUpTo={r.orderUpTo} position={r.position} />
          <Badge tone={TONE[r.position]}>{POSITION_LABEL[r.position]}</Badge>
        </span>
      ),
    },
    { key: 'gap', header: 'Gap', sortKey: 'gap', align: 'right', cell: (r) => gapText(r) },
    { key: 'dos', header: 'Days of supply', sortKey: 'daysOfSupply', align: 'right', cell: (r) => formatDays(r.daysOfSupply === null ? null : Math.round(r.daysOfSupply * 10) / 10) },
  ];
  const locationOptions = (locations.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }));

  return (
    <ServerDataTable
      caption="Stock targets per SKU and location"
      testId="stock-targets-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      searchLabel="Search SKU or location…"
      filters={[
        { key: 'position', label: 'Position', options: [{ value: '', label: 'Any position' }, ...targetPositions.map((p) => ({ value: p, label: POSITION_LABEL[p] }))] },
        { key: 'locationId', label: 'Location', options: [{ value: '', label: 'Any location' }, ...locationOptions] },
        { key: 'abcClass', label: 'ABC class', options: [{ value: '', label: 'Any ABC class' }, ...abcClasses.map((c) => ({ value: c, label: `Class ${c}` }))] },
        { key: 'xyzClass', label: 'XYZ class', options: [{ value: '', label: 'Any XYZ class' }, ...xyzClasses.map((c) => ({ value: c, label: `Class ${c}` }))] },
      ]}
      csvExport={{ org, entity: 'stock-targets' }}
      empty={
        <EmptyState title="No stock targets yet" action={<Link href={`/${org}/imports`} className={buttonClasses('secondary')}>Import order history</Link>}>
          Targets come from a planning run: safety stock for the service level each region’s SLA asks, reorder point and order-up-to per SKU and location. {canRun ? 'Use “Run planning” above.' : 'Ask a planner to run planning.'}
        </EmptyState>
      }
    />
  );
}
