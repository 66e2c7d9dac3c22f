'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { transferStatuses, type ListTransfersInput } from '@/server/services/transfers/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDate } from '../../../../_components/format/date';
import { formatDays, formatUnits } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { TRANSFER_STATUS_LABEL, TransferStatusBadge } from './status-badge';

type Sort = ListTransfersInput['sort'];

export function TransfersTable({ org, timezone, canWrite }: { org: string; timezone: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useListState<Sort>({ sort: 'requestedAt', direction: 'desc' });
  const result = useQuery(trpc.transfers.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  const locations = useQuery(trpc.stock.options.queryOptions({ org, kind: 'location', limit: 100 }));
  type Row = NonNullable<typeof result.data>['rows'][number];

  const columns: ServerColumn<Row, Sort>[] = [
    { key: 'number', header: 'Transfer', sortKey: 'number', cell: (r) => r.number },
    { key: 'status', header: 'Status', sortKey: 'status', cell: (r) => <TransferStatusBadge status={r.status} /> },
    { key: 'from', header: 'From', sortKey: 'from', cell: (r) => <span title={r.fromName}>{r.fromCode} <span className="text-slate-500">({r.fromCountry})</span></span> },
    { key: 'to', header: 'To', sortKey: 'to', cell: (r) => <span title={r.toName}>{r.toCode} <span className="text-slate-500">({r.toCountry})</span></span> },
    { key: 'border', header: 'Customs', cell: (r) => (r.crossBorder ? <Badge tone="amber">Cross-border · {formatDays(r.customsDays)}</Badge> : '—') },
    { key: 'units', header: 'Units', sortKey: 'units', align: 'right', cell: (r) => `${formatUnits(r.units)} in ${r.lineCount} line${r.lineCount === 1 ? '' : 's'}` },
    { key: 'received', header: 'Received', align: 'right', cell: (r) => (r.receivedUnits > 0 ? formatUnits(r.receivedUnits) : '—') },
    { key: 'requested', header: 'Requested', sortKey: 'requestedAt', cell: (r) => formatDate(r.requestedAt, timezone) },
    { key: 'expected', header: 'Expected', sortKey: 'expectedAt', cell: (r) => formatDate(r.expectedAt, timezone) },
  ];
  const newButton = canWrite ? (
    <Link href={`/${org}/transfers/new`} className={buttonClasses('primary', 'sm')}>
      New transfer
    </Link>
  ) : null;
  const locationOptions = (locations.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }));

  return (
    <ServerDataTable
      caption="Transfers"
      testId="transfers-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      rowHref={(r) => `/${org}/transfers/${r.id}`}
      searchLabel="Search number, location, notes…"
      filters={[
        { key: 'status', label: 'Status', options: [{ value: '', label: 'Any status' }, ...transferStatuses.map((s) => ({ value: s, label: TRANSFER_STATUS_LABEL[s] }))] },
        { key: 'locationId', label: 'Location', options: [{ value: '', label: 'Any location' }, ...locationOptions] },
        { key: 'crossBorder', label: 'Border', options: [{ value: '', label: 'Any border' }, { value: 'true', label: 'Cross-border' }, { value: 'false', label: 'Domestic' }] },
      ]}
      csvExport={{ org, entity: 'transfers' }}
      actions={newButton}
      empty={
        <EmptyState title="No transfers yet" action={newButton}>
          Move stock between your locations: create a transfer, approve it, ship it (on hand leaves the origin) and receive it at the destination, in one go or in parts.
        </EmptyState>
      }
    />
  );
}
