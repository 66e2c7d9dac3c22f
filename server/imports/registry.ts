/** Every importable entity, in the order a new organization fills them in. */
import { columnDocs, templateCsv, type ColumnDoc } from './columns';
import { locationsImporter } from './entities/locations';
import { lanesImporter } from './entities/lanes';
import { ordersImporter } from './entities/orders';
import { purchaseOrdersImporter } from './entities/purchase-orders';
import { regionsImporter } from './entities/regions';
import { skusImporter } from './entities/skus';
import { slasImporter } from './entities/slas';
import { stockLevelsImporter } from './entities/stock-levels';
import { suppliersImporter } from './entities/suppliers';
import { transferLanesImporter } from './entities/transfer-lanes';
import type { EntityImporter, ImportEntity } from './importer';

const IMPORTERS: Record<ImportEntity, EntityImporter<unknown>> = {
  locations: locationsImporter,
  regions: regionsImporter,
  slas: slasImporter,
  lanes: lanesImporter,
  transfer_lanes: transferLanesImporter,
  suppliers: suppliersImporter,
  skus: skusImporter,
  stock_levels: stockLevelsImporter,
  orders: ordersImporter,
  purchase_orders: purchaseOrdersImporter,
};

/** The order of the entity picker: what a file refers to comes first. */
export const IMPORT_ORDER: readonly ImportEntity[] = ['locations', 'regions', 'slas', 'lanes', 'transfer_lanes', 'suppliers', 'skus', 'stock_levels', 'purchase_orders', 'orders'];

export function importerFor(entity: ImportEntity): EntityImporter<unknown> {
  return IMPORTERS[entity];
}

export interface ImportEntityInfo {
  entity: ImportEntity;
  label: string;
  description: string;
  recordNoun: string;
}

export function importCatalog(): ImportEntityInfo[] {
  return IMPORT_ORDER.map((entity) => {
    const i = IMPORTERS[entity];
    return { entity, label: i.label, description: i.description, recordNoun: i.recordNoun };
  });
}

export interface ImportTemplate extends ImportEntityInfo {
  fileName: string;
  csv: string;
  columns: ColumnDoc[];
  notes: readonly string[];
}

export function importTemplate(entity: ImportEntity): ImportTemplate {
  const i = IMPORTERS[entity];
  return {
    entity,
    label: i.label,
    description: i.description,
    recordNoun: i.recordNoun,
    fileName: `footprint-${entity.replace(/_/g, '-')}-template.csv`,
    csv: templateCsv(i.columns),
    columns: columnDocs(i.columns),
    notes: i.notes,
  };
}
