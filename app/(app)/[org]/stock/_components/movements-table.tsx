'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useId } from 'react';
import { movementKinds, type StockMovementsInput } from '@/server/services/stock/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDateTime } from '../../../../_components/format/date';
import { formatUnits } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge, type BadgeTone } from '../../../../_components/ui/badge';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { inputClasses } from '../../../../_components/ui/field';

type Sort = StockMovementsInput['sort'];
type Kind = (typeof movementKinds)[number];

export const MOVEMENT_LABEL: Record<Kind, string> = {
  receipt: 'Receipt',
  shipment: 'Shipment',
  adjustment: 'Adjustment',
  transfer_out: 'Transfer out',
  transfer_in: 'Transfer in',
  count: 'Cycle count',
};
const TONE: Record<Kind, BadgeTone> = { receipt: 'green', shipment: 'neutral', adjustment: 'amber', transfer_out: 'brand', transfer_in: 'brand', count: 'amber' };

/** The append-only ledger: every change of on hand, newest first, with who, why and what document. */
export function MovementsTable({ org, timezone }: { org: string; timezone: string }) {
  const trpc = useTRPC();
  const fromId = useId();
  const toId = useId();
  const state = useListState<Sort>({ sort: 'occurredAt', direction: 'desc', urlKey: 'ledger' });
  const result = useQuery(trpc.stock.movements.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  const locations = useQuery(trpc.stock.options.queryOptions({ org, kind: 'location', limit: 100 }));
  type Row = NonNullable<typeof result.data>['rows'][number];

  const columns: ServerColumn<Row, Sort>[] = [
    { key: 'when', header: 'When', sortKey: 'occurredAt', cell: (r) => <span className="whitespace-nowrap">{formatDateTime(r.occurredAt, timezone)}</span> },
    { key: 'kind', header: 'Kind', sortKey: 'kind', cell: (r) => <Badge tone={TONE[r.kind]} className="whitespace-nowrap">{MOVEMENT_LABEL[r.kind]}</Badge> },
    { key: 'sku', header: 'SKU', sortKey: 'sku', cell: (r) => <span><span className="whitespace-nowrap">{r.skuCode}</span> <span className="text-slate-500">· {r.skuName}</span></span> },
    { key: 'location', header: 'Location', sortKey: 'location', cell: (r) => r.locationCode },
    { key: 'qty', header: 'Units', sortKey: 'qty', align: 'right', cell: (r) => <span className={r.qty < 0 ? 'text-red-700' : 'text-emerald-700'}>{r.qty > 0 ? '+' : ''}{formatUnits(r.qty)}</span> },
    {
      key: 'document',
      header: 'Document',
      cell: (r) =>
        r.transferId ? (
          <Link href={`/${org}/transfers/${r.transferId}`} className="text-brand-700 hover:underline">{r.transferNumber}</Link>
        ) : r.purchaseOrderId ? (
          <Link href={`/${org}/inbound/${r.purchaseOrderId}`} className="text-brand-700 hover:underline">{r.purchaseOrderNumber}</Link>
        ) : (
          (r.reference ?? '—')
        ),
    },
    { key: 'reason', header: 'Reason', cell: (r) => r.reason ?? '—' },
    { key: 'actor', header: 'By', cell: (r) => r.actorName ?? '—' },
  ];

  const dateFilter = (id: string, label: string, key: 'from' | 'to') => (
    <label htmlFor={id} className="flex items-center gap-2 text-sm text-slate-700">
      {label}
      <input id={id} type="date" className={`${inputClasses} !w-40`} value={state.input.filters[key] ?? ''} onChange={(e) => state.setFilter(key, e.target.value)} />
    </label>
  );

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-4">
        {dateFilter(fromId, 'From', 'from')}
        {dateFilter(toId, 'Before', 'to')}
      </div>
      <ServerDataTable
        caption="Stock movements"
        testId="stock-movements-table"
        state={state}
        result={result}
        columns={columns}
        rowKey={(r) => r.id}
        searchLabel="Search SKU, location, reference, reason, TR/PO number…"
        filters={[
          { key: 'kind', label: 'Kind', options: [{ value: '', label: 'All kinds' }, ...movementKinds.map((k) => ({ value: k, label: MOVEMENT_LABEL[k] }))] },
          { key: 'locationId', label: 'Location', options: [{ value: '', label: 'All locations' }, ...(locations.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))] },
        ]}
        csvExport={{ org, entity: 'stock-movements' }}
        empty={<EmptyState title="The ledger is empty">Receipts, adjustments, counts and transfers appear here as they happen; nothing is ever edited or deleted.</EmptyState>}
      />
    </div>
  );
}
