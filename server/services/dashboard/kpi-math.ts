/**
 * The KPI figures of DESIGN.md §6 from rollup sums (pure, tested in tests/integration/dashboard-math
 * and held to raw rows by the property test). A figure without a denominator is null ("no data"), never 0.
 */
import { kpiFigures, type KpiSums } from '../orders/kpi-figures';
import { addDays } from '../orders/local-time';
import type { DayRange } from './period';

/** kpi_daily (or sku_daily) sums over a set of days. */
export interface OrderSums extends KpiSums {
  unitsBackordered: number;
  /** Units backordered x unit price: the stockout value. */
  backorderedValue: number;
  /** Units shipped x unit cost. */
  cogsShipped: number;
}

export const ZERO_SUMS: OrderSums = {
  ordersCount: 0,
  unitsOrdered: 0,
  unitsShipped: 0,
  unitsShippedFirst: 0,
  completeOrders: 0,
  deliveredOrders: 0,
  onTimeOrders: 0,
  deliveryDaysSum: 0,
  shippingCostSum: 0,
  unitsBackordered: 0,
  backorderedValue: 0,
  cogsShipped: 0,
};

export function addSums(a: OrderSums, b: OrderSums): OrderSums {
  const out = { ...a };
  for (const k of Object.keys(ZERO_SUMS) as (keyof OrderSums)[]) out[k] = a[k] + b[k];
  return out;
}

/** Sums of the days of `range` from a day -> sums map. */
export function sumRange(daily: ReadonlyMap<string, OrderSums>, r: DayRange): OrderSums {
  let out = ZERO_SUMS;
  for (let d = r.from; d <= r.to; d = addDays(d, 1)) {
    const s = daily.get(d);
    if (s) out = addSums(out, s);
  }
  return out;
}

/** Inventory at the end of a day: units on hand, value at unit cost, and value x holding rate (per year). */
export interface InventoryPoint {
  units: number;
  value: number;
  /** Sum over locations of value x the location's annual holding rate. */
  holdingValue: number;
}

export interface KpiInputs {
  range: DayRange;
  orders: OrderSums;
  /** Inventory at the range's last day; null when the view has no inventory (a region). */
  inventory: InventoryPoint | null;
  /** Units ordered in the 90 days ending on the range's last day (days of supply). */
  unitsOrdered90: number;
  /** Cost of units shipped in the 365 days ending on the range's last day, and the average inventory value over them (turnover). */
  cogs365: number;
  avgInventoryValue365: number | null;
}

export interface KpiValues {
  avgDeliveryDays: number | null;
  onTimeRate: number | null;
  shippingCostPerUnit: number | null;
  orderFillRate: number | null;
  lineFillRate: number | null;
  inventoryValue: number | null;
  carryingCost: number | null;
  turnover: number | null;
  daysOfSupply: number | null;
  stockoutValue: number | null;
}

const ratio = (n: number, d: number | null): number | null => (d !== null && d > 0 ? n / d : null);

/** Days of supply (§6): on hand / average daily demand over the trailing 90 days. */
export function daysOfSupply(onHandUnits: number, unitsOrdered90: number): number | null {
  return ratio(onHandUnits, unitsOrdered90 / 90);
}

/** Carrying cost (§6): value x holding rate x days / 365, summed over locations (holdingValue = sum of value x rate). */
export function carryingCost(holdingValue: number, days: number): number {
  return (holdingValue * days) / 365;
}

export function kpiValues(i: KpiInputs): KpiValues {
  const f = kpiFigures(i.orders);
  return {
    ...f,
    inventoryValue: i.inventory?.value ?? null,
    carryingCost: i.inventory ? carryingCost(i.inventory.holdingValue, i.range.days) : null,
    turnover: i.inventory ? ratio(i.cogs365, i.avgInventoryValue365) : null,
    daysOfSupply: i.inventory ? daysOfSupply(i.inventory.units, i.unitsOrdered90) : null,
    stockoutValue: i.orders.ordersCount > 0 || i.orders.backorderedValue > 0 ? i.orders.backorderedValue : 0,
  };
}

/**
 * Average of a step function over [from, to]: `points` are (day, value) changes sorted by day; the value
 * before the first point is `initial`. The average inventory value of turnover, from inventory_daily rows
 * that a location only has on days its stock moved.
 */
export function stepAverage(initial: number, points: readonly { day: string; value: number }[], from: string, to: string): number {
  const total = Date.parse(`${to}T00:00:00Z`) / 86_400_000 - Date.parse(`${from}T00:00:00Z`) / 86_400_000 + 1;
  let current = initial;
  let cursor = from;
  let area = 0;
  const span = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
  for (const p of points) {
    if (p.day < from) {
      current = p.value;
      continue;
    }
    if (p.day > to) break;
    area += current * span(cursor, p.day);
    current = p.value;
    cursor = p.day;
  }
  area += current * (span(cursor, to) + 1);
  return area / total;
}

/** Change of a figure against its baseline: absolute and relative (null when either side is missing). */
export function change(value: number | null, baseline: number | null): { absolute: number | null; relative: number | null } {
  if (value === null || baseline === null) return { absolute: null, relative: null };
  return { absolute: value - baseline, relative: baseline !== 0 ? (value - baseline) / Math.abs(baseline) : null };
}
