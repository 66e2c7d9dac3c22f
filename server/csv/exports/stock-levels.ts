/**
 * Stock balances as CSV, in the three views of the Stock page. The detail export starts with the
 * columns of the stock snapshot import (sku_code, location_code, on_hand, reserved, inbound, on_order),
 * so an exported file imports back; the rest are ignored by the importer.
 */
import type { StockLevelRow } from '../../services/stock/list-levels';
import type { ExportListParams } from '../export-params';
import { listInputFor, type AppCaller, type CsvExport } from '../export-types';
import { pagedRows } from '../paged-rows';

type View = 'detail' | 'by-sku' | 'by-location';

function levels(view: View, toCells: (r: StockLevelRow) => (string | number | Date | null)[]) {
  return ({ caller, org, params }: { caller: AppCaller; org: string; params: ExportListParams }) =>
    pagedRows((page, size) => caller.stock.levels({ ...(listInputFor(org, params, page, size) as object), view } as never), toCells);
}

export const stockLevelsExport: CsvExport = {
  header: ['sku_code', 'location_code', 'on_hand', 'reserved', 'inbound', 'on_order', 'sku_name', 'location_name', 'available', 'value', 'updated_at'],
  rows: levels('detail', (r) => [r.skuCode, r.locationCode, r.onHand, r.reserved, r.inbound, r.onOrder, r.skuName, r.locationName, r.available, r.value, r.updatedAt]),
};

export const stockBySkuExport: CsvExport = {
  header: ['sku_code', 'sku_name', 'locations_holding', 'on_hand', 'reserved', 'available', 'inbound', 'on_order', 'value'],
  rows: levels('by-sku', (r) => [r.skuCode, r.skuName, r.spread, r.onHand, r.reserved, r.available, r.inbound, r.onOrder, r.value]),
};

export const stockByLocationExport: CsvExport = {
  header: ['location_code', 'location_name', 'skus_held', 'on_hand', 'reserved', 'available', 'inbound', 'on_order', 'value'],
  rows: levels('by-location', (r) => [r.locationCode, r.locationName, r.spread, r.onHand, r.reserved, r.available, r.inbound, r.onOrder, r.value]),
};
