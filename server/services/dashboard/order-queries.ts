/**
 * Order KPI sums from the rollups: kpi_daily for the network, a region or a ship-from location;
 * sku_daily for a SKU. Never raw order lines.
 */
import { sql, type SQL } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import type { TenantServiceContext } from '../context';
import { ZERO_SUMS, type OrderSums } from './kpi-math';
import type { DayRange } from './period';
import type { DashboardFilter } from './schemas';

export type ReadContext = Pick<TenantServiceContext, 'tx' | 'tenant'>;

/** The rollup table and condition a filter reads. */
function source(ctx: ReadContext, filter: DashboardFilter): { table: SQL; where: SQL; shipping: SQL } {
  const t = ctx.tenant.id;
  if (filter.skuId) return { table: sql`sku_daily`, where: sql`tenant_id = ${t} and sku_id = ${filter.skuId}`, shipping: sql`0` };
  const where = filter.regionId
    ? sql`tenant_id = ${t} and region_id = ${filter.regionId}`
    : filter.locationId
      ? sql`tenant_id = ${t} and location_id = ${filter.locationId}`
      : sql`tenant_id = ${t}`;
  return { table: sql`kpi_daily`, where, shipping: sql`shipping_cost_sum` };
}

function sumColumns(shipping: SQL): SQL {
  return sql`coalesce(sum(orders_count), 0)::float8 as orders_count, coalesce(sum(units_ordered), 0)::float8 as units_ordered,
    coalesce(sum(units_shipped), 0)::float8 as units_shipped, coalesce(sum(units_shipped_first), 0)::float8 as units_shipped_first,
    coalesce(sum(complete_orders), 0)::float8 as complete_orders, coalesce(sum(delivered_orders), 0)::float8 as delivered_orders,
    coalesce(sum(on_time_orders), 0)::float8 as on_time_orders, coalesce(sum(delivery_days_sum), 0)::float8 as delivery_days_sum,
    coalesce(sum(${shipping}), 0)::float8 as shipping_cost_sum, coalesce(sum(units_backordered), 0)::float8 as units_backordered,
    coalesce(sum(backordered_value), 0)::float8 as backordered_value, coalesce(sum(cogs_shipped), 0)::float8 as cogs_shipped`;
}

interface SumRow {
  orders_count: number;
  units_ordered: number;
  units_shipped: number;
  units_shipped_first: number;
  complete_orders: number;
  delivered_orders: number;
  on_time_orders: number;
  delivery_days_sum: number;
  shipping_cost_sum: number;
  units_backordered: number;
  backordered_value: number;
  cogs_shipped: number;
}

export function toSums(r: SumRow | undefined): OrderSums {
  if (!r) return ZERO_SUMS;
  return {
    ordersCount: Number(r.orders_count),
    unitsOrdered: Number(r.units_ordered),
    unitsShipped: Number(r.units_shipped),
    unitsShippedFirst: Number(r.units_shipped_first),
    completeOrders: Number(r.complete_orders),
    deliveredOrders: Number(r.delivered_orders),
    onTimeOrders: Number(r.on_time_orders),
    deliveryDaysSum: Number(r.delivery_days_sum),
    shippingCostSum: Number(r.shipping_cost_sum),
    unitsBackordered: Number(r.units_backordered),
    backorderedValue: Number(r.backordered_value),
    cogsShipped: Number(r.cogs_shipped),
  };
}

function inRanges(ranges: readonly DayRange[]): SQL {
  if (ranges.length === 0) return sql`false`;
  return sql.join(
    ranges.map((r) => sql`(day between ${r.from}::date and ${r.to}::date)`),
    sql` or `,
  );
}

/** Merges overlapping or adjacent ranges so each day is read once. */
export function mergeRanges(ranges: readonly DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from));
  const out: DayRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) {
      if (r.to > last.to) out[out.length - 1] = { from: last.from, to: r.to, days: 0 };
    } else out.push({ ...r });
  }
  return out;
}

/** Sums per local day over the days of `ranges` (one scan; each day once). */
export async function dailyOrderSums(ctx: ReadContext, ranges: readonly DayRange[], filter: DashboardFilter): Promise<Map<string, OrderSums>> {
  const { table, where, shipping } = source(ctx, filter);
  const rows = resultRows<SumRow & { day: string }>(
    await ctx.tx.execute(sql`
      select day::text as day, ${sumColumns(shipping)}
      from ${table} where ${where} and (${inRanges(mergeRanges(ranges))})
      group by day`),
  );
  return new Map(rows.map((r) => [r.day, toSums(r)]));
}

/** Sums over `range` per region, per location or per SKU (the tables of the dashboard and its drill-downs). */
export async function groupedOrderSums(
  ctx: ReadContext,
  range: DayRange,
  by: 'region' | 'location' | 'sku',
  filter: DashboardFilter,
  options: { limit?: number } = {},
): Promise<Map<string, OrderSums>> {
  // SKU rows always come from sku_daily; a SKU filter reads sku_daily too (source() picks it).
  const bySku = by === 'sku';
  const base = source(ctx, bySku ? { ...filter, skuId: undefined } : filter);
  const table = bySku ? sql`sku_daily` : base.table;
  const shipping = bySku ? sql`0` : base.shipping;
  const column = by === 'region' ? sql`region_id` : by === 'location' ? sql`location_id` : sql`sku_id`;
  const limit = options.limit ? sql`order by sum(backordered_value) desc, sum(units_ordered) desc limit ${options.limit}` : sql``;
  const rows = resultRows<SumRow & { key: string }>(
    await ctx.tx.execute(sql`
      select ${column} as key, ${sumColumns(shipping)}
      from ${table} where ${base.where} and day between ${range.from}::date and ${range.to}::date
      group by ${column} ${limit}`),
  );
  return new Map(rows.map((r) => [r.key, toSums(r)]));
}
