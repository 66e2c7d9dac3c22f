/** Forecasts of the latest planning run as CSV, per SKU or per SKU x region, with the Forecasts page's filters. */
import type { ForecastRow } from '../../services/forecasts/types';
import type { ExportListParams } from '../export-params';
import { listInputFor, type AppCaller, type CsvExport } from '../export-types';
import { pagedRows } from '../paged-rows';

type Level = 'sku' | 'sku-region';

function rows(level: Level, toCells: (r: ForecastRow) => (string | number | null)[]) {
  return ({ caller, org, params }: { caller: AppCaller; org: string; params: ExportListParams }) =>
    pagedRows((page, size) => caller.forecasts.list({ ...(listInputFor(org, params, page, size) as object), level } as never), toCells);
}

const measures = (r: ForecastRow) => [r.abcClass, r.xyzClass, r.pattern, r.method, r.mase, r.wape, r.bias, r.sigma, r.forecastUnits, r.historyUnits];
const measureHeader = ['abc_class', 'xyz_class', 'demand_pattern', 'method', 'mase', 'wape', 'bias_units_per_week', 'sigma_units_per_week', 'forecast_units', 'history_units'];

export const forecastsExport: CsvExport = {
  header: ['sku_code', 'sku_name', 'category', ...measureHeader],
  rows: rows('sku', (r) => [r.skuCode, r.skuName, r.category, ...measures(r)]),
};

export const forecastsByRegionExport: CsvExport = {
  header: ['sku_code', 'sku_name', 'category', 'region_code', 'region_name', ...measureHeader],
  rows: rows('sku-region', (r) => [r.skuCode, r.skuName, r.category, r.regionCode, r.regionName, ...measures(r)]),
};
