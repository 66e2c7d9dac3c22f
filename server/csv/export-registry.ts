/**
 * Every entity that can be downloaded as CSV from /api/orgs/<org>/export/<entity>. Add one line per
 * entity: its export (header + rows through the tRPC caller) lives in ./exports/<entity>.ts.
 */
import type { CsvExport } from './export-types';
import { lanesExport } from './exports/lanes';
import { locationsExport } from './exports/locations';
import { regionsExport } from './exports/regions';
import { skusExport } from './exports/skus';
import { slasExport } from './exports/slas';
import { suppliersExport } from './exports/suppliers';
import { transferLanesExport } from './exports/transfer-lanes';
import { stockByLocationExport, stockBySkuExport, stockLevelsExport } from './exports/stock-levels';
import { stockMovementsExport } from './exports/stock-movements';
import { transfersExport } from './exports/transfers';
import { purchaseOrdersExport } from './exports/purchase-orders';
import { ordersExport } from './exports/orders';
import { auditExport } from './exports/audit';
import { networkComparisonExport, scenarioComparisonExport, scenariosExport } from './exports/scenarios';
import { forecastsByRegionExport, forecastsExport } from './exports/forecasts';
import { stockTargetsExport } from './exports/stock-targets';

const EXPORTS: Record<string, CsvExport> = {
  locations: locationsExport,
  regions: regionsExport,
  slas: slasExport,
  lanes: lanesExport,
  'transfer-lanes': transferLanesExport,
  suppliers: suppliersExport,
  skus: skusExport,
  'stock-levels': stockLevelsExport,
  'stock-by-sku': stockBySkuExport,
  'stock-by-location': stockByLocationExport,
  'stock-movements': stockMovementsExport,
  transfers: transfersExport,
  'purchase-orders': purchaseOrdersExport,
  orders: ordersExport,
  audit: auditExport,
  scenarios: scenariosExport,
  'scenario-comparison': scenarioComparisonExport,
  'network-comparison': networkComparisonExport,
  forecasts: forecastsExport,
  'forecasts-by-region': forecastsByRegionExport,
  'stock-targets': stockTargetsExport,
};

export function findCsvExport(entity: string): CsvExport | undefined {
  return Object.hasOwn(EXPORTS, entity) ? EXPORTS[entity] : undefined;
}

export function exportEntities(): string[] {
  return Object.keys(EXPORTS).sort();
}
