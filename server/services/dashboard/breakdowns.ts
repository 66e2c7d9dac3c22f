/**
 * The dashboard's tables: by region (SLA target vs actual, the gap in words, worst first), by location
 * (stock value, days of supply, excess, stockout, orders served) and by SKU (the drill-downs' table).
 */
import { sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { kpiFigures } from '../orders/kpi-figures';
import { addDays } from '../orders/local-time';
import { daysOfSupply, type OrderSums } from './kpi-math';
import { inventoryByLocation } from './inventory-queries';
import { groupedOrderSums } from './order-queries';
import { range, resolveView } from './period';
import { excessByLocation, latestSucceededRun } from './planning-queries';
import { todayOf, type ReadKpisArgs } from './read-kpis';
import { ON_TIME_TARGET, regionsWithTargets } from './targets';

export interface RegionRow {
  id: string;
  code: string;
  name: string;
  orders: number;
  deliveredOrders: number;
  avgDeliveryDays: number | null;
  targetDeliveryDays: number | null;
  onTimeRate: number | null;
  onTimeTarget: number;
  lineFillRate: number | null;
  targetFillRate: number | null;
  shippingCostPerUnit: number | null;
  stockoutValue: number;
  /** Target minus actual on-time share (positive = short of target); null without deliveries. */
  onTimeGap: number | null;
  /** Actual minus target delivery days (positive = slower than promised). */
  daysGap: number | null;
  /** "US-West: 3.4 days vs a 2-day SLA, 81% on time vs 95%". */
  summary: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => (Math.round(x * 10) / 10).toString();

/** The gap in words, as an account manager would say it. Pure. */
export function regionSummary(r: Pick<RegionRow, 'code' | 'avgDeliveryDays' | 'targetDeliveryDays' | 'onTimeRate' | 'onTimeTarget' | 'deliveredOrders'>): string {
  if (r.deliveredOrders === 0 || r.avgDeliveryDays === null) return `${r.code}: no delivered orders in the period`;
  const days = r.targetDeliveryDays === null ? `${num(r.avgDeliveryDays)} days (no SLA set)` : `${num(r.avgDeliveryDays)} days vs a ${num(r.targetDeliveryDays)}-day SLA`;
  const onTime = r.onTimeRate === null ? '' : `, ${pct(r.onTimeRate)} on time vs ${pct(r.onTimeTarget)}`;
  return `${r.code}: ${days}${onTime}`;
}

/** Worst first: the biggest on-time shortfall, then the slowest against the SLA; regions without data last. */
export function compareRegions(a: RegionRow, b: RegionRow): number {
  const ga = a.onTimeGap ?? -Infinity;
  const gb = b.onTimeGap ?? -Infinity;
  if (ga !== gb) return gb - ga;
  const da = a.daysGap ?? -Infinity;
  const db = b.daysGap ?? -Infinity;
  if (da !== db) return db - da;
  return a.code.localeCompare(b.code);
}

type Args = Omit<ReadKpisArgs, 'baseline'> & { baseline?: ReadKpisArgs['baseline']; withExcess?: boolean };

function periodOf(args: Args) {
  return resolveView(args.period, args.baseline ?? { kind: 'previous' }, todayOf(args.ctx, args.asOf, args.now)).period;
}

export async function readRegionTable(args: Args): Promise<RegionRow[]> {
  const { ctx, filter = {} } = args;
  const p = periodOf(args);
  const regions = await regionsWithTargets(ctx, p.to);
  const sums = await groupedOrderSums(ctx, p, 'region', filter);
  return regions
    .filter((r) => (filter.regionId ? r.id === filter.regionId : !r.archived || sums.has(r.id)))
    .map((r) => {
      const s = sums.get(r.id);
      const f = s ? kpiFigures(s) : null;
      const row: Omit<RegionRow, 'summary'> = {
        id: r.id,
        code: r.code,
        name: r.name,
        orders: s?.ordersCount ?? 0,
        deliveredOrders: s?.deliveredOrders ?? 0,
        avgDeliveryDays: f?.avgDeliveryDays ?? null,
        targetDeliveryDays: r.targetDeliveryDays,
        onTimeRate: f?.onTimeRate ?? null,
        onTimeTarget: ON_TIME_TARGET,
        lineFillRate: f?.lineFillRate ?? null,
        targetFillRate: r.targetFillRate,
        shippingCostPerUnit: filter.skuId ? null : (f?.shippingCostPerUnit ?? null),
        stockoutValue: s?.backorderedValue ?? 0,
        onTimeGap: f?.onTimeRate == null ? null : ON_TIME_TARGET - f.onTimeRate,
        daysGap: f?.avgDeliveryDays == null || r.targetDeliveryDays === null ? null : f.avgDeliveryDays - r.targetDeliveryDays,
      };
      return { ...row, summary: regionSummary(row) };
    })
    .sort(compareRegions);
}

export interface LocationRow {
  id: string;
  code: string;
  name: string;
  active: boolean;
  units: number;
  stockValue: number;
  daysOfSupply: number | null;
  /** Null when there is no planning run to measure against (or it was not asked for: withExcess). */
  excessValue: number | null;
  stockoutValue: number;
  ordersServed: number;
  onTimeRate: number | null;
}

export async function readLocationTable(args: Args): Promise<LocationRow[]> {
  const { ctx, filter = {} } = args;
  const p = periodOf(args);
  const scope = filter.regionId ? { regionId: filter.regionId } : filter;
  const locations = resultRows<{ id: string; code: string; name: string; active: boolean }>(
    await ctx.tx.execute(sql`
      select id, code, name, archived_at is null as active from locations
      where tenant_id = ${ctx.tenant.id} ${filter.locationId ? sql`and id = ${filter.locationId}` : sql``} order by code`),
  );
  const served = await groupedOrderSums(ctx, p, 'location', scope);
  const demand90 = await groupedOrderSums(ctx, range(addDays(p.to, -89), p.to), 'location', filter.skuId ? { skuId: filter.skuId } : {});
  const stock = (await inventoryByLocation(ctx, [p.to], filter.skuId ? { skuId: filter.skuId } : {})).get(p.to);
  // Excess needs the planning run's targets: only when asked (the page merges dashboard.planning's figures).
  const run = args.withExcess ? await latestSucceededRun(ctx) : null;
  const excess = run ? await excessByLocation(ctx, run.id, filter.skuId ? { skuId: filter.skuId } : {}) : null;
  return locations
    .filter((l) => !filter.regionId || served.has(l.id))
    .map((l) => {
      const s: OrderSums | undefined = served.get(l.id);
      const inv = stock?.get(l.id);
      return {
        id: l.id,
        code: l.code,
        name: l.name,
        active: Boolean(l.active),
        units: inv?.units ?? 0,
        stockValue: inv?.value ?? 0,
        daysOfSupply: daysOfSupply(inv?.units ?? 0, demand90.get(l.id)?.unitsOrdered ?? 0),
        excessValue: excess ? (excess.get(l.id) ?? 0) : null,
        stockoutValue: s?.backorderedValue ?? 0,
        ordersServed: s?.ordersCount ?? 0,
        onTimeRate: s ? kpiFigures(s).onTimeRate : null,
      };
    })
    .filter((l) => l.active || l.units > 0 || l.ordersServed > 0);
}

export interface SkuRow {
  id: string;
  code: string;
  name: string;
  orders: number;
  unitsOrdered: number;
  lineFillRate: number | null;
  onTimeRate: number | null;
  stockoutValue: number;
}

/** The SKUs of a region or location in the period, by stockout value then units (the top 200). */
export async function readSkuTable(args: Args): Promise<SkuRow[]> {
  const { ctx, filter = {} } = args;
  const p = periodOf(args);
  const sums = await groupedOrderSums(ctx, p, 'sku', filter, { limit: 200 });
  if (sums.size === 0) return [];
  const ids = `{${[...sums.keys()].join(',')}}`;
  const skus = resultRows<{ id: string; code: string; name: string }>(
    await ctx.tx.execute(sql`select id, code, name from skus where tenant_id = ${ctx.tenant.id} and id = any(${ids}::uuid[])`),
  );
  const byId = new Map(skus.map((s) => [s.id, s]));
  return [...sums.entries()]
    .map(([id, s]) => {
      const f = kpiFigures(s);
      return {
        id,
        code: byId.get(id)?.code ?? id,
        name: byId.get(id)?.name ?? '',
        orders: s.ordersCount,
        unitsOrdered: s.unitsOrdered,
        lineFillRate: f.lineFillRate,
        onTimeRate: f.onTimeRate,
        stockoutValue: s.backorderedValue,
      };
    })
    .sort((a, b) => b.stockoutValue - a.stockoutValue || b.unitsOrdered - a.unitsOrdered || a.code.localeCompare(b.code));
}
