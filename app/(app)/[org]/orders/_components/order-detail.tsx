'use client';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';
import { formatDate, formatDateTime } from '../../../../_components/format/date';
import { formatDays, formatMoney, formatUnits } from '../../../../_components/tables/cell-format';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { OrderActions } from './order-actions';
import { OrderStatusBadge } from './status-badge';

type Order = inferRouterOutputs<AppRouter>['orders']['get'];
type Line = Order['lines'][number];

/** One order: its dates as a timeline, where it went and came from, its delivery figures and its lines. */
export function OrderDetail({ org, currency, timezone, order, canWrite = false }: { org: string; currency: string; timezone: string; order: Order; canWrite?: boolean }) {
  const f = order.figures;
  const onTime =
    f.onTime === null ? (
      <span className="text-slate-500">Not delivered</span>
    ) : f.onTime ? (
      <Badge tone="green">On time</Badge>
    ) : (
      <Badge tone="red">Late</Badge>
    );
  const basis = order.promisedAt ? 'against the promised date' : order.sla ? `against the ${order.sla.targetDeliveryDays}-day SLA in force on ${formatDate(`${order.orderDay}T12:00:00Z`, 'UTC')}` : 'no promise and no SLA';

  const columns: Column<Line>[] = [
    { key: 'sku', header: 'SKU', cell: (l) => <span className="font-medium whitespace-nowrap text-slate-900">{l.skuCode}</span>, sortValue: (l) => l.skuCode, filterText: (l) => `${l.skuCode} ${l.skuName}`, csv: (l) => l.skuCode },
    { key: 'name', header: 'Name', cell: (l) => l.skuName, sortValue: (l) => l.skuName, csv: (l) => l.skuName },
    { key: 'ordered', header: 'Ordered', align: 'right', cell: (l) => formatUnits(l.qtyOrdered), sortValue: (l) => l.qtyOrdered, csv: (l) => l.qtyOrdered },
    { key: 'first', header: 'Shipped on first shipment', align: 'right', cell: (l) => formatUnits(l.qtyShippedFirst), sortValue: (l) => l.qtyShippedFirst, csv: (l) => l.qtyShippedFirst },
    { key: 'shipped', header: 'Shipped in total', align: 'right', cell: (l) => formatUnits(l.qtyShipped), sortValue: (l) => l.qtyShipped, csv: (l) => l.qtyShipped },
    { key: 'back', header: 'Backordered', align: 'right', cell: (l) => formatUnits(l.qtyBackordered), sortValue: (l) => l.qtyBackordered, csv: (l) => l.qtyBackordered },
    { key: 'price', header: 'Unit price', align: 'right', cell: (l) => formatMoney(l.unitPrice, currency, { perUnit: true }), sortValue: (l) => l.unitPrice, csv: (l) => l.unitPrice },
    { key: 'value', header: 'Line value', align: 'right', cell: (l) => formatMoney(l.lineValue, currency), sortValue: (l) => l.lineValue, csv: (l) => l.lineValue },
  ];

  const timeline = [
    { label: 'Ordered', at: order.orderedAt },
    { label: 'Promised by', at: order.promisedAt },
    { label: 'Shipped', at: order.shippedAt },
    { label: 'Delivered', at: order.deliveredAt },
  ];

  return (
    <div className="space-y-6" data-testid="order-detail">
      <PageHeading
        title={`Order ${order.externalRef}`}
        back={{ href: `/${org}/orders`, label: 'Orders' }}
        badge={<OrderStatusBadge status={order.status} />}
        actions={canWrite ? <OrderActions org={org} order={order} /> : undefined}
      />
      <ol className="grid gap-3 sm:grid-cols-4" aria-label="Order dates">
        {timeline.map((t) => (
          <li key={t.label} className={`rounded-lg border p-3 ${t.at ? 'border-slate-200 bg-white' : 'border-dashed border-slate-300 bg-slate-50'}`}>
            <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t.label}</p>
            <p className="mt-0.5 text-sm text-slate-900">{formatDateTime(t.at, timezone)}</p>
          </li>
        ))}
      </ol>
      <FactList
        title="Delivery"
        facts={[
          { label: 'Delivery time', value: formatDays(f.deliveryDays === null ? null : Math.round(f.deliveryDays * 100) / 100) },
          { label: 'On time', value: <span className="inline-flex flex-wrap items-center gap-2">{onTime}<span className="text-xs text-slate-500">{basis}</span></span> },
          { label: 'Shipped complete on first shipment', value: f.completeOnFirstShipment ? 'Yes' : 'No' },
          { label: 'Units shipped / ordered', value: `${formatUnits(f.unitsShipped, '')} / ${formatUnits(f.unitsOrdered)}` },
          { label: 'Shipping cost', value: formatMoney(order.shippingCost, currency) },
          { label: 'Order day', value: `${formatDate(`${order.orderDay}T12:00:00Z`, 'UTC')} (${timezone})` },
        ]}
      />
      <FactList
        title="Where"
        facts={[
          { label: 'Region', value: `${order.region.code} · ${order.region.name}` },
          { label: 'Ships from', value: order.shipFrom ? `${order.shipFrom.code} · ${order.shipFrom.name}` : '—' },
          { label: 'Ship-to postal code', value: order.shipToPostalCode ?? '—' },
          { label: 'Ship-to country', value: order.shipToCountry ?? '—' },
          { label: 'Channel', value: order.channel ?? '—' },
          { label: 'Source', value: order.importId ? 'CSV import' : 'Entered by hand' },
        ]}
      />
      <section aria-labelledby="order-lines" className="space-y-3">
        <h2 id="order-lines" className="text-lg font-semibold text-slate-900">
          Lines
        </h2>
        <DataTable rows={order.lines} rowKey={(l) => l.id} columns={columns} caption={`Lines of order ${order.externalRef}`} csvName={['order', order.externalRef, 'lines']} empty={<EmptyState title="No lines">This order has no lines.</EmptyState>} />
      </section>
    </div>
  );
}
