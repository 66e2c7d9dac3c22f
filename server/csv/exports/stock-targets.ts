/** Stock targets of the latest planning run per SKU x location as CSV, with the Stock targets page's filters. */
import { listInputFor, type CsvExport } from '../export-types';
import { pagedRows } from '../paged-rows';

export const stockTargetsExport: CsvExport = {
  header: [
    'sku_code',
    'sku_name',
    'location_code',
    'location_name',
    'abc_class',
    'xyz_class',
    'demand_per_day',
    'demand_sd_per_day',
    'lead_time_days',
    'service_level',
    'safety_stock',
    'reorder_point',
    'order_up_to',
    'on_hand',
    'position_units',
    'position',
    'gap_units',
    'days_of_supply',
    'unit_cost',
  ],
  rows: ({ caller, org, params }) =>
    pagedRows(
      (page, size) => caller.stockTargets.list(listInputFor(org, params, page, size)),
      (r) => [r.skuCode, r.skuName, r.locationCode, r.locationName, r.abcClass, r.xyzClass, r.demandPerDay, r.demandSdPerDay, r.leadTimeDays, r.serviceLevel, r.safetyStock, r.reorderPoint, r.orderUpTo, r.onHand, r.positionUnits, r.position, r.gap, r.daysOfSupply, r.unitCost],
    ),
};
