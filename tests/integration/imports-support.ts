/**
 * Helpers of the import tests: files go through the same path as a browser upload (streamed to disk by
 * `storeUpload`, then `imports.preview` and `imports.commit` on a tRPC caller), into a temporary
 * IMPORTS_DIR. Good files of every entity, in the order a new organization imports them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { storeUpload } from '@/server/imports/storage';
import type { ImportEntity } from '@/server/imports/importer';
import type { callerFor } from './support/actors';
import { csv } from './imports-fixtures';

export type Caller = Awaited<ReturnType<typeof callerFor>>;

/** A temporary IMPORTS_DIR for one test file; returns its cleanup. */
export function useTempImportsDir(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'footprint-imports-'));
  const before = process.env.IMPORTS_DIR;
  process.env.IMPORTS_DIR = dir;
  return () => {
    if (before === undefined) delete process.env.IMPORTS_DIR;
    else process.env.IMPORTS_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Uploads text (or byte chunks) the way the upload route does: streamed to disk, hashed. */
export function upload(content: string | readonly (string | Uint8Array)[], options: { maxBytes?: number } = {}) {
  const chunks = typeof content === 'string' ? [Buffer.from(content, 'utf8')] : content.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c));
  return storeUpload(Readable.from(chunks), options);
}

export async function preview(caller: Caller, org: string, entity: ImportEntity, content: string | readonly (string | Uint8Array)[], fileName = `${entity}.csv`) {
  const { uploadId } = await upload(content);
  return caller.imports.preview({ org, entity, uploadId, fileName });
}

/** Preview then commit; returns both. */
export async function importFile(caller: Caller, org: string, entity: ImportEntity, content: string | readonly (string | Uint8Array)[], fileName?: string) {
  const previewed = await preview(caller, org, entity, content, fileName);
  const committed = await caller.imports.commit({ org, importId: previewed.import.id });
  return { preview: previewed, commit: committed };
}

export { csv };

/** Good files of every entity, each referring only to what the earlier ones created. */
export const GOOD_FILES: Record<ImportEntity, string> = {
  locations: csv(
    'code,name,kind,country,city,lat,lng,capacity_units,holding_rate,is_central',
    'MEM-CDC,Memphis central DC,dc,US,Memphis,35.04,-89.97,250000,0.25,true',
    'DAL-RDC,Dallas regional DC,dc,US,Dallas,32.89,-97.04,80000,0.22,false',
    'TOR-3PL,Toronto 3PL,3pl,CA,Toronto,43.68,-79.61,,,false',
  ),
  regions: csv(
    'code,name,country,centroid_lat,centroid_lng,postal_prefixes',
    'US-S,US South,US,32.78,-96.80,75 76 77 78 79',
    'US-NE,US Northeast,US,41.20,-74.10,07 08 10 11',
    'CA-ON,Ontario,CA,43.70,-79.40,K L M N P',
  ),
  slas: csv(
    'region_code,effective_from,target_delivery_days,target_fill_rate,target_cycle_service_level',
    'US-S,2025-01-01,2,0.97,0.95',
    'US-NE,2025-01-01,3,0.95,0.9',
    'CA-ON,2025-01-01,4,,',
  ),
  lanes: csv(
    'location_code,region_code,mode,transit_days,transit_days_sd,cost_per_unit,cost_per_kg',
    'DAL-RDC,US-S,parcel,1.5,0.4,2.10,0.35',
    'MEM-CDC,US-S,ltl,2,0.5,1.80,0.30',
    'MEM-CDC,US-NE,parcel,3,0.8,4.20,0.90',
    'TOR-3PL,CA-ON,parcel,2,0.5,3.10,0.60',
  ),
  transfer_lanes: csv(
    'from_location_code,to_location_code,transit_days,cost_per_unit,customs_days',
    'MEM-CDC,DAL-RDC,2,0.85,0',
    'MEM-CDC,TOR-3PL,3,1.40,2',
  ),
  suppliers: csv('code,name,country,lead_time_days,lead_time_sd_days,email', 'SZ-ELEC,Shenzhen Electronics,CN,45,6,orders@sz.example', 'TW-COMP,Taipei Components,TW,38,4.5,'),
  skus: csv(
    'code,name,category,unit_cost,unit_price,weight_kg,case_pack,moq,supplier_code',
    'SKU-1001,USB-C charger 65W,Chargers,11.40,29.99,0.21,24,240,SZ-ELEC',
    'SKU-1002,Headphones,Audio,62.00,149.00,0.35,10,100,TW-COMP',
    'SKU-1003,"Cable, braided 2m",Cables,2.10,9.99,0.05,50,500,',
  ),
  stock_levels: csv(
    'sku_code,location_code,on_hand,reserved,inbound,on_order',
    'SKU-1001,MEM-CDC,1200,40,0,600',
    'SKU-1001,DAL-RDC,340,,120,',
    'SKU-1002,MEM-CDC,75,5,,',
  ),
  purchase_orders: csv(
    'po_number,supplier_code,arrival_location_code,eta,status,sku_code,qty,unit_cost',
    '4500012345,SZ-ELEC,MEM-CDC,2025-04-18,ordered,SKU-1001,2400,11.40',
    '4500012345,SZ-ELEC,MEM-CDC,2025-04-18,ordered,SKU-1003,5000,',
    '4500012346,TW-COMP,DAL-RDC,2025-04-20,in_transit,SKU-1002,300,61.50',
  ),
  orders: csv(
    'external_ref,ordered_at,region_code,ship_to_postal_code,ship_to_country,channel,ship_from_location_code,promised_at,shipped_at,delivered_at,shipping_cost,sku_code,qty_ordered,qty_shipped,qty_backordered,unit_price',
    'SO-1,2025-03-03 09:14,US-S,,,web,DAL-RDC,2025-03-05 18:00,2025-03-03 16:40,2025-03-05 11:02,8.90,SKU-1001,2,2,0,29.99',
    'SO-1,2025-03-03 09:14,US-S,,,web,DAL-RDC,2025-03-05 18:00,2025-03-03 16:40,2025-03-05 11:02,8.90,SKU-1003,3,3,0,9.99',
    'SO-2,2025-03-04T10:00:00Z,,10001,US,web,,2025-03-07T10:00:00Z,2025-03-05T10:00:00Z,2025-03-08T10:00:00Z,12.50,SKU-1002,1,1,0,149',
    'SO-3,2025-03-04 15:30,,M5V 2T6,CA,b2b,TOR-3PL,,,,0,SKU-1001,10,6,4,25.00',
  ),
};

/** What each entity's file needs imported first. */
export const PREREQUISITES: Record<ImportEntity, ImportEntity[]> = {
  locations: [],
  regions: [],
  slas: ['regions'],
  lanes: ['locations', 'regions'],
  transfer_lanes: ['locations'],
  suppliers: [],
  skus: ['suppliers'],
  stock_levels: ['locations', 'suppliers', 'skus'],
  purchase_orders: ['locations', 'suppliers', 'skus'],
  orders: ['locations', 'regions', 'slas', 'lanes', 'suppliers', 'skus'],
};

/** Imports the good files an entity depends on (and checks they committed). */
export async function importPrerequisites(caller: Caller, org: string, entity: ImportEntity): Promise<void> {
  for (const before of PREREQUISITES[entity]) {
    const { commit } = await importFile(caller, org, before, GOOD_FILES[before]);
    if (commit.import.status !== 'committed') throw new Error(`${before} did not commit: ${JSON.stringify(commit.import.errors)}`);
  }
}

/** The table an entity's records land in. */
export const ENTITY_TABLE: Record<ImportEntity, string> = {
  locations: 'locations',
  regions: 'regions',
  slas: 'slas',
  lanes: 'lanes',
  transfer_lanes: 'transfer_lanes',
  suppliers: 'suppliers',
  skus: 'skus',
  stock_levels: 'stock_levels',
  purchase_orders: 'purchase_orders',
  orders: 'orders',
};

/** A digest of every row of the tenant tables an import may write (the owner reads past RLS). */
export async function contentDigest(ownerQuery: <T>(text: string) => Promise<T[]>): Promise<Record<string, string>> {
  const tables = ['locations', 'regions', 'slas', 'lanes', 'transfer_lanes', 'suppliers', 'skus', 'stock_levels', 'stock_movements', 'purchase_orders', 'purchase_order_lines', 'orders', 'order_lines', 'kpi_daily'];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await ownerQuery<{ d: string | null }>(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d from "${t}" x`);
    out[t] = row?.d ?? '';
  }
  return out;
}

export { BAD_FILES, CHANGED_FILES } from './imports-fixtures';
