'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ListRegionsInput } from '@/server/services/regions/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDays, formatPercent } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

function prefixes(list: string[]): string {
  if (list.length === 0) return '—';
  return list.length > 6 ? `${list.slice(0, 6).join(' ')} … (${list.length})` : list.join(' ');
}

export function RegionsTable({ org, canWrite }: { org: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useListState<ListRegionsInput['sort']>({ sort: 'code' });
  const result = useQuery(trpc.regions.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  type Row = NonNullable<typeof result.data>['rows'][number];

  const columns: ServerColumn<Row, ListRegionsInput['sort']>[] = [
    { key: 'code', header: 'Code', sortKey: 'code', cell: (r) => r.code },
    { key: 'name', header: 'Name', sortKey: 'name', cell: (r) => <span className="inline-flex items-center gap-2">{r.name}{r.archivedAt ? <Badge>Archived</Badge> : null}</span> },
    { key: 'country', header: 'Country', sortKey: 'country', cell: (r) => r.country },
    { key: 'prefixes', header: 'Postal prefixes', cell: (r) => <span className="font-mono text-xs">{prefixes(r.postalPrefixes)}</span> },
    { key: 'days', header: 'SLA delivery', sortKey: 'targetDeliveryDays', align: 'right', cell: (r) => (r.targetDeliveryDays === null ? <Badge tone="amber">No SLA</Badge> : formatDays(r.targetDeliveryDays)) },
    { key: 'fill', header: 'Fill rate target', align: 'right', cell: (r) => formatPercent(r.targetFillRate) },
    { key: 'csl', header: 'Cycle service level', align: 'right', cell: (r) => formatPercent(r.targetCycleServiceLevel) },
  ];
  const newButton = canWrite ? (
    <Link href={`/${org}/regions/new`} className={buttonClasses('primary', 'sm')}>
      New region
    </Link>
  ) : null;

  return (
    <ServerDataTable
      caption="Regions"
      testId="regions-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      rowHref={(r) => `/${org}/regions/${r.id}`}
      searchLabel="Search code, name, postal prefix…"
      csvExport={{ org, entity: 'regions' }}
      archivable
      actions={
        <>
          <a href={`/api/orgs/${encodeURIComponent(org)}/export/slas`} className={buttonClasses('secondary', 'sm')} download data-testid="download-slas">
            Download SLAs
          </a>
          {newButton}
        </>
      }
      empty={
        <EmptyState title="No regions yet" action={newButton}>
          Regions are where your customers are: each has postal prefixes (to place orders) and an SLA (delivery days, fill rate, cycle service level).
        </EmptyState>
      }
    />
  );
}
