'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { LOCATION_KIND_LABELS, LOCATION_KINDS, type ListLocationsInput } from '@/server/services/locations/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatMoney, formatPercent, formatUnits } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

export function LocationsTable({ org, currency, canWrite }: { org: string; currency: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useListState<ListLocationsInput['sort']>({ sort: 'code' });
  const result = useQuery(trpc.locations.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  type Row = NonNullable<typeof result.data>['rows'][number];

  const columns: ServerColumn<Row, ListLocationsInput['sort']>[] = [
    { key: 'code', header: 'Code', sortKey: 'code', cell: (r) => r.code },
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      cell: (r) => (
        <span className="inline-flex flex-wrap items-center gap-2">
          {r.name}
          {r.isCentral ? <Badge tone="brand">Central</Badge> : null}
          {r.archivedAt ? <Badge>Archived</Badge> : null}
        </span>
      ),
    },
    { key: 'kind', header: 'Kind', sortKey: 'kind', cell: (r) => LOCATION_KIND_LABELS[r.kind] },
    { key: 'city', header: 'City', sortKey: 'city', cell: (r) => r.city ?? '—' },
    { key: 'country', header: 'Country', sortKey: 'country', cell: (r) => r.country },
    { key: 'capacity', header: 'Capacity', sortKey: 'capacityUnits', align: 'right', cell: (r) => formatUnits(r.capacityUnits) },
    { key: 'holding', header: 'Holding rate / yr', sortKey: 'holdingRate', align: 'right', cell: (r) => formatPercent(r.holdingRate) },
    { key: 'fixed', header: 'Fixed cost / month', sortKey: 'fixedCostMonth', align: 'right', cell: (r) => formatMoney(r.fixedCostMonth, currency) },
    { key: 'handling', header: 'Handling / unit', sortKey: 'handlingCostUnit', align: 'right', cell: (r) => formatMoney(r.handlingCostUnit, currency, { perUnit: true }) },
  ];

  const newButton = canWrite ? (
    <Link href={`/${org}/locations/new`} className={buttonClasses('primary', 'sm')}>
      New location
    </Link>
  ) : null;

  return (
    <ServerDataTable
      caption="Locations"
      testId="locations-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      rowHref={(r) => `/${org}/locations/${r.id}`}
      searchLabel="Search code, name, city…"
      filters={[
        { key: 'kind', label: 'Kind', options: [{ value: '', label: 'All kinds' }, ...LOCATION_KINDS.map((k) => ({ value: k, label: LOCATION_KIND_LABELS[k] }))] },
        { key: 'isCentral', label: 'Central', options: [{ value: '', label: 'Central or not' }, { value: 'true', label: 'Central only' }, { value: 'false', label: 'Not central' }] },
      ]}
      csvExport={{ org, entity: 'locations' }}
      archivable
      actions={newButton}
      empty={
        <EmptyState
          title="No locations yet"
          action={
            <>
              {newButton}
              <Link href={`/${org}/imports`} className={buttonClasses('secondary', 'sm')}>
                Import a CSV file
              </Link>
            </>
          }
        >
          Add the warehouses, DCs and 3PL sites that hold your stock, one by one or from a CSV file.
        </EmptyState>
      }
    />
  );
}
