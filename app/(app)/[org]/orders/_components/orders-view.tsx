'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useId } from 'react';
import { ORDER_STATUS_LABELS, ORDER_STATUSES, type OrderSortKey } from '@/server/services/orders/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatMoney, formatUnits } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { inputClasses } from '../../../../_components/ui/field';
import { DateTimeCell } from './date-time-cell';
import { OrderKpiCards } from './order-kpi-cards';
import { OrderStatusBadge } from './status-badge';

/** Filters, KPI cards of the filtered period, and the server-side orders table. */
export function OrdersView({ org, currency, timezone, canWrite }: { org: string; currency: string; timezone: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const fromId = useId();
  const toId = useId();
  const state = useListState<OrderSortKey>({ sort: 'orderedAt', direction: 'desc' });
  const options = useQuery(trpc.orders.options.queryOptions({ org }));
  const result = useQuery(trpc.orders.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  type Row = NonNullable<typeof result.data>['rows'][number];
  const filters = state.input.filters;
  const rangeError = filters.from && filters.to && filters.from > filters.to ? 'The end of the period must be on or after its start.' : null;

  const columns: ServerColumn<Row, OrderSortKey>[] = [
    { key: 'ref', header: 'Order', sortKey: 'externalRef', cell: (r) => r.externalRef },
    { key: 'orderedAt', header: 'Ordered', sortKey: 'orderedAt', cell: (r) => <DateTimeCell value={r.orderedAt} timeZone={timezone} /> },
    { key: 'region', header: 'Region', sortKey: 'region', cell: (r) => <span title={r.regionName}>{r.regionCode}</span> },
    { key: 'shipFrom', header: 'Ship-from', sortKey: 'shipFrom', cell: (r) => (r.shipFromCode ? <span title={r.shipFromName ?? undefined}>{r.shipFromCode}</span> : '—') },
    { key: 'status', header: 'Status', sortKey: 'status', cell: (r) => <OrderStatusBadge status={r.status} /> },
    { key: 'units', header: 'Units shipped / ordered', sortKey: 'units', align: 'right', cell: (r) => `${formatUnits(r.unitsShipped, '')} / ${formatUnits(r.unitsOrdered, '')}` },
    { key: 'promisedAt', header: 'Promised by', sortKey: 'promisedAt', cell: (r) => <DateTimeCell value={r.promisedAt} timeZone={timezone} /> },
    { key: 'deliveredAt', header: 'Delivered', sortKey: 'deliveredAt', cell: (r) => <DateTimeCell value={r.deliveredAt} timeZone={timezone} /> },
    { key: 'shippingCost', header: 'Shipping cost', sortKey: 'shippingCost', align: 'right', cell: (r) => formatMoney(r.shippingCost, currency) },
  ];

  const active = (list: { id: string; code: string; name: string; active: boolean }[] | undefined, all: string) => [
    { value: '', label: all },
    ...(list ?? []).map((x) => ({ value: x.id, label: `${x.code} · ${x.name}${x.active ? '' : ' (archived)'}` })),
  ];
  const newButton = canWrite ? (
    <Link href={`/${org}/orders/new`} className={buttonClasses('primary', 'sm')}>
      New order
    </Link>
  ) : null;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Order period">
        <div className="space-y-1">
          <label htmlFor={fromId} className="block text-sm font-medium text-slate-800">
            Ordered from
          </label>
          <input id={fromId} type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => state.setFilter('from', e.target.value)} className={inputClasses} data-testid="filter-from" />
        </div>
        <div className="space-y-1">
          <label htmlFor={toId} className="block text-sm font-medium text-slate-800">
            to
          </label>
          <input
            id={toId}
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(e) => state.setFilter('to', e.target.value)}
            className={inputClasses}
            aria-invalid={rangeError ? true : undefined}
            aria-describedby={rangeError ? `${toId}-error` : undefined}
            data-testid="filter-to"
          />
        </div>
        {rangeError ? (
          <p id={`${toId}-error`} role="alert" className="pb-2 text-sm text-red-700">
            {rangeError}
          </p>
        ) : null}
        <p className="pb-2 text-xs text-slate-500">Days in {timezone}.</p>
      </div>
      {rangeError ? null : <OrderKpiCards org={org} currency={currency} filter={{ regionId: filters.regionId, shipFromLocationId: filters.shipFromLocationId, from: filters.from, to: filters.to }} />}
      <ServerDataTable
        caption="Orders"
        testId="orders-table"
        state={state}
        result={result}
        columns={columns}
        rowKey={(r) => r.id}
        rowHref={(r) => `/${org}/orders/${r.id}`}
        searchLabel="Search order, channel, postal code…"
        filters={[
          { key: 'regionId', label: 'Region', options: active(options.data?.regions, 'All regions') },
          { key: 'shipFromLocationId', label: 'Ship-from', options: active(options.data?.locations, 'All locations') },
          { key: 'status', label: 'Status', options: [{ value: '', label: 'Any status' }, ...ORDER_STATUSES.map((s) => ({ value: s, label: ORDER_STATUS_LABELS[s] }))] },
        ]}
        csvExport={{ org, entity: 'orders' }}
        actions={newButton}
        empty={
          <EmptyState
            title="No orders yet"
            action={
              canWrite ? (
                <>
                  <Link href={`/${org}/imports`} className={buttonClasses('primary', 'sm')}>
                    Import order history
                  </Link>
                  {newButton}
                </>
              ) : null
            }
          >
            Import your order history (one row per order line) to see delivery times, on-time rates and fill rates per region and location.
          </EmptyState>
        }
      />
    </div>
  );
}
