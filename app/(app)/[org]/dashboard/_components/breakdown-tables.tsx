'use client';
import Link from 'next/link';
import type { LocationRow, RegionRow, SkuRow } from '@/server/services/dashboard/breakdowns';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { formatKpi } from './format';

const pctCsv = (v: number | null) => (v === null ? '' : Number(v.toFixed(4)));
const numCsv = (v: number | null, digits = 2) => (v === null ? '' : Number(v.toFixed(digits)));

/** By region: SLA target vs actual, the gap in words, worst first. */
export function RegionTable({ rows, org, query, currency }: { rows: RegionRow[]; org: string; query: string; currency: string }) {
  const columns: Column<RegionRow>[] = [
    { key: 'region', header: 'Region', cell: (r) => <Link className="font-medium text-brand-700 hover:underline" href={`/${org}/dashboard/regions/${r.id}?${query}`}>{r.code}</Link>, sortValue: (r) => r.code, filterText: (r) => `${r.code} ${r.name}`, csv: (r) => r.code },
    { key: 'summary', header: 'Against the SLA', cell: (r) => r.summary, csv: (r) => r.summary },
    { key: 'days', header: 'Delivery days', align: 'right', cell: (r) => formatKpi('days', r.avgDeliveryDays, currency), sortValue: (r) => r.avgDeliveryDays, csv: (r) => numCsv(r.avgDeliveryDays) },
    { key: 'target', header: 'SLA days', align: 'right', cell: (r) => formatKpi('days', r.targetDeliveryDays, currency), sortValue: (r) => r.targetDeliveryDays, csv: (r) => numCsv(r.targetDeliveryDays) },
    { key: 'onTime', header: 'On time', align: 'right', cell: (r) => formatKpi('percent', r.onTimeRate, currency), sortValue: (r) => r.onTimeRate, csv: (r) => pctCsv(r.onTimeRate) },
    { key: 'fill', header: 'Line fill', align: 'right', cell: (r) => formatKpi('percent', r.lineFillRate, currency), sortValue: (r) => r.lineFillRate, csv: (r) => pctCsv(r.lineFillRate) },
    { key: 'cost', header: 'Shipping / unit', align: 'right', cell: (r) => formatKpi('money_per_unit', r.shippingCostPerUnit, currency), sortValue: (r) => r.shippingCostPerUnit, csv: (r) => numCsv(r.shippingCostPerUnit, 4) },
    { key: 'stockout', header: 'Stockout value', align: 'right', cell: (r) => formatKpi('money', r.stockoutValue, currency), sortValue: (r) => r.stockoutValue, csv: (r) => numCsv(r.stockoutValue) },
    { key: 'orders', header: 'Orders', align: 'right', cell: (r) => r.orders.toLocaleString('en-US'), sortValue: (r) => r.orders, csv: (r) => r.orders },
  ];
  return <DataTable rows={rows} rowKey={(r) => r.id} columns={columns} caption="Regions against their SLA, worst first" csvName={['dashboard-regions', org]} empty={<EmptyState title="No regions yet">Add regions with their SLA to see delivery against the promise.</EmptyState>} testId="table-regions" />;
}

/** By location: stock value, days of supply, excess, stockout, orders served. */
export function LocationTable({ rows, org, query, currency }: { rows: LocationRow[]; org: string; query: string; currency: string }) {
  const columns: Column<LocationRow>[] = [
    { key: 'location', header: 'Location', cell: (l) => <Link className="font-medium text-brand-700 hover:underline" href={`/${org}/dashboard/locations/${l.id}?${query}`}>{l.code}</Link>, sortValue: (l) => l.code, filterText: (l) => `${l.code} ${l.name}`, csv: (l) => l.code },
    { key: 'name', header: 'Name', cell: (l) => l.name, csv: (l) => l.name },
    { key: 'value', header: 'Stock value', align: 'right', cell: (l) => formatKpi('money', l.stockValue, currency), sortValue: (l) => l.stockValue, csv: (l) => numCsv(l.stockValue) },
    { key: 'units', header: 'Units', align: 'right', cell: (l) => l.units.toLocaleString('en-US'), sortValue: (l) => l.units, csv: (l) => l.units },
    { key: 'dos', header: 'Days of supply', align: 'right', cell: (l) => formatKpi('days', l.daysOfSupply, currency), sortValue: (l) => l.daysOfSupply, csv: (l) => numCsv(l.daysOfSupply, 1) },
    { key: 'excess', header: 'Excess', align: 'right', cell: (l) => (l.excessValue === null ? 'no plan yet' : formatKpi('money', l.excessValue, currency)), sortValue: (l) => l.excessValue, csv: (l) => numCsv(l.excessValue) },
    { key: 'stockout', header: 'Stockout value', align: 'right', cell: (l) => formatKpi('money', l.stockoutValue, currency), sortValue: (l) => l.stockoutValue, csv: (l) => numCsv(l.stockoutValue) },
    { key: 'orders', header: 'Orders served', align: 'right', cell: (l) => l.ordersServed.toLocaleString('en-US'), sortValue: (l) => l.ordersServed, csv: (l) => l.ordersServed },
  ];
  return <DataTable rows={rows} rowKey={(l) => l.id} columns={columns} caption="Locations: stock, days of supply, excess and orders served" csvName={['dashboard-locations', org]} empty={<EmptyState title="No locations with stock or orders">Import stock levels or record a receipt to see stock by location.</EmptyState>} initialSort={{ key: 'value', direction: 'desc' }} testId="table-locations" />;
}

/** The SKUs of a drill-down: stockout value first. */
export function SkuTable({ rows, org, query, currency }: { rows: SkuRow[]; org: string; query: string; currency: string }) {
  const columns: Column<SkuRow>[] = [
    { key: 'sku', header: 'SKU', cell: (s) => <Link className="font-medium text-brand-700 hover:underline" href={`/${org}/dashboard/skus/${s.id}?${query}`}>{s.code}</Link>, sortValue: (s) => s.code, filterText: (s) => `${s.code} ${s.name}`, csv: (s) => s.code },
    { key: 'name', header: 'Name', cell: (s) => s.name, csv: (s) => s.name },
    { key: 'orders', header: 'Orders', align: 'right', cell: (s) => s.orders.toLocaleString('en-US'), sortValue: (s) => s.orders, csv: (s) => s.orders },
    { key: 'units', header: 'Units ordered', align: 'right', cell: (s) => s.unitsOrdered.toLocaleString('en-US'), sortValue: (s) => s.unitsOrdered, csv: (s) => s.unitsOrdered },
    { key: 'fill', header: 'Line fill', align: 'right', cell: (s) => formatKpi('percent', s.lineFillRate, currency), sortValue: (s) => s.lineFillRate, csv: (s) => pctCsv(s.lineFillRate) },
    { key: 'onTime', header: 'On time', align: 'right', cell: (s) => formatKpi('percent', s.onTimeRate, currency), sortValue: (s) => s.onTimeRate, csv: (s) => pctCsv(s.onTimeRate) },
    { key: 'stockout', header: 'Stockout value', align: 'right', cell: (s) => formatKpi('money', s.stockoutValue, currency), sortValue: (s) => s.stockoutValue, csv: (s) => numCsv(s.stockoutValue) },
  ];
  return <DataTable rows={rows} rowKey={(s) => s.id} columns={columns} caption="SKUs in this view, by stockout value" csvName={['dashboard-skus', org]} empty={<EmptyState title="No orders in this period">No SKU was ordered here in the period. Choose a longer period.</EmptyState>} testId="table-skus" />;
}
