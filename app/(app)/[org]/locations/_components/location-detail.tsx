'use client';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';
import { countryName } from '@/server/services/master-data/countries';
import { LANE_MODE_LABELS } from '@/server/services/lanes/schemas';
import { LOCATION_KIND_LABELS } from '@/server/services/locations/schemas';
import { useTRPC, useTRPCClient } from '../../../../_trpc/client';
import { ArchiveControl } from '../../../../_components/forms/archive-control';
import { formatDays, formatMoney, formatNumber, formatPercent, formatUnits } from '../../../../_components/tables/cell-format';
import { DataTable } from '../../../../_components/tables/data-table';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

type Detail = inferRouterOutputs<AppRouter>['locations']['get'];

export function LocationDetail({ org, currency, canWrite, detail }: { org: string; currency: string; canWrite: boolean; detail: Detail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { location: l, stock } = detail;
  const transferRows = [...detail.transferLanesOut.map((t) => ({ ...t, direction: 'to' as const })), ...detail.transferLanesIn.map((t) => ({ ...t, direction: 'from' as const }))];

  return (
    <div className="space-y-6" data-testid="location-detail">
      <PageHeading
        title={`${l.code} · ${l.name}`}
        back={{ href: `/${org}/locations`, label: 'Locations' }}
        badge={
          <>
            {l.isCentral ? <Badge tone="brand">Central</Badge> : null}
            {l.archivedAt ? <Badge tone="amber">Archived</Badge> : null}
          </>
        }
        actions={
          canWrite ? (
            <>
              <Link href={`/${org}/locations/${l.id}/edit`} className={buttonClasses('secondary', 'sm')}>
                Edit
              </Link>
              <ArchiveControl
                what={`location ${l.code}`}
                archived={Boolean(l.archivedAt)}
                archive={() => client.locations.archive.mutate({ org, id: l.id })}
                unarchive={() => client.locations.unarchive.mutate({ org, id: l.id })}
                onChanged={() => queryClient.invalidateQueries({ queryKey: trpc.locations.pathKey() })}
                consequences={<p>{l.code} leaves lists, pickers and planning but stays in the history. It must hold no stock and have no open transfers or arrivals. You can restore it later.</p>}
              />
            </>
          ) : null
        }
      />

      <FactList
        testId="location-facts"
        facts={[
          { label: 'Kind', value: LOCATION_KIND_LABELS[l.kind] },
          { label: 'Where', value: [l.city, l.postalCode, countryName(l.country)].filter(Boolean).join(', ') },
          { label: 'Coordinates', value: l.lat !== null && l.lng !== null ? `${formatNumber(l.lat, { maxDigits: 4 })}, ${formatNumber(l.lng, { maxDigits: 4 })}` : 'Not set (not on the map)' },
          { label: 'Capacity', value: l.capacityUnits === null ? 'Not constrained' : formatUnits(l.capacityUnits) },
          { label: 'Holding rate', value: `${formatPercent(l.holdingRate)} of unit cost a year` },
          { label: 'Fixed cost', value: `${formatMoney(l.fixedCostMonth, currency)} / month` },
          { label: 'Handling cost', value: `${formatMoney(l.handlingCostUnit, currency, { perUnit: true })} / unit` },
          { label: 'Notes', value: l.notes ?? '—' },
        ]}
      />

      <FactList
        title="Stock here"
        testId="location-stock"
        facts={[
          { label: 'SKUs in stock', value: formatNumber(stock.skuCount) },
          { label: 'On hand', value: formatUnits(stock.onHandUnits) },
          { label: 'Reserved', value: formatUnits(stock.reservedUnits) },
          { label: 'Inbound', value: formatUnits(stock.inboundUnits) },
          { label: 'On order', value: formatUnits(stock.onOrderUnits) },
          { label: 'Value at cost', value: formatMoney(stock.valueAtCost, currency) },
        ]}
      />

      <section className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">Regions served</h2>
        <DataTable
          caption={`Lanes from ${l.code}`}
          rows={detail.lanes}
          rowKey={(r) => r.id}
          initialSort={{ key: 'days', direction: 'asc' }}
          empty={
            <EmptyState title="No lanes from this location" action={canWrite ? <Link href={`/${org}/lanes`} className={buttonClasses('secondary', 'sm')}>Add a lane</Link> : null}>
              A lane says how {l.code} ships to a region: mode, transit days and cost. Planning only uses locations with lanes.
            </EmptyState>
          }
          columns={[
            { key: 'region', header: 'Region', cell: (r) => <Link className="text-brand-700 hover:underline" href={`/${org}/regions/${r.regionId}`}>{r.regionCode} · {r.regionName}</Link>, sortValue: (r) => r.regionCode, filterText: (r) => `${r.regionCode} ${r.regionName}` },
            { key: 'mode', header: 'Mode', cell: (r) => LANE_MODE_LABELS[r.mode], sortValue: (r) => r.mode },
            { key: 'days', header: 'Transit', align: 'right', cell: (r) => `${formatDays(r.transitDays)} ± ${formatNumber(r.transitDaysSd)}`, sortValue: (r) => r.transitDays },
            { key: 'cpu', header: 'Cost / unit', align: 'right', cell: (r) => formatMoney(r.costPerUnit, currency, { perUnit: true }), sortValue: (r) => r.costPerUnit },
            { key: 'cpk', header: 'Cost / kg', align: 'right', cell: (r) => formatMoney(r.costPerKg, currency, { perUnit: true }), sortValue: (r) => r.costPerKg },
          ]}
        />
      </section>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">Transfer lanes</h2>
        <DataTable
          caption={`Transfer lanes of ${l.code}`}
          rows={transferRows}
          rowKey={(r) => r.id}
          empty={
            <EmptyState title="No transfer lanes" action={canWrite ? <Link href={`/${org}/transfer-lanes`} className={buttonClasses('secondary', 'sm')}>Add a transfer lane</Link> : null}>
              Transfer lanes say how stock moves between {l.code} and your other locations; rebalancing only uses these.
            </EmptyState>
          }
          columns={[
            { key: 'dir', header: 'Direction', cell: (r) => (r.direction === 'to' ? 'Outbound to' : 'Inbound from'), sortValue: (r) => r.direction },
            { key: 'other', header: 'Location', cell: (r) => <Link className="text-brand-700 hover:underline" href={`/${org}/locations/${r.otherId}`}>{r.otherCode} · {r.otherName}</Link>, sortValue: (r) => r.otherCode, filterText: (r) => `${r.otherCode} ${r.otherName}` },
            { key: 'border', header: 'Border', cell: (r) => (r.otherCountry !== l.country ? <Badge tone="amber">Cross-border ({r.otherCountry})</Badge> : 'Domestic') },
            { key: 'days', header: 'Transit', align: 'right', cell: (r) => formatDays(r.transitDays), sortValue: (r) => r.transitDays },
            { key: 'customs', header: 'Customs', align: 'right', cell: (r) => (r.otherCountry !== l.country ? formatDays(r.customsDays) : '—'), sortValue: (r) => r.customsDays },
            { key: 'cpu', header: 'Cost / unit', align: 'right', cell: (r) => formatMoney(r.costPerUnit, currency, { perUnit: true }), sortValue: (r) => r.costPerUnit },
          ]}
        />
      </section>
    </div>
  );
}
