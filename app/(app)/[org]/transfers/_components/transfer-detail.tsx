'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TransferDetail as Detail } from '@/server/services/transfers/get';
import { useTRPC } from '../../../../_trpc/client';
import { formatDate, formatDateTime } from '../../../../_components/format/date';
import { formatDays, formatUnits } from '../../../../_components/tables/cell-format';
import { DataTable } from '../../../../_components/tables/data-table';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { StatusTimeline, type TimelineStep } from './status-timeline';
import { TransferActions } from './transfer-actions';
import { TransferStatusBadge } from './status-badge';

function timeline(t: Detail): TimelineStep[] {
  const steps: TimelineStep[] = [{ label: 'Requested', at: t.requestedAt, detail: t.createdByName, state: 'done' }];
  if (t.status === 'cancelled') {
    if (t.approvedAt) steps.push({ label: 'Approved', at: t.approvedAt, detail: t.approvedByName, state: 'done' });
    steps.push({ label: 'Cancelled', at: t.cancelledAt, state: 'stopped' });
    return steps;
  }
  const reached = ['draft', 'approved', 'in_transit', 'received'].indexOf(t.status);
  const state = (step: number): TimelineStep['state'] => (reached > step ? 'done' : reached === step ? 'current' : 'upcoming');
  steps.push({ label: 'Approved', at: t.approvedAt, detail: t.approvedByName, state: t.approvedAt ? 'done' : 'upcoming' });
  steps.push({ label: 'Shipped', at: t.shippedAt, state: t.shippedAt ? 'done' : 'upcoming' });
  steps.push({
    label: t.status === 'received' ? 'Received' : 'Expected arrival',
    at: t.status === 'received' ? t.receivedAt : t.expectedAt,
    detail: t.status === 'received' ? null : t.totals.receivedUnits > 0 ? `${formatUnits(t.totals.receivedUnits)} received so far` : 'expected',
    state: t.status === 'received' ? 'done' : state(2) === 'current' ? 'current' : 'upcoming',
  });
  return steps;
}

/** A transfer: status and timeline, the lane facts, lines with shipped and received units, receipts, and the next actions. */
export function TransferDetail({ org, timezone, canWrite, initial }: { org: string; timezone: string; canWrite: boolean; initial: Detail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.transfers.get.queryOptions({ org, transferId: initial.id });
  const { data } = useQuery({ ...options, initialData: initial });
  const t = data ?? initial;
  type Line = Detail['lines'][number];
  type Receipt = Detail['receipts'][number];

  return (
    <div className="space-y-5">
      <PageHeading
        title={t.number}
        back={{ href: `/${org}/transfers`, label: 'Transfers' }}
        badge={
          <span className="flex gap-2">
            <TransferStatusBadge status={t.status} />
            {t.crossBorder ? <Badge tone="amber">Cross-border</Badge> : null}
          </span>
        }
        subtitle={`${t.from.code} · ${t.from.name} → ${t.to.code} · ${t.to.name}`}
        actions={canWrite ? <TransferActions org={org} transfer={t} onChanged={(next) => queryClient.setQueryData(options.queryKey, next)} /> : null}
      />
      <div className="grid gap-5 lg:grid-cols-[2fr_1fr]">
        <FactList
          title="Transfer"
          testId="transfer-facts"
          facts={[
            { label: 'From', value: `${t.from.code} · ${t.from.name} (${t.from.country})` },
            { label: 'To', value: `${t.to.code} · ${t.to.name} (${t.to.country})` },
            { label: 'Border', value: t.crossBorder ? `Cross-border, ${formatDays(t.customsDays)} of customs` : 'Domestic' },
            { label: 'Customs reference', value: t.customsRef ?? '—' },
            { label: 'Expected arrival', value: formatDate(t.expectedAt, timezone) },
            { label: 'Units', value: `${formatUnits(t.totals.units)} · ${formatUnits(t.totals.receivedUnits)} received` },
            { label: 'Notes', value: t.notes ?? '—' },
          ]}
        />
        <StatusTimeline steps={timeline(t)} timezone={timezone} />
      </div>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold text-slate-900">Lines</h2>
        <DataTable<Line>
          rows={t.lines}
          rowKey={(l) => l.id}
          caption="Transfer lines"
          csvName={['transfer', t.number, 'lines']}
          testId="transfer-lines"
          empty={<EmptyState title="No lines" />}
          columns={[
            { key: 'sku', header: 'SKU', cell: (l) => `${l.skuCode} · ${l.skuName}`, sortValue: (l) => l.skuCode, filterText: (l) => `${l.skuCode} ${l.skuName}`, csv: (l) => l.skuCode },
            { key: 'qty', header: 'Units', align: 'right', cell: (l) => formatUnits(l.qty), sortValue: (l) => l.qty, csv: (l) => l.qty },
            { key: 'shipped', header: 'Shipped', align: 'right', cell: (l) => formatUnits(l.qtyShipped), sortValue: (l) => l.qtyShipped, csv: (l) => l.qtyShipped },
            { key: 'received', header: 'Received', align: 'right', cell: (l) => formatUnits(l.qtyReceived), sortValue: (l) => l.qtyReceived, csv: (l) => l.qtyReceived },
            { key: 'transit', header: 'In transit', align: 'right', cell: (l) => formatUnits(l.qtyInTransit), sortValue: (l) => l.qtyInTransit, csv: (l) => l.qtyInTransit },
          ]}
        />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold text-slate-900">Receipts</h2>
        <DataTable<Receipt>
          rows={t.receipts}
          rowKey={(r) => r.id}
          caption="Receipts of this transfer"
          csvName={['transfer', t.number, 'receipts']}
          testId="transfer-receipts"
          empty={<EmptyState title="Nothing received yet">{t.status === 'in_transit' ? 'Receive the units as they arrive, all at once or line by line.' : 'Units are received after the transfer ships.'}</EmptyState>}
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
