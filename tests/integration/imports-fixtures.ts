/** Files with problems and changed files of every entity, for the import tests (see imports-support.ts). */
import type { ImportEntity } from '@/server/imports/importer';

/** CSV text from lines (\n line ends, a final line end). */
export const csv = (...lines: string[]) => lines.join('\n') + '\n';

/**
 * Files with problems, meant to be imported AFTER the good file of the entity: each mixes valid rows
 * (a change to a stored record and a new record, which a partial commit would write) with rows that
 * are wrong, and lists the (row, column) of every problem it must report.
 */
export const BAD_FILES: Record<ImportEntity, { file: string; errors: [number, string | undefined][] }> = {
  locations: {
    file: csv(
      'code,name,kind,country,lat,lng,capacity_units',
      'MEM-CDC,Memphis central DC (renamed),dc,US,35.04,-89.97,260000',
      'ATL-RDC,Atlanta regional DC,dc,US,33.64,-84.43,60000',
      'ATL-RDC,Atlanta again,dc,US,,,',
      'BAD CODE!,Bad,dc,US,,,',
      'SEA-RDC,Seattle,castle,Atlantis,95,-122,-5',
    ),
    errors: [[4, 'code'], [5, 'code'], [6, 'kind'], [6, 'country'], [6, 'lat'], [6, 'capacity_units']],
  },
  regions: {
    file: csv(
      'code,name,country,centroid_lat,centroid_lng,postal_prefixes',
      'US-S,US South (renamed),US,32.78,-96.80,75 76 77 78 79',
      'US-W,US West,US,37.0,-120.0,9',
      'US-W,US West again,US,,,',
      'US-MW,Midwest,ZZ,41.8,,6#0',
    ),
    errors: [[4, 'code'], [5, 'country'], [5, 'postal_prefixes']],
  },
  slas: {
    file: csv(
      'region_code,effective_from,target_delivery_days,target_fill_rate',
      'US-S,2025-01-01,1.5,0.98',
      'US-NE,2025-06-01,2,0.95',
      'US-NE,2025-06-01,3,0.95',
      'NOPE,2025-01-01,2,0.9',
      'CA-ON,2025-13-45,0,1.5',
    ),
    errors: [[4, 'effective_from'], [5, 'region_code'], [6, 'effective_from'], [6, 'target_delivery_days'], [6, 'target_fill_rate']],
  },
  lanes: {
    file: csv(
      'location_code,region_code,mode,transit_days,cost_per_unit',
      'DAL-RDC,US-S,parcel,1,2.50',
      'DAL-RDC,US-NE,ltl,4,3.10',
      'DAL-RDC,US-NE,ltl,5,3.10',
      'NOWHERE,US-S,parcel,2,1',
      'MEM-CDC,NOREGION,boat,-1,1',
    ),
    errors: [[4, 'mode'], [5, 'location_code'], [6, 'mode'], [6, 'transit_days']],
  },
  transfer_lanes: {
    file: csv(
      'from_location_code,to_location_code,transit_days,cost_per_unit',
      'MEM-CDC,DAL-RDC,1.5,0.80',
      'DAL-RDC,MEM-CDC,2,0.85',
      'DAL-RDC,MEM-CDC,2,0.85',
      'MEM-CDC,MEM-CDC,1,1',
      'MEM-CDC,NOWHERE,x,1',
    ),
    errors: [[4, 'to_location_code'], [5, 'to_location_code'], [6, 'transit_days']],
  },
  suppliers: {
    file: csv(
      'code,name,country,lead_time_days,email',
      'SZ-ELEC,Shenzhen Electronics Ltd,CN,40,orders@sz.example',
      'KR-DISP,Seoul Displays,KR,30,',
      'KR-DISP,Seoul Displays again,KR,30,',
      'JP-OPT,,JP,abc,not-an-email',
    ),
    errors: [[4, 'code'], [5, 'name'], [5, 'lead_time_days'], [5, 'email']],
  },
  skus: {
    file: csv(
      'code,name,unit_cost,case_pack,supplier_code,hs_code',
      'SKU-1001,USB-C charger 65W,11.90,24,SZ-ELEC,8504.40',
      'SKU-2001,Monitor arm,18.00,4,TW-COMP,',
      'SKU-2001,Monitor arm twice,18.00,4,,',
      'SKU-2002,Webcam,-3,0,NOPE,12',
    ),
    errors: [[4, 'code'], [5, 'unit_cost'], [5, 'case_pack'], [5, 'hs_code']],
  },
  stock_levels: {
    file: csv(
      'sku_code,location_code,on_hand,reserved',
      'SKU-1001,MEM-CDC,1100,40',
      'SKU-1003,DAL-RDC,500,',
      'SKU-1003,DAL-RDC,400,',
      'NOPE,MEM-CDC,5,',
      'SKU-1002,MEM-CDC,10,20',
      'SKU-1002,DAL-RDC,-1,',
    ),
    errors: [[4, 'location_code'], [5, 'sku_code'], [6, 'reserved'], [7, 'on_hand']],
  },
  purchase_orders: {
    file: csv(
      'po_number,supplier_code,arrival_location_code,sku_code,qty',
      '4500020001,SZ-ELEC,MEM-CDC,SKU-1001,1200',
      '4500020002,NOPE,MEM-CDC,SKU-1002,10',
      '4500020003,TW-COMP,DAL-RDC,SKU-1002,0',
      '4500020004,TW-COMP,DAL-RDC,SKU-1001,5',
      '4500020004,TW-COMP,MEM-CDC,SKU-1003,5',
      '4500020005,TW-COMP,DAL-RDC,SKU-1001,5',
      '4500020005,TW-COMP,DAL-RDC,SKU-1001,6',
    ),
    errors: [[3, 'supplier_code'], [4, 'qty'], [6, 'arrival_location_code'], [8, 'sku_code']],
  },
  orders: {
    file: csv(
      'external_ref,ordered_at,region_code,ship_to_postal_code,ship_to_country,ship_from_location_code,shipped_at,shipping_cost,sku_code,qty_ordered,qty_shipped',
      'SO-1,2025-03-03 09:14,US-S,,,DAL-RDC,2025-03-03 16:40,9.90,SKU-1001,2,2',
      'SO-10,2025-03-06 10:00,US-S,,,DAL-RDC,,0,SKU-1002,1,0',
      'SO-11,2025-03-06 10:00,,99999,US,,,0,SKU-1002,1,0',
      'SO-12,2025-03-06 10:00,US-S,,,DAL-RDC,,5.00,SKU-1002,1,0',
      'SO-12,2025-03-06 10:00,US-S,,,DAL-RDC,,6.00,SKU-1001,1,0',
      'SO-13,2025-03-06 10:00,US-S,,,DAL-RDC,2025-03-05 10:00,0,SKU-1002,1,1',
      'SO-14,2025-03-06 10:00,US-S,,,NOWHERE,,0,NOPE,1,0',
      'SO-10,2025-03-06 10:00,US-S,,,DAL-RDC,,0,SKU-1003,1,0',
    ),
    errors: [[4, 'ship_to_postal_code'], [6, 'shipping_cost'], [7, 'shipped_at'], [8, 'ship_from_location_code'], [8, 'sku_code'], [9, 'external_ref']],
  },
};

/** A change of the good file: one record changed, the others unchanged, one new. */
export const CHANGED_FILES: Record<ImportEntity, { file: string; counts: { new: number; updated: number; unchanged: number } }> = {
  locations: {
    file: csv(
      'code,name,kind,country,city,lat,lng,capacity_units,holding_rate,is_central',
      'MEM-CDC,Memphis central DC,dc,US,Memphis,35.04,-89.97,250000,0.25,true',
      'DAL-RDC,Dallas regional DC,dc,US,Dallas,32.89,-97.04,90000,0.22,false',
      'TOR-3PL,Toronto 3PL,3pl,CA,Toronto,43.68,-79.61,,,false',
      'ATL-RDC,Atlanta regional DC,dc,US,Atlanta,33.64,-84.43,60000,,false',
    ),
    counts: { new: 1, updated: 1, unchanged: 2 },
  },
  regions: {
    file: csv('code,name,country,postal_prefixes', 'US-S,US South,US,75 76 77 78 79', 'US-NE,US Northeast,US,07 08 10 11 12', 'US-W,US West,US,9'),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
  slas: {
    file: csv('region_code,effective_from,target_delivery_days', 'US-S,2025-01-01,2', 'US-NE,2025-01-01,2.5', 'US-NE,2025-07-01,2'),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
  lanes: {
    file: csv('location_code,region_code,mode,transit_days', 'DAL-RDC,US-S,parcel,1.5', 'MEM-CDC,US-S,ltl,2.5', 'DAL-RDC,US-NE,parcel,3'),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
  transfer_lanes: {
    file: csv('from_location_code,to_location_code,transit_days,customs_days', 'MEM-CDC,DAL-RDC,2,0', 'MEM-CDC,TOR-3PL,3,3', 'DAL-RDC,MEM-CDC,2,'),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
  suppliers: {
    file: csv('code,name,country,lead_time_days,lead_time_sd_days', 'SZ-ELEC,Shenzhen Electronics,CN,45,6', 'TW-COMP,Taipei Components,TW,40,4.5', 'KR-DISP,Seoul Displays,KR,30,'),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
  skus: {
    file: csv('code,name,unit_cost,supplier_code', 'SKU-1001,USB-C charger 65W,11.40,SZ-ELEC', 'SKU-1002,Headphones,64.50,TW-COMP', 'SKU-1004,Power bank,14.00,SZ-ELEC'),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
  stock_levels: {
    file: csv('sku_code,location_code,on_hand', 'SKU-1001,MEM-CDC,1200', 'SKU-1001,DAL-RDC,300', 'SKU-1003,MEM-CDC,50'),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
  purchase_orders: {
    file: csv(
      'po_number,supplier_code,arrival_location_code,status,sku_code,qty',
      '4500012345,SZ-ELEC,MEM-CDC,in_transit,SKU-1001,2400',
      '4500012345,SZ-ELEC,MEM-CDC,in_transit,SKU-1003,5000',
      '4500012346,TW-COMP,DAL-RDC,in_transit,SKU-1002,300',
      '4500012347,TW-COMP,DAL-RDC,,SKU-1002,100',
    ),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
  orders: {
    file: csv(
      'external_ref,ordered_at,region_code,ship_to_postal_code,ship_to_country,channel,ship_from_location_code,promised_at,shipped_at,delivered_at,shipping_cost,sku_code,qty_ordered,qty_shipped,qty_backordered,unit_price',
      'SO-1,2025-03-03 09:14,US-S,,,web,DAL-RDC,2025-03-05 18:00,2025-03-03 16:40,2025-03-05 11:02,8.90,SKU-1001,2,2,0,29.99',
      'SO-1,2025-03-03 09:14,US-S,,,web,DAL-RDC,2025-03-05 18:00,2025-03-03 16:40,2025-03-05 11:02,8.90,SKU-1003,3,3,0,9.99',
      'SO-3,2025-03-04 15:30,,M5V 2T6,CA,b2b,TOR-3PL,,2025-03-05 08:00,,0,SKU-1001,10,10,0,25.00',
      'SO-4,2025-03-06 08:00,US-NE,,,web,MEM-CDC,,,,4.20,SKU-1002,1,0,1,149',
    ),
    counts: { new: 1, updated: 1, unchanged: 1 },
  },
};

