'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { purchaseOrderStatuses, type ListPurchaseOrdersInput } from '@/server/services/purchase-orders/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDate } from '../../../../_components/format/date';
import { formatMoney, formatUnits } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { PO_STATUS_LABEL, PurchaseOrderStatusBadge } from './status-badge';

type Sort = ListPurchaseOrdersInput['sort'];

export function PurchaseOrdersTable({ org, currency, timezone, canWrite }: { org: string; currency: string; timezone: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useListState<Sort>({ sort: 'orderedAt', direction: 'desc' });
  const result = useQuery(trpc.purchaseOrders.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  const suppliers = useQuery(trpc.stock.options.queryOptions({ org, kind: 'supplier', limit: 100 }));
  const locations = useQuery(trpc.stock.options.queryOptions({ org, kind: 'location', limit: 100 }));
  type Row = NonNullable<typeof result.data>['rows'][number];

  const columns: ServerColumn<Row, Sort>[] = [
    { key: 'number', header: 'Purchase order', sortKey: 'number', cell: (r) => r.number },
    { key: 'status', header: 'Status', sortKey: 'status', cell: (r) => <PurchaseOrderStatusBadge status={r.status} /> },
    { key: 'supplier', header: 'Supplier', sortKey: 'supplier', cell: (r) => <span title={r.supplierName}>{r.supplierCode}</span> },
    { key: 'arrival', header: 'Arrives at', sortKey: 'arrival', cell: (r) => <span title={r.arrivalName}>{r.arrivalCode}</span> },
    { key: 'eta', header: 'ETA', sortKey: 'eta', cell: (r) => formatDate(r.eta, timezone) },
    { key: 'units', header: 'Units', sortKey: 'units', align: 'right', cell: (r) => `${formatUnits(r.units)} in ${r.lineCount} line${r.lineCount === 1 ? '' : 's'}` },
    { key: 'received', header: 'Received', align: 'right', cell: (r) => (r.receivedUnits > 0 ? formatUnits(r.receivedUnits) : '—') },
    { key: 'value', header: 'Value', sortKey: 'value', align: 'right', cell: (r) => formatMoney(r.value, currency) },
    { key: 'ordered', header: 'Ordered', sortKey: 'orderedAt', cell: (r) => formatDate(r.orderedAt, timezone) },
  ];
  const newButton = canWrite ? (
    <Link href={`/${org}/inbound/new`} className={buttonClasses('primary', 'sm')}>
      New purchase order
    </Link>
  ) : null;

  return (
    <ServerDataTable
      caption="Purchase orders"
      testId="purchase-orders-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      rowHref={(r) => `/${org}/inbound/${r.id}`}
      searchLabel="Search PO number, supplier, location, notes…"
      filters={[
        { key: 'open', label: 'Open or all', options: [{ value: '', label: 'All purchase orders' }, { value: 'true', label: 'Open only' }] },
        { key: 'status', label: 'Status', options: [{ value: '', label: 'Any status' }, ...purchaseOrderStatuses.map((s) => ({ value: s, label: PO_STATUS_LABEL[s] }))] },
        { key: 'supplierId', label: 'Supplier', options: [{ value: '', label: 'Any supplier' }, ...(suppliers.data ?? []).map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))] },
        { key: 'arrivalLocationId', label: 'Arrival location', options: [{ value: '', label: 'Any location' }, ...(locations.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))] },
      ]}
      csvExport={{ org, entity: 'purchase-orders' }}
      actions={newButton}
      empty={
        <EmptyState
          title="No purchase orders yet"
          action={
            <>
              {newButton}
              <Link href={`/${org}/imports`} className={buttonClasses('secondary', 'sm')}>
                Import purchase orders
              </Link>
            </>
          }
        >
          Place an order with a supplier: its units show as on order at the arrival location until they are received into stock.
        </EmptyState>
      }
    />
  );
}
