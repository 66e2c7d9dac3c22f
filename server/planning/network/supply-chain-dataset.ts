/**
 * Parsers for the Brunel "Supply Chain Logistics Problem" dataset (Kalganova & Dzalbs, 2019, figshare
 * doi 10.17633/rd.brunel.7558679). Pure: each function takes the CSV TEXT of one file (not a path) and returns
 * typed rows; a bad cell throws `SupplyChainCsvError` naming the file, the line and the column.
 *
 * Quirks handled: Windows line ends and a UTF-8 BOM; header names are trimmed (`Daily Capacity ` has a trailing
 * space); money cells like ` $43.23 ` and quoted thousands like "9,999.99"; mode cells padded (`AIR   `);
 * WhCosts.csv ends with an empty `,` record (blank records are skipped).
 *
 * Units as in the dataset: warehouse cost in $/unit; capacity in orders/day; freight `rate` in $/kg and
 * `minimum cost` in $/shipment; weights in kg; transit in days.
 */
import Papa from 'papaparse';

export class SupplyChainCsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string,
    detail: string,
  ) {
    super(`${file}, line ${line}, column "${column}": ${detail}`);
    this.name = 'SupplyChainCsvError';
  }
}

export interface WarehouseCost { plantId: string; costPerUnit: number }
export interface WarehouseCapacity { plantId: string; ordersPerDay: number }
export interface PlantPort { plantId: string; portId: string }
export interface PlantProduct { plantId: string; productId: string }
export interface VmiCustomer { plantId: string; customerId: string }
export interface FreightRate {
  carrierId: string;
  originPortId: string;
  destinationPortId: string;
  minWeightKg: number;
  maxWeightKg: number;
  /** DTD door-to-door, DTP door-to-port. */
  serviceCode: string;
  minimumCostPerShipment: number;
  ratePerKg: number;
  mode: string;
  transitDays: number;
  carrierType: string;
}
export interface Order {
  orderId: string;
  orderDate: string;
  originPortId: string;
  carrierId: string;
  transitDays: number;
  /** DTD, DTP or CRF (customer-arranged freight). */
  serviceLevel: string;
  shipAheadDays: number;
  shipLateDays: number;
  customerId: string;
  productId: string;
  plantId: string;
  destinationPortId: string;
  units: number;
  weightKg: number;
}

type Row = { line: number; get: (column: string) => string };

function rows(file: string, text: string, columns: readonly string[]): Row[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (!header) throw new SupplyChainCsvError(file, 1, '', 'the file is empty');
  const names = header.map((h) => h.trim());
  const index = new Map<string, number>();
  for (const column of columns) {
    const at = names.indexOf(column);
    if (at < 0) throw new SupplyChainCsvError(file, 1, column, `missing column (found: ${names.join(', ')})`);
    index.set(column, at);
  }
  return body
    .map((cells, i) => ({ cells, line: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
    .map(({ cells, line }) => ({ line, get: (column: string) => (cells[index.get(column) ?? -1] ?? '').trim() }));
}

function text(file: string, row: Row, column: string): string {
  const value = row.get(column);
  if (value === '') throw new SupplyChainCsvError(file, row.line, column, 'is empty');
  return value;
}

/** Parses numbers like `43.23`, ` $43.23 `, `9,999.99`. */
function number(file: string, row: Row, column: string): number {
  const raw = text(file, row, column);
  const value = Number(raw.replace(/[$,\s]/g, ''));
  if (!Number.isFinite(value)) throw new SupplyChainCsvError(file, row.line, column, `"${raw}" is not a number`);
  return value;
}

export function parseWarehouseCosts(csv: string): WarehouseCost[] {
  const f = 'WhCosts.csv';
  return rows(f, csv, ['WH', 'Cost/unit']).map((r) => ({ plantId: text(f, r, 'WH'), costPerUnit: number(f, r, 'Cost/unit') }));
}

export function parseWarehouseCapacities(csv: string): WarehouseCapacity[] {
  const f = 'WhCapacities.csv';
  return rows(f, csv, ['Plant ID', 'Daily Capacity']).map((r) => ({ plantId: text(f, r, 'Plant ID'), ordersPerDay: number(f, r, 'Daily Capacity') }));
}

export function parsePlantPorts(csv: string): PlantPort[] {
  const f = 'PlantPorts.csv';
  return rows(f, csv, ['Plant Code', 'Port']).map((r) => ({ plantId: text(f, r, 'Plant Code'), portId: text(f, r, 'Port') }));
}

export function parseProductsPerPlant(csv: string): PlantProduct[] {
  const f = 'ProductsPerPlant.csv';
  return rows(f, csv, ['Plant Code', 'Product ID']).map((r) => ({ plantId: text(f, r, 'Plant Code'), productId: text(f, r, 'Product ID') }));
}

export function parseVmiCustomers(csv: string): VmiCustomer[] {
  const f = 'VmiCustomers.csv';
  return rows(f, csv, ['Plant Code', 'Customers']).map((r) => ({ plantId: text(f, r, 'Plant Code'), customerId: text(f, r, 'Customers') }));
}

export function parseFreightRates(csv: string): FreightRate[] {
  const f = 'FreightRates.csv';
  const columns = ['Carrier', 'orig_port_cd', 'dest_port_cd', 'minm_wgh_qty', 'max_wgh_qty', 'svc_cd', 'minimum cost', 'rate', 'mode_dsc', 'tpt_day_cnt', 'Carrier type'];
  return rows(f, csv, columns).map((r) => ({
    carrierId: text(f, r, 'Carrier'),
    originPortId: text(f, r, 'orig_port_cd'),
    destinationPortId: text(f, r, 'dest_port_cd'),
    minWeightKg: number(f, r, 'minm_wgh_qty'),
    maxWeightKg: number(f, r, 'max_wgh_qty'),
    serviceCode: text(f, r, 'svc_cd'),
    minimumCostPerShipment: number(f, r, 'minimum cost'),
    ratePerKg: number(f, r, 'rate'),
    mode: text(f, r, 'mode_dsc'),
    transitDays: number(f, r, 'tpt_day_cnt'),
    carrierType: text(f, r, 'Carrier type'),
  }));
}

export function parseOrderList(csv: string): Order[] {
  const f = 'OrderList.csv';
  const columns = ['Order ID', 'Order Date', 'Origin Port', 'Carrier', 'TPT', 'Service Level', 'Ship ahead day count', 'Ship Late Day count', 'Customer', 'Product ID', 'Plant Code', 'Destination Port', 'Unit quantity', 'Weight'];
  return rows(f, csv, columns).map((r) => ({
    orderId: text(f, r, 'Order ID'),
    orderDate: text(f, r, 'Order Date'),
    originPortId: text(f, r, 'Origin Port'),
    carrierId: text(f, r, 'Carrier'),
    transitDays: number(f, r, 'TPT'),
    serviceLevel: text(f, r, 'Service Level'),
    shipAheadDays: number(f, r, 'Ship ahead day count'),
    shipLateDays: number(f, r, 'Ship Late Day count'),
    customerId: text(f, r, 'Customer'),
    productId: text(f, r, 'Product ID'),
    plantId: text(f, r, 'Plant Code'),
    destinationPortId: text(f, r, 'Destination Port'),
    units: number(f, r, 'Unit quantity'),
    weightKg: number(f, r, 'Weight'),
  }));
}

export interface SupplyChainDataset {
  warehouseCosts: WarehouseCost[];
  warehouseCapacities: WarehouseCapacity[];
  plantPorts: PlantPort[];
  freightRates: FreightRate[];
  orders: Order[];
  productsPerPlant?: PlantProduct[];
  vmiCustomers?: VmiCustomer[];
}

/** Parses all files at once; the two restriction files are optional. */
export function parseSupplyChainDataset(csv: {
  whCosts: string;
  whCapacities: string;
  plantPorts: string;
  freightRates: string;
  orderList: string;
  productsPerPlant?: string;
  vmiCustomers?: string;
}): SupplyChainDataset {
  return {
    warehouseCosts: parseWarehouseCosts(csv.whCosts),
    warehouseCapacities: parseWarehouseCapacities(csv.whCapacities),
    plantPorts: parsePlantPorts(csv.plantPorts),
    freightRates: parseFreightRates(csv.freightRates),
    orders: parseOrderList(csv.orderList),
    ...(csv.productsPerPlant !== undefined ? { productsPerPlant: parseProductsPerPlant(csv.productsPerPlant) } : {}),
    ...(csv.vmiCustomers !== undefined ? { vmiCustomers: parseVmiCustomers(csv.vmiCustomers) } : {}),
  };
}
