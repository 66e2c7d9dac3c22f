'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ListTransferLanesInput } from '@/server/services/transfer-lanes/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDays, formatMoney } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

export function TransferLanesTable({ org, currency, canWrite }: { org: string; currency: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useListState<ListTransferLanesInput['sort']>({ sort: 'fromLocationCode' });
  const result = useQuery(trpc.transferLanes.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  const locations = useQuery(trpc.locations.options.queryOptions({ org }));
  type Row = NonNullable<typeof result.data>['rows'][number];
  const locationOptions = (locations.data ?? []).map((l) => ({ value: l.id, label: l.code }));

  const columns: ServerColumn<Row, ListTransferLanesInput['sort']>[] = [
    { key: 'from', header: 'From', sortKey: 'fromLocationCode', cell: (r) => `${r.fromLocationCode} · ${r.fromLocationName}` },
    { key: 'to', header: 'To', sortKey: 'toLocationCode', cell: (r) => <span className="inline-flex items-center gap-2">{r.toLocationCode} · {r.toLocationName}{r.archivedAt ? <Badge>Archived</Badge> : null}</span> },
    { key: 'border', header: 'Border', cell: (r) => (r.crossBorder ? <Badge tone="amber">{r.fromCountry} → {r.toCountry}</Badge> : 'Domestic') },
    { key: 'days', header: 'Transit', sortKey: 'transitDays', align: 'right', cell: (r) => formatDays(r.transitDays) },
    { key: 'customs', header: 'Customs', sortKey: 'customsDays', align: 'right', cell: (r) => (r.crossBorder ? formatDays(r.customsDays) : '—') },
    { key: 'cpu', header: 'Cost / unit', sortKey: 'costPerUnit', align: 'right', cell: (r) => formatMoney(r.costPerUnit, currency, { perUnit: true }) },
  ];
  const newButton = canWrite ? (
    <Link href={`/${org}/transfer-lanes/new`} className={buttonClasses('primary', 'sm')}>
      New transfer lane
    </Link>
  ) : null;

  return (
    <ServerDataTable
      caption="Transfer lanes"
      testId="transfer-lanes-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      rowHref={(r) => `/${org}/transfer-lanes/${r.id}`}
      searchLabel="Search locations…"
      filters={[
        { key: 'fromLocationId', label: 'From', options: [{ value: '', label: 'From anywhere' }, ...locationOptions] },
        { key: 'toLocationId', label: 'To', options: [{ value: '', label: 'To anywhere' }, ...locationOptions] },
      ]}
      csvExport={{ org, entity: 'transfer-lanes' }}
      archivable
      actions={newButton}
      empty={
        <EmptyState title="No transfer lanes yet" action={newButton}>
          Transfer lanes say how stock moves between two of your locations (one direction each): transit days, cost per unit and, across a border, customs days. Rebalancing only uses these.
        </EmptyState>
      }
    />
  );
}
