'use client';
import { DataTable, type Column } from '../../../../../_components/tables/data-table';
import { formatDays, formatNumber } from '../../../../../_components/tables/cell-format';

export interface RegionServiceRow {
  id: string;
  code: string;
  name: string;
  demandPerDay: number;
  slaDeliveryDays: number | null;
  /** Per column of the comparison: "LAX-CDC · 6 days (late)". */
  servedBy: Record<string, string>;
}

/** Which location serves each region in each network, with the lane's transit days against the SLA. */
export function RegionsTable({ rows, networks, org }: { rows: RegionServiceRow[]; networks: { key: string; label: string }[]; org: string }) {
  const columns: Column<RegionServiceRow>[] = [
    { key: 'region', header: 'Region', cell: (r) => `${r.name} (${r.code})`, sortValue: (r) => r.code, csv: (r) => r.code, filterText: (r) => `${r.code} ${r.name}` },
    { key: 'demand', header: 'Demand', cell: (r) => formatNumber(r.demandPerDay, { unit: 'units/day', maxDigits: 1 }), sortValue: (r) => r.demandPerDay, csv: (r) => r.demandPerDay, align: 'right' },
    { key: 'sla', header: 'SLA', cell: (r) => (r.slaDeliveryDays === null ? 'none' : formatDays(r.slaDeliveryDays)), sortValue: (r) => r.slaDeliveryDays, csv: (r) => r.slaDeliveryDays, align: 'right' },
    ...networks.map((n) => ({ key: n.key, header: n.label, cell: (r: RegionServiceRow) => r.servedBy[n.key] ?? '—', csv: (r: RegionServiceRow) => r.servedBy[n.key] ?? null, filterText: (r: RegionServiceRow) => r.servedBy[n.key] })),
  ];
  return <DataTable rows={rows} rowKey={(r) => r.id} columns={columns} caption="Who serves each region" csvName={['network-regions', org]} empty="No region had demand in this window." testId="compare-regions" />;
}
