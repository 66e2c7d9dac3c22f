'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { LANE_MODE_LABELS, LANE_MODES, type ListLanesInput } from '@/server/services/lanes/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDays, formatMoney, formatNumber } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

export function LanesTable({ org, currency, canWrite }: { org: string; currency: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useListState<ListLanesInput['sort']>({ sort: 'locationCode' });
  const result = useQuery(trpc.lanes.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  const locations = useQuery(trpc.locations.options.queryOptions({ org }));
  const regions = useQuery(trpc.regions.options.queryOptions({ org }));
  type Row = NonNullable<typeof result.data>['rows'][number];

  const columns: ServerColumn<Row, ListLanesInput['sort']>[] = [
    { key: 'from', header: 'From location', sortKey: 'locationCode', cell: (r) => `${r.locationCode} · ${r.locationName}` },
    { key: 'to', header: 'To region', sortKey: 'regionCode', cell: (r) => <span className="inline-flex items-center gap-2">{r.regionCode} · {r.regionName}{r.archivedAt ? <Badge>Archived</Badge> : null}</span> },
    { key: 'mode', header: 'Mode', sortKey: 'mode', cell: (r) => LANE_MODE_LABELS[r.mode] },
    { key: 'days', header: 'Transit', sortKey: 'transitDays', align: 'right', cell: (r) => formatDays(r.transitDays) },
    { key: 'sd', header: 'Spread', sortKey: 'transitDaysSd', align: 'right', cell: (r) => `± ${formatNumber(r.transitDaysSd)} d` },
    { key: 'cpu', header: 'Cost / unit', sortKey: 'costPerUnit', align: 'right', cell: (r) => formatMoney(r.costPerUnit, currency, { perUnit: true }) },
    { key: 'cpk', header: 'Cost / kg', sortKey: 'costPerKg', align: 'right', cell: (r) => formatMoney(r.costPerKg, currency, { perUnit: true }) },
  ];
  const newButton = canWrite ? (
    <Link href={`/${org}/lanes/new`} className={buttonClasses('primary', 'sm')}>
      New lane
    </Link>
  ) : null;

  return (
    <ServerDataTable
      caption="Lanes"
      testId="lanes-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      rowHref={(r) => `/${org}/lanes/${r.id}`}
      searchLabel="Search location, region, mode…"
      filters={[
        { key: 'locationId', label: 'Location', options: [{ value: '', label: 'All locations' }, ...(locations.data ?? []).map((l) => ({ value: l.id, label: l.code }))] },
        { key: 'regionId', label: 'Region', options: [{ value: '', label: 'All regions' }, ...(regions.data ?? []).map((r) => ({ value: r.id, label: r.code }))] },
        { key: 'mode', label: 'Mode', options: [{ value: '', label: 'All modes' }, ...LANE_MODES.map((m) => ({ value: m, label: LANE_MODE_LABELS[m] }))] },
      ]}
      csvExport={{ org, entity: 'lanes' }}
      archivable
      actions={newButton}
      empty={
        <EmptyState title="No lanes yet" action={newButton}>
          A lane says how a location ships to a region: mode, transit days (and their spread) and cost. Planning assigns each region the cheapest lane that meets its SLA.
        </EmptyState>
      }
    />
  );
}
