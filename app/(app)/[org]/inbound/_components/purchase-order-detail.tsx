'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import type { PurchaseOrderDetail as Detail } from '@/server/services/purchase-orders/get';
import { useTRPC } from '../../../../_trpc/client';
import { formatDate, formatDateTime } from '../../../../_components/format/date';
import { formatMoney, formatUnits } from '../../../../_components/tables/cell-format';
import { DataTable } from '../../../../_components/tables/data-table';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { StatusTimeline, type TimelineStep } from '../../transfers/_components/status-timeline';
import { PurchaseOrderActions } from './purchase-order-actions';
import { PurchaseOrderDraftEditor } from './purchase-order-draft-editor';
import { PurchaseOrderStatusBadge } from './status-badge';

function timeline(po: Detail): TimelineStep[] {
  if (po.status === 'draft') {
    return [
      { label: 'Draft', at: po.createdAt, detail: po.recommendationId ? 'from an accepted recommendation' : po.createdByName, state: 'current' },
      { label: 'Ordered from the supplier', at: null, detail: 'on order once placed', state: 'upcoming' },
      { label: 'Expected arrival (ETA)', at: po.eta, state: 'upcoming' },
    ];
  }
  const steps: TimelineStep[] = [{ label: 'Ordered', at: po.orderedAt, detail: po.createdByName, state: po.orderedAt ? 'done' : 'current' }];
  if (po.status === 'cancelled') return [...steps, { label: 'Cancelled', at: po.cancelledAt, detail: po.totals.receivedUnits > 0 ? `${formatUnits(po.totals.receivedUnits)} had been received` : null, state: 'stopped' }];
  steps.push({ label: 'Shipped by the supplier', at: null, detail: po.status === 'in_transit' ? 'in transit' : null, state: po.status === 'in_transit' ? 'current' : po.status === 'received' ? 'done' : 'upcoming' });
  steps.push(
    po.status === 'received'
      ? { label: 'Received', at: po.receivedAt, state: 'done' }
      : { label: 'Expected arrival (ETA)', at: po.eta, detail: po.totals.receivedUnits > 0 ? `${formatUnits(po.totals.receivedUnits)} received so far` : null, state: 'upcoming' },
  );
  return steps;
}

/** A purchase order: supplier, arrival, ETA, lines (ordered, received, outstanding), receipts and the next actions. */
export function PurchaseOrderDetail({ org, currency, timezone, canWrite, initial }: { org: string; currency: string; timezone: string; canWrite: boolean; initial: Detail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.purchaseOrders.get.queryOptions({ org, purchaseOrderId: initial.id });
  const { data } = useQuery({ ...options, initialData: initial });
  const po = data ?? initial;
  const onChanged = (next: Detail) => {
    queryClient.setQueryData(options.queryKey, next);
    void queryClient.invalidateQueries({ queryKey: trpc.purchaseOrders.list.queryKey() });
  };
  type Line = Detail['lines'][number];
  type Receipt = Detail['receipts'][number];

  return (
    <div className="space-y-5">
      <PageHeading
        title={po.number}
        back={{ href: `/${org}/inbound`, label: 'Inbound' }}
        badge={
          <span className="flex gap-2">
            <PurchaseOrderStatusBadge status={po.status} />
            {po.crossBorder ? <Badge tone="amber">Import</Badge> : null}
            {po.recommendationId ? <Badge tone="brand">From a recommendation</Badge> : null}
          </span>
        }
        subtitle={`${po.supplier.code} · ${po.supplier.name} → ${po.arrival.code} · ${po.arrival.name}`}
        actions={canWrite ? <PurchaseOrderActions org={org} po={po} onChanged={onChanged} /> : null}
      />
      {po.status === 'draft' ? (
        <Notice tone="info" testId="purchase-order-draft-notice">
          A draft: nothing is on order yet and the supplier has not been told. Check the lines and the ETA, then place it; until then it does not count in on order.
          {po.recommendationId ? (
            <>
              {' '}
              It was created when a recommendation was accepted (<Link href={`/${org}/recommendations`} className="underline">Recommendations</Link>).
            </>
          ) : null}
        </Notice>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-[2fr_1fr]">
        <FactList
          title="Purchase order"
          testId="purchase-order-facts"
          facts={[
            { label: 'Supplier', value: `${po.supplier.code} · ${po.supplier.name} (${po.supplier.country})` },
            { label: 'Arrives at', value: `${po.arrival.code} · ${po.arrival.name} (${po.arrival.country})` },
            { label: 'ETA', value: formatDate(po.eta, timezone) },
            { label: 'Units', value: `${formatUnits(po.totals.units)} · ${formatUnits(po.totals.receivedUnits)} received` },
            { label: 'Value', value: formatMoney(po.totals.value, currency) },
            { label: 'Notes', value: po.notes ?? '—' },
          ]}
        />
        <StatusTimeline steps={timeline(po)} timezone={timezone} />
      </div>
      {po.status === 'draft' && canWrite ? <PurchaseOrderDraftEditor key={String(po.eta)} org={org} po={po} timezone={timezone} currency={currency} onChanged={onChanged} /> : null}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold text-slate-900">Lines</h2>
        <DataTable<Line>
          rows={po.lines}
          rowKey={(l) => l.id}
          caption="Purchase order lines"
          csvName={['purchase-order', po.number, 'lines']}
          testId="purchase-order-lines"
          empty={<EmptyState title="No lines" />}
          columns={[
            { key: 'sku', header: 'SKU', cell: (l) => `${l.skuCode} · ${l.skuName}`, sortValue: (l) => l.skuCode, filterText: (l) => `${l.skuCode} ${l.skuName}`, csv: (l) => l.skuCode },
            { key: 'qty', header: 'Ordered', align: 'right', cell: (l) => formatUnits(l.qty), sortValue: (l) => l.qty, csv: (l) => l.qty },
            { key: 'received', header: 'Received', align: 'right', cell: (l) => formatUnits(l.qtyReceived), sortValue: (l) => l.qtyReceived, csv: (l) => l.qtyReceived },
            { key: 'outstanding', header: 'Outstanding', align: 'right', cell: (l) => formatUnits(l.qtyOutstanding), sortValue: (l) => l.qtyOutstanding, csv: (l) => l.qtyOutstanding },
            { key: 'cost', header: 'Unit cost', align: 'right', cell: (l) => formatMoney(l.unitCost, currency, { perUnit: true }), sortValue: (l) => l.unitCost, csv: (l) => l.unitCost },
            { key: 'value', header: 'Value', align: 'right', cell: (l) => formatMoney(l.value, currency), sortValue: (l) => l.value, csv: (l) => l.value },
          ]}
        />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold text-slate-900">Receipts</h2>
        <DataTable<Receipt>
          rows={po.receipts}
          rowKey={(r) => r.id}
          caption="Receipts of this purchase order"
          csvName={['purchase-order', po.number, 'receipts']}
          testId="purchase-order-receipts"
          empty={<EmptyState title="Nothing received yet">Receive the units when they arrive at {po.arrival.code}, all at once or line by line.</EmptyState>}
          columns={[
            { key: 'at', header: 'Received', cell: (r) => formatDateTime(r.occurredAt, timezone), sortValue: (r) => r.occurredAt, csv: (r) => r.occurredAt },
            { key: 'sku', header: 'SKU', cell: (r) => r.skuCode, sortValue: (r) => r.skuCode, filterText: (r) => r.skuCode, csv: (r) => r.skuCode },
            { key: 'qty', header: 'Units', align: 'right', cell: (r) => formatUnits(r.qty), sortValue: (r) => r.qty, csv: (r) => r.qty },
            { key: 'ref', header: 'Reference', cell: (r) => r.reference ?? '—', csv: (r) => r.reference },
          ]}
        />
      </section>
    </div>
  );
}
