/**
 * Recomputes a tenant's rollups from raw rows, set-based (`npm run db:rebuild-rollups`, the seed, the
 * benchmark): kpi_daily and sku_daily from orders and order_lines, inventory_daily from the stock ledger.
 * The same DESIGN.md §6 definitions as the incremental write path (server/services/orders/rollup.ts and
 * server/services/stock/inventory-rollup.ts), written a second time as whole-table statements; the
 * property test (tests/integration/rollups-property.test.ts) holds both to the raw-row KPIs.
 *
 * inventory_daily gets one row per location and local day with a movement: the running sum of the
 * ledger, valued at the SKUs' current unit cost. Readers carry a location's last row forward (a day
 * without movements has the previous day's stock), so this equals a row for every day.
 *
 * Runs in the caller's transaction (one tenant, withTenant): a rebuild commits whole or not at all.
 *
 * Each statement reads every row of the tenant, so hash joins are always the right plan; right after a
 * bulk write (the seed, a large import) the statistics still describe the old tables and the planner can
 * pick nested loops over a grouped subquery, which is quadratic (a 120,000-line seed took more than seven
 * minutes instead of seconds). So each runs through `executeWithoutNestedLoops` (db/planner-settings.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { executeWithoutNestedLoops } from '@/db/planner-settings';
import type { RollupContext } from '../orders/rollup';

export type RollupTable = 'kpi_daily' | 'sku_daily' | 'inventory_daily';
export const ROLLUP_TABLES: readonly RollupTable[] = ['kpi_daily', 'sku_daily', 'inventory_daily'];

export type RebuildCounts = Record<RollupTable, number>;

function localDay(tz: string): SQL {
  return sql`(o.ordered_at at time zone ${tz})::date`;
}

/** Per order (or per order x SKU with `bySku`): the §6 facts of one not-cancelled, rolled-up order. */
function perOrder(ctx: RollupContext, bySku: boolean): SQL {
  const tenant = ctx.tenant.id;
  const tz = ctx.tenant.timezone;
  const skuColumn = bySku ? sql`l.sku_id,` : sql``;
  const skuGroup = bySku ? sql`, l.sku_id` : sql``;
  return sql`
    select ${localDay(tz)} as day, o.region_id, o.ship_from_location_id as location_id, ${bySku ? sql`t.sku_id,` : sql``}
           o.shipping_cost, coalesce(t.units_ordered, 0) as units_ordered, coalesce(t.units_shipped, 0) as units_shipped,
           coalesce(t.units_shipped_first, 0) as units_shipped_first, coalesce(t.units_backordered, 0) as units_backordered,
           coalesce(t.complete, false) as complete, coalesce(t.cogs, 0) as cogs, coalesce(t.revenue, 0) as revenue,
           coalesce(t.backordered_value, 0) as backordered_value,
           o.delivered_at is not null as delivered,
           extract(epoch from (o.delivered_at - o.ordered_at)) / 86400 as delivery_days,
           case
             when o.delivered_at is null then false
             when o.promised_at is not null then o.delivered_at <= o.promised_at
             else coalesce(extract(epoch from (o.delivered_at - o.ordered_at)) / 86400 <= (
               select sl.target_delivery_days from slas sl
               where sl.tenant_id = ${tenant} and sl.region_id = o.region_id and sl.effective_from <= ${localDay(tz)}
               order by sl.effective_from desc limit 1), false)
           end as on_time
    from orders o
    ${bySku ? sql`join` : sql`left join`} (
      select l.order_id, ${skuColumn}
             sum(l.qty_ordered) as units_ordered, sum(l.qty_shipped) as units_shipped,
             sum(l.qty_shipped_first) as units_shipped_first, sum(l.qty_backordered) as units_backordered,
             bool_and(l.qty_shipped_first = l.qty_ordered) as complete, sum(l.qty_shipped * s.unit_cost) as cogs,
             sum(l.qty_ordered * l.unit_price) as revenue, sum(l.qty_backordered * l.unit_price) as backordered_value
      from order_lines l
      join skus s on s.tenant_id = l.tenant_id and s.id = l.sku_id
      where l.tenant_id = ${tenant}
      group by l.order_id${skuGroup}
    ) t on t.order_id = o.id
    where o.tenant_id = ${tenant} and o.status <> 'cancelled' and o.ship_from_location_id is not null`;
}

async function count(ctx: RollupContext, table: RollupTable): Promise<number> {
  const [row] = resultRows<{ n: string }>(await ctx.tx.execute(sql`select count(*) as n from ${sql.identifier(table)} where tenant_id = ${ctx.tenant.id}`));
  return Number(row?.n ?? 0);
}

export async function rebuildKpiDaily(ctx: RollupContext): Promise<number> {
  const tenant = ctx.tenant.id;
  await ctx.tx.execute(sql`delete from kpi_daily where tenant_id = ${tenant}`);
  await executeWithoutNestedLoops(ctx.tx, sql`
    insert into kpi_daily (
      tenant_id, id, day, region_id, location_id, orders_count, units_ordered, units_shipped, units_shipped_first,
      units_backordered, complete_orders, delivered_orders, on_time_orders, delivery_days_sum, shipping_cost_sum,
      cogs_shipped, revenue_ordered, backordered_value, created_at, updated_at)
    select ${tenant}, footprint_uuidv7(), p.day, p.region_id, p.location_id,
           count(*)::int, sum(p.units_ordered)::int, sum(p.units_shipped)::int, sum(p.units_shipped_first)::int,
           sum(p.units_backordered)::int, (count(*) filter (where p.complete))::int, (count(*) filter (where p.delivered))::int,
           (count(*) filter (where p.on_time))::int, coalesce(sum(p.delivery_days) filter (where p.delivered), 0),
           sum(p.shipping_cost), sum(p.cogs), sum(p.revenue), sum(p.backordered_value), now(), now()
    from (${perOrder(ctx, false)}) p
    group by p.day, p.region_id, p.location_id`);
  return count(ctx, 'kpi_daily');
}

export async function rebuildSkuDaily(ctx: RollupContext): Promise<number> {
  const tenant = ctx.tenant.id;
  await ctx.tx.execute(sql`delete from sku_daily where tenant_id = ${tenant}`);
  await executeWithoutNestedLoops(ctx.tx, sql`
    insert into sku_daily (
      tenant_id, id, day, sku_id, region_id, location_id, orders_count, units_ordered, units_shipped, units_shipped_first,
      units_backordered, complete_orders, delivered_orders, on_time_orders, delivery_days_sum, cogs_shipped, revenue_ordered,
      backordered_value, created_at, updated_at)
    select ${tenant}, footprint_uuidv7(), p.day, p.sku_id, p.region_id, p.location_id,
           count(*)::int, sum(p.units_ordered)::int, sum(p.units_shipped)::int, sum(p.units_shipped_first)::int,
           sum(p.units_backordered)::int, (count(*) filter (where p.complete))::int, (count(*) filter (where p.delivered))::int,
           (count(*) filter (where p.on_time))::int, coalesce(sum(p.delivery_days) filter (where p.delivered), 0),
           sum(p.cogs), sum(p.revenue), sum(p.backordered_value), now(), now()
    from (${perOrder(ctx, true)}) p
    group by p.day, p.region_id, p.location_id, p.sku_id`);
  return count(ctx, 'sku_daily');
}

export async function rebuildInventoryDaily(ctx: RollupContext): Promise<number> {
  const tenant = ctx.tenant.id;
  const tz = ctx.tenant.timezone;
  await ctx.tx.execute(sql`delete from inventory_daily where tenant_id = ${tenant}`);
  await executeWithoutNestedLoops(ctx.tx, sql`
    insert into inventory_daily (tenant_id, id, day, location_id, units, value, created_at, updated_at)
    select ${tenant}, footprint_uuidv7(), d.day, d.location_id,
           (sum(d.units) over w)::int, greatest(sum(d.value) over w, 0), now(), now()
    from (
      select (m.occurred_at at time zone ${tz})::date as day, m.location_id, sum(m.qty) as units, sum(m.qty * s.unit_cost) as value
      from stock_movements m
      join skus s on s.tenant_id = m.tenant_id and s.id = m.sku_id
      where m.tenant_id = ${tenant}
      group by 1, 2
    ) d
    window w as (partition by d.location_id order by d.day)`);
  return count(ctx, 'inventory_daily');
}

/** Rebuilds the given rollups (all by default) of the context's tenant; returns the rows each now has. */
export async function rebuildRollups(ctx: RollupContext, tables: readonly RollupTable[] = ROLLUP_TABLES): Promise<Partial<RebuildCounts>> {
  const out: Partial<RebuildCounts> = {};
  if (tables.includes('kpi_daily')) out.kpi_daily = await rebuildKpiDaily(ctx);
  if (tables.includes('sku_daily')) out.sku_daily = await rebuildSkuDaily(ctx);
  if (tables.includes('inventory_daily')) out.inventory_daily = await rebuildInventoryDaily(ctx);
  return out;
}
