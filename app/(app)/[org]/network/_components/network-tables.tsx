'use client';
/** The map's data as tables (the accessible equivalent of the map): regions, locations and lanes. */
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { Badge } from '../../../../_components/ui/badge';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { attainmentTone, TONE_LABELS } from '../../../../_components/charts/map-geometry';
import type { NetworkMapData } from '@/server/services/network-map/get-map';

type RegionRow = NetworkMapData['regions'][number];
type LocationRow = NetworkMapData['locations'][number];
type LaneRow = NetworkMapData['lanes'][number] & { locationCode: string; regionCode: string; slaTargetDays: number | null };

const TONE_BADGE = { green: 'green', amber: 'amber', red: 'red', none: 'neutral' } as const;
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const coord = (v: number | null) => (v === null ? '—' : v.toFixed(4));

export function NetworkTables({ org, data }: { org: string; data: NetworkMapData }) {
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: data.currency });
  const locationCode = new Map(data.locations.map((l) => [l.id, l.code]));
  const regionById = new Map(data.regions.map((r) => [r.id, r]));
  const laneRows: LaneRow[] = data.lanes.map((l) => ({
    ...l,
    locationCode: locationCode.get(l.locationId) ?? '',
    regionCode: regionById.get(l.regionId)?.code ?? '',
    slaTargetDays: regionById.get(l.regionId)?.slaTargetDays ?? null,
  }));

  const regionColumns: Column<RegionRow>[] = [
    { key: 'code', header: 'Code', cell: (r) => <span className="font-medium text-slate-900">{r.code}</span>, sortValue: (r) => r.code, filterText: (r) => r.code, csv: (r) => r.code },
    { key: 'name', header: 'Region', cell: (r) => r.name, sortValue: (r) => r.name, filterText: (r) => r.name, csv: (r) => r.name },
    { key: 'sla', header: 'SLA (days)', align: 'right', cell: (r) => r.slaTargetDays ?? '—', sortValue: (r) => r.slaTargetDays, csv: (r) => r.slaTargetDays },
    { key: 'delivered', header: 'Delivered orders', align: 'right', cell: (r) => r.deliveredOrders.toLocaleString('en-US'), sortValue: (r) => r.deliveredOrders, csv: (r) => r.deliveredOrders },
    { key: 'onTime', header: 'On time', align: 'right', cell: (r) => r.onTimeOrders.toLocaleString('en-US'), sortValue: (r) => r.onTimeOrders, csv: (r) => r.onTimeOrders },
    { key: 'attainment', header: 'SLA attainment', align: 'right', cell: (r) => pct(r.slaAttainment), sortValue: (r) => r.slaAttainment, csv: (r) => r.slaAttainment },
    {
      key: 'status',
      header: 'Status',
      cell: (r) => {
        const tone = attainmentTone(r.slaAttainment);
        return <Badge tone={TONE_BADGE[tone]}>{TONE_LABELS[tone]}</Badge>;
      },
      csv: (r) => TONE_LABELS[attainmentTone(r.slaAttainment)],
    },
    { key: 'lat', header: 'Centroid lat', align: 'right', cell: (r) => coord(r.centroidLat), csv: (r) => r.centroidLat },
    { key: 'lng', header: 'Centroid lng', align: 'right', cell: (r) => coord(r.centroidLng), csv: (r) => r.centroidLng },
  ];
  const locationColumns: Column<LocationRow>[] = [
    { key: 'code', header: 'Code', cell: (l) => <span className="font-medium text-slate-900">{l.code}</span>, sortValue: (l) => l.code, filterText: (l) => l.code, csv: (l) => l.code },
    { key: 'name', header: 'Location', cell: (l) => l.name, sortValue: (l) => l.name, filterText: (l) => l.name, csv: (l) => l.name },
    { key: 'kind', header: 'Kind', cell: (l) => l.kind, sortValue: (l) => l.kind, filterText: (l) => l.kind, csv: (l) => l.kind },
    { key: 'city', header: 'City', cell: (l) => l.city ?? '—', sortValue: (l) => l.city, filterText: (l) => l.city, csv: (l) => l.city },
    { key: 'country', header: 'Country', cell: (l) => l.country, sortValue: (l) => l.country, csv: (l) => l.country },
    {
      key: 'role',
      header: 'Role',
      cell: (l) => (
        <span className="flex gap-1">
          {l.isCentral ? <Badge tone="brand">Central</Badge> : null}
          {l.active ? null : <Badge>Archived</Badge>}
        </span>
      ),
      csv: (l) => [l.isCentral ? 'central' : null, l.active ? null : 'archived'].filter(Boolean).join(' '),
    },
    { key: 'lat', header: 'Latitude', align: 'right', cell: (l) => coord(l.lat), csv: (l) => l.lat },
    { key: 'lng', header: 'Longitude', align: 'right', cell: (l) => coord(l.lng), csv: (l) => l.lng },
  ];
  const laneColumns: Column<LaneRow>[] = [
    { key: 'from', header: 'From location', cell: (l) => l.locationCode, sortValue: (l) => l.locationCode, filterText: (l) => l.locationCode, csv: (l) => l.locationCode },
    { key: 'to', header: 'To region', cell: (l) => l.regionCode, sortValue: (l) => l.regionCode, filterText: (l) => l.regionCode, csv: (l) => l.regionCode },
    { key: 'mode', header: 'Mode', cell: (l) => l.mode, sortValue: (l) => l.mode, filterText: (l) => l.mode, csv: (l) => l.mode },
    {
      key: 'transit',
      header: 'Transit days',
      align: 'right',
      cell: (l) => (l.slaTargetDays !== null && l.transitDays > l.slaTargetDays ? <span className="text-amber-700">{l.transitDays} (SLA {l.slaTargetDays})</span> : l.transitDays),
      sortValue: (l) => l.transitDays,
      csv: (l) => l.transitDays,
    },
    { key: 'cost', header: 'Cost per unit', align: 'right', cell: (l) => money.format(l.costPerUnit), sortValue: (l) => l.costPerUnit, csv: (l) => l.costPerUnit },
  ];

  return (
    <div className="space-y-8">
      <section aria-labelledby="network-regions" className="space-y-3">
        <h2 id="network-regions" className="text-lg font-semibold text-slate-900">Regions</h2>
        <DataTable rows={data.regions} rowKey={(r) => r.id} columns={regionColumns} caption="Regions and SLA attainment" csvName={['regions-sla', org]} empty={<EmptyState title="No regions yet">Add the regions you deliver to, with a centroid, to see them on the map.</EmptyState>} />
      </section>
      <section aria-labelledby="network-locations" className="space-y-3">
        <h2 id="network-locations" className="text-lg font-semibold text-slate-900">Locations</h2>
        <DataTable rows={data.locations} rowKey={(l) => l.id} columns={locationColumns} caption="Locations" csvName={['locations-map', org]} empty={<EmptyState title="No locations yet">Add your warehouses, with coordinates, to see them on the map.</EmptyState>} />
      </section>
      <section aria-labelledby="network-lanes" className="space-y-3">
        <h2 id="network-lanes" className="text-lg font-semibold text-slate-900">Lanes</h2>
        <DataTable rows={laneRows} rowKey={(l) => l.id} columns={laneColumns} caption="Lanes from locations to regions" csvName={['lanes-map', org]} empty={<EmptyState title="No lanes yet">Add lanes from your locations to your regions, with transit days and cost per unit.</EmptyState>} />
      </section>
    </div>
  );
}
