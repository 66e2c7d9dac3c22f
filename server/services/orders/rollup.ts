/**
 * Keeps `kpi_daily` current when orders are written: the ONE function every order write path calls (the
 * manual create, the CSV importer after each batch, later the order-status updates), in the caller's
 * transaction.
 *
 * A kpi_daily row is keyed by (local order day in the tenant's time zone, region, ship-from location) and
 * is always RECOMPUTED from orders and order_lines, never incremented, so re-imports and updates are
 * idempotent. Columns follow DESIGN.md §6 (see db/schema/orders.ts#kpiDaily):
 * - orders_count, units_*: every order of the key that is not cancelled, with its lines as they are now;
 * - complete_orders: every line has qty_shipped_first = qty_ordered (shipped complete from stock on the
 *   first shipment); an order without lines is not complete;
 * - delivered_orders: delivered_at is set;
 * - on_time_orders: delivered_at <= promised_at, or, with no promise, delivery days <= the region's SLA
 *   target_delivery_days in force on the local order day (latest effective_from <= that day); a
 *   delivered order with neither a promise nor an SLA counts as delivered, not on time;
 * - delivery_days_sum: sum over delivered orders of (delivered_at - ordered_at) in fractional days;
 * - shipping_cost_sum: orders.shipping_cost; cogs_shipped: qty_shipped x the SKU's current unit cost;
 *   revenue_ordered: qty_ordered x the line's unit price.
 * Cancelled orders are left out of every column. Orders without a ship-from location have no key and
 * are not rolled up (writers assign one before calling this).
 *
 * Keys whose orders have all gone (cancelled, or moved to another region/location/day by an update) are
 * deleted. A writer that changes an order's key must pass the OLD key too: read it with
 * `kpiKeysOfOrders` before the update, then roll up old and new keys together.
 */
import { sql, type SQL } from 'drizzle-orm';
import { resultRows, type Tx } from '@/db/client';
import { newId } from '@/db/schema/ids';

export interface KpiKey {
  /** Local order day, YYYY-MM-DD. */
  day: string;
  regionId: string;
  locationId: string;
}

/** What the rollup needs of a service context (the importer, jobs and the seed can build it too). */
export interface RollupContext {
  tx: Tx;
  tenant: { id: string; timezone: string };
}

export type RollupTarget =
  | { orderIds: readonly string[] }
  | { keys: readonly KpiKey[] }
  /** Every order of an import (the importer after its last batch). */
  | { importId: string }
  /**
   * Every key in a local-day range, inclusive: a repair after a bulk change. With `regionId`, only that
   * region's keys (an SLA change alters the on-time count of its orders without a promise).
   */
  | { days: { from: string; to: string }; regionId?: string };

export interface RollupResult {
  /** Distinct keys recomputed. */
  keys: number;
  /** kpi_daily rows inserted or updated. */
  upserted: number;
  /** kpi_daily rows deleted because no order is left under their key. */
  deleted: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Keys per statement: one array parameter each, so the statement size stays bounded. */
const CHUNK_KEYS = 5_000;

/** A Postgres array literal of validated values, sent as ONE text parameter (`$1::uuid[]`). */
function arrayLiteral(values: readonly string[], pattern: RegExp, what: string): string {
  for (const v of values) if (!pattern.test(v)) throw new Error(`rollup: ${what} "${v}" is malformed`);
  return `{${values.join(',')}}`;
}

/** The local day of `orders.ordered_at` in the tenant's time zone. */
function localDay(tz: string): SQL {
  return sql`(o.ordered_at at time zone ${tz})::date`;
}

/**
 * After an SLA of `regionId` effective from `effectiveFrom` was added, changed or removed: the region's
 * keys from that day on are recomputed (orders without a promise are on time by the SLA in force).
 */
export async function rollupAfterSlaChange(ctx: RollupContext, regionId: string, effectiveFrom: string): Promise<RollupResult> {
  return rollupKpiDaily(ctx, { days: { from: effectiveFrom, to: '9999-12-31' }, regionId });
}

/** The distinct kpi keys orders have now (cancelled ones included: their key may need to shrink). */
export async function kpiKeysOfOrders(ctx: RollupContext, orderIds: readonly string[]): Promise<KpiKey[]> {
  if (orderIds.length === 0) return [];
  const out: KpiKey[] = [];
  for (let i = 0; i < orderIds.length; i += CHUNK_KEYS * 4) {
    const ids = arrayLiteral(orderIds.slice(i, i + CHUNK_KEYS * 4), UUID, 'order id');
    out.push(...(await keysWhere(ctx, sql`o.id = any(${ids}::uuid[])`)));
  }
  return out;
}

async function keysWhere(ctx: RollupContext, condition: SQL): Promise<KpiKey[]> {
  const rows = resultRows<{ day: string; region_id: string; location_id: string }>(
    await ctx.tx.execute(sql`
      select distinct ${localDay(ctx.tenant.timezone)}::text as day, o.region_id, o.ship_from_location_id as location_id
      from orders o
      where o.tenant_id = ${ctx.tenant.id} and o.ship_from_location_id is not null and ${condition}`),
  );
  return rows.map((r) => ({ day: r.day, regionId: r.region_id, locationId: r.location_id }));
}

async function keysOfTarget(ctx: RollupContext, target: RollupTarget): Promise<KpiKey[]> {
  if ('keys' in target) return [...target.keys];
  if ('orderIds' in target) return kpiKeysOfOrders(ctx, target.orderIds);
  if ('importId' in target) {
    if (!UUID.test(target.importId)) throw new Error('rollup: import id is malformed');
    return keysWhere(ctx, sql`o.import_id = ${target.importId}`);
  }
  const { from, to } = target.days;
  if (!DAY.test(from) || !DAY.test(to)) throw new Error('rollup: day range is malformed');
  if (target.regionId !== undefined && !UUID.test(target.regionId)) throw new Error('rollup: region id is malformed');
  const tz = ctx.tenant.timezone;
  const region = (column: SQL) => (target.regionId === undefined ? sql`true` : sql`${column} = ${target.regionId}`);
  const fromOrders = await keysWhere(
    ctx,
    sql`o.ordered_at >= (${from}::date::timestamp at time zone ${tz}) and o.ordered_at < ((${to}::date + 1)::timestamp at time zone ${tz}) and ${region(sql`o.region_id`)}`,
  );
  // Rows of the range whose orders are gone must be found too, so they can be deleted.
  const existing = resultRows<{ day: string; region_id: string; location_id: string }>(
    await ctx.tx.execute(sql`
      select day::text as day, region_id, location_id from kpi_daily
      where tenant_id = ${ctx.tenant.id} and day between ${from}::date and ${to}::date and ${region(sql`region_id`)}`),
  );
  return [...fromOrders, ...existing.map((r) => ({ day: r.day, regionId: r.region_id, locationId: r.location_id }))];
}

function distinctKeys(keys: readonly KpiKey[]): KpiKey[] {
  const seen = new Map<string, KpiKey>();
  for (const k of keys) seen.set(`${k.day}|${k.regionId.toLowerCase()}|${k.locationId.toLowerCase()}`, k);
  return [...seen.values()];
}

/**
 * Recomputes the kpi_daily rows of the orders, keys, import or day range given: one
 * `insert ... select ... group by ... on conflict do update` per chunk of keys, then the deletion of
 * keys left without orders. Runs in the caller's transaction.
 */
export async function rollupKpiDaily(ctx: RollupContext, target: RollupTarget): Promise<RollupResult> {
  const keys = distinctKeys(await keysOfTarget(ctx, target));
  const result: RollupResult = { keys: keys.length, upserted: 0, deleted: 0 };
  for (let i = 0; i < keys.length; i += CHUNK_KEYS) {
    const chunk = keys.slice(i, i + CHUNK_KEYS);
    const { upserted, deleted } = await rollupChunk(ctx, chunk);
    result.upserted += upserted;
    result.deleted += deleted;
  }
  return result;
}

async function rollupChunk(ctx: RollupContext, chunk: KpiKey[]): Promise<{ upserted: number; deleted: number }> {
  const tenant = ctx.tenant.id;
  const tz = ctx.tenant.timezone;
  const days = arrayLiteral(chunk.map((k) => k.day), DAY, 'day');
  const regionIds = arrayLiteral(chunk.map((k) => k.regionId), UUID, 'region id');
  const locationIds = arrayLiteral(chunk.map((k) => k.locationId), UUID, 'location id');
  // UUIDv7 ids made in the app for rows that do not exist yet; an existing row keeps its id.
  const ids = arrayLiteral(chunk.map(() => newId()), UUID, 'id');
  // Each key's local day as an instant range, computed here: under row-level security only leakproof
  // comparisons of plain columns can become index conditions, so the join must not call timezone().
  const keys = sql`
    select k.day, k.region_id, k.location_id, k.new_id,
           k.day::timestamp at time zone ${tz} as starts_at, (k.day + 1)::timestamp at time zone ${tz} as ends_at
    from unnest(${days}::date[], ${regionIds}::uuid[], ${locationIds}::uuid[], ${ids}::uuid[]) as k(day, region_id, location_id, new_id)`;
  const ordersOfKey = sql`
    o.tenant_id = ${tenant} and o.region_id = k.region_id and o.ship_from_location_id = k.location_id
    and o.ordered_at >= k.starts_at and o.ordered_at < k.ends_at and o.status <> 'cancelled'`;

  const deleted = resultRows<{ id: string }>(
    await ctx.tx.execute(sql`
      with keys as materialized (${keys})
      delete from kpi_daily d using keys k
      where d.tenant_id = ${tenant} and d.day = k.day and d.region_id = k.region_id and d.location_id = k.location_id
        and not exists (select 1 from orders o where ${ordersOfKey})
      returning d.id`),
  ).length;

  // LATERAL lookups (the orders of each key by index, the lines of each order by index) keep the work
  // linear in the orders touched whatever the planner's statistics say (PGlite never auto-analyzes).
  const upserted = resultRows<{ id: string }>(
    await ctx.tx.execute(sql`
      with keys as materialized (${keys}),
      per_order as (
        select k.day, k.new_id, k.region_id, k.location_id, o.shipping_cost,
               coalesce(t.units_ordered, 0) as units_ordered, coalesce(t.units_shipped, 0) as units_shipped,
               coalesce(t.units_shipped_first, 0) as units_shipped_first, coalesce(t.units_backordered, 0) as units_backordered,
               coalesce(t.complete, false) as complete, coalesce(t.cogs, 0) as cogs, coalesce(t.revenue, 0) as revenue,
               coalesce(t.backordered_value, 0) as backordered_value,
               o.delivered_at is not null as delivered,
               extract(epoch from (o.delivered_at - o.ordered_at)) / 86400 as delivery_days,
               ${onTime(tenant)} as on_time
        from keys k
        cross join lateral (
          -- offset 0: keep this a per-key index lookup (never flattened into a join over every order).
          select o.id, o.ordered_at, o.promised_at, o.delivered_at, o.shipping_cost from orders o where ${ordersOfKey} offset 0
        ) o
        left join lateral (
          select sum(l.qty_ordered) as units_ordered, sum(l.qty_shipped) as units_shipped,
                 sum(l.qty_shipped_first) as units_shipped_first, sum(l.qty_backordered) as units_backordered,
                 bool_and(l.qty_shipped_first = l.qty_ordered) as complete,
                 sum(l.qty_shipped * (select s.unit_cost from skus s where s.tenant_id = ${tenant} and s.id = l.sku_id)) as cogs,
                 sum(l.qty_ordered * l.unit_price) as revenue,
                 sum(l.qty_backordered * l.unit_price) as backordered_value
          from order_lines l
          where l.tenant_id = ${tenant} and l.order_id = o.id
        ) t on true
      )
      insert into kpi_daily (
        tenant_id, id, day, region_id, location_id, orders_count, units_ordered, units_shipped, units_shipped_first,
        units_backordered, complete_orders, delivered_orders, on_time_orders, delivery_days_sum, shipping_cost_sum,
        cogs_shipped, revenue_ordered, backordered_value, created_at, updated_at)
      select ${tenant}, p.new_id, p.day, p.region_id, p.location_id,
             count(*)::int, sum(p.units_ordered)::int, sum(p.units_shipped)::int, sum(p.units_shipped_first)::int,
             sum(p.units_backordered)::int,
             (count(*) filter (where p.complete))::int, (count(*) filter (where p.delivered))::int,
             (count(*) filter (where p.on_time))::int,
             coalesce(sum(p.delivery_days) filter (where p.delivered), 0), sum(p.shipping_cost), sum(p.cogs), sum(p.revenue),
             sum(p.backordered_value), now(), now()
      from per_order p
      group by p.day, p.region_id, p.location_id, p.new_id
      on conflict (tenant_id, day, region_id, location_id) do update set
        orders_count = excluded.orders_count, units_ordered = excluded.units_ordered, units_shipped = excluded.units_shipped,
        units_shipped_first = excluded.units_shipped_first, units_backordered = excluded.units_backordered,
        complete_orders = excluded.complete_orders, delivered_orders = excluded.delivered_orders,
        on_time_orders = excluded.on_time_orders, delivery_days_sum = excluded.delivery_days_sum,
        shipping_cost_sum = excluded.shipping_cost_sum, cogs_shipped = excluded.cogs_shipped,
        revenue_ordered = excluded.revenue_ordered, backordered_value = excluded.backordered_value, updated_at = now()
      returning id`),
  ).length;

  await rollupSkuChunk(ctx, keys, ordersOfKey);
  return { upserted, deleted };
}

/**
 * On time (DESIGN.md §6) of the order `o` under key `k`: delivered by the promise, or with no promise,
 * within the region's SLA target_delivery_days in force on the local order day; false when undelivered
 * or when there is neither a promise nor an SLA.
 */
function onTime(tenant: string): SQL {
  return sql`(case
                 when o.delivered_at is null then false
                 when o.promised_at is not null then o.delivered_at <= o.promised_at
                 else coalesce(extract(epoch from (o.delivered_at - o.ordered_at)) / 86400 <= (
                   select sl.target_delivery_days from slas sl
                   where sl.tenant_id = ${tenant} and sl.region_id = k.region_id and sl.effective_from <= k.day
                   order by sl.effective_from desc limit 1), false)
               end)`;
}

/**
 * sku_daily for the same keys (db/schema/orders.ts#skuDaily): the key's rows are replaced whole (the set
 * of SKUs under a key changes when lines do), in the same transaction as kpi_daily.
 */
async function rollupSkuChunk(ctx: RollupContext, keys: SQL, ordersOfKey: SQL): Promise<void> {
  const tenant = ctx.tenant.id;
  await ctx.tx.execute(sql`
    with keys as materialized (${keys})
    delete from sku_daily d using keys k
    where d.tenant_id = ${tenant} and d.day = k.day and d.region_id = k.region_id and d.location_id = k.location_id`);
  await ctx.tx.execute(sql`
    with keys as materialized (${keys}),
    per_order_sku as (
      select k.day, k.region_id, k.location_id, l.sku_id,
             sum(l.qty_ordered) as units_ordered, sum(l.qty_shipped) as units_shipped,
             sum(l.qty_shipped_first) as units_shipped_first, sum(l.qty_backordered) as units_backordered,
             bool_and(l.qty_shipped_first = l.qty_ordered) as complete,
             sum(l.qty_shipped * (select s.unit_cost from skus s where s.tenant_id = ${tenant} and s.id = l.sku_id)) as cogs,
             sum(l.qty_ordered * l.unit_price) as revenue, sum(l.qty_backordered * l.unit_price) as backordered_value,
             bool_or(o.delivered_at is not null) as delivered,
             max(extract(epoch from (o.delivered_at - o.ordered_at)) / 86400) as delivery_days,
             bool_or(${onTime(tenant)}) as on_time
      from keys k
      cross join lateral (
        select o.id, o.ordered_at, o.promised_at, o.delivered_at from orders o where ${ordersOfKey} offset 0
      ) o
      -- offset 0 again: the lines of each order by index, never a scan of every line.
      cross join lateral (
        select l.sku_id, l.qty_ordered, l.qty_shipped, l.qty_shipped_first, l.qty_backordered, l.unit_price
        from order_lines l where l.tenant_id = ${tenant} and l.order_id = o.id offset 0
      ) l
      group by k.day, k.region_id, k.location_id, l.sku_id, o.id
    )
    insert into sku_daily (
      tenant_id, id, day, sku_id, region_id, location_id, orders_count, units_ordered, units_shipped, units_shipped_first,
      units_backordered, complete_orders, delivered_orders, on_time_orders, delivery_days_sum, cogs_shipped, revenue_ordered,
      backordered_value, created_at, updated_at)
    select ${tenant}, footprint_uuidv7(), p.day, p.sku_id, p.region_id, p.location_id,
           count(*)::int, sum(p.units_ordered)::int, sum(p.units_shipped)::int, sum(p.units_shipped_first)::int,
           sum(p.units_backordered)::int, (count(*) filter (where p.complete))::int, (count(*) filter (where p.delivered))::int,
           (count(*) filter (where p.on_time))::int, coalesce(sum(p.delivery_days) filter (where p.delivered), 0),
           sum(p.cogs), sum(p.revenue), sum(p.backordered_value), now(), now()
    from per_order_sku p
    group by p.day, p.region_id, p.location_id, p.sku_id`);
}
