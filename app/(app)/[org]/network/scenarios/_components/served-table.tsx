'use client';
import type { ServedRegion } from '@/server/services/network-compare/figures';
import { DataTable, type Column } from '../../../../../_components/tables/data-table';
import { formatFigure } from '../../compare/_components/figure-format';

/** The region assignment of a scenario: which location serves each region, transit days against the SLA. */
export function ServedTable({ org, rows, currency }: { org: string; rows: ServedRegion[]; currency: string }) {
  const columns: Column<ServedRegion>[] = [
    { key: 'region', header: 'Region', cell: (r) => `${r.regionName} (${r.regionCode})`, sortValue: (r) => r.regionCode, csv: (r) => r.regionCode, filterText: (r) => `${r.regionCode} ${r.regionName} ${r.locationCode}` },
    { key: 'location', header: 'Served from', cell: (r) => r.locationCode, sortValue: (r) => r.locationCode, csv: (r) => r.locationCode },
    { key: 'share', header: 'Share', cell: (r) => formatFigure(r.share, 'fraction', currency), csv: (r) => r.share, align: 'right' },
    { key: 'transit', header: 'Transit', cell: (r) => formatFigure(r.transitDays, 'days', currency), sortValue: (r) => r.transitDays, csv: (r) => r.transitDays, align: 'right' },
    { key: 'sla', header: 'SLA', cell: (r) => (r.slaDeliveryDays === null ? 'none' : formatFigure(r.slaDeliveryDays, 'days', currency)), csv: (r) => r.slaDeliveryDays, align: 'right' },
    { key: 'within', header: 'Within SLA', cell: (r) => (r.withinSla ? 'yes' : 'no, late'), sortValue: (r) => Number(r.withinSla), csv: (r) => r.withinSla },
    { key: 'cost', header: 'Shipping per unit', cell: (r) => formatFigure(r.shippingCostPerUnit, 'currency/unit', currency), sortValue: (r) => r.shippingCostPerUnit, csv: (r) => r.shippingCostPerUnit, align: 'right' },
  ];
  return <DataTable rows={rows} rowKey={(r) => `${r.regionId}-${r.locationId}`} columns={columns} caption="Who serves each region" csvName={['scenario-regions', org]} empty="No region is served." testId="scenario-served" />;
}
