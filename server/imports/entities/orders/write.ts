/**
 * The SQL of the orders import: the stored orders a batch names (to tell new, changed and unchanged
 * apart), and the batched writes. Each batch is a handful of statements whatever its size: one
 * `insert … select from unnest(<one array per column>)` for the orders and one for their lines, so a
 * million lines are a few hundred statements.
 */
import { sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { newId } from '@/db/schema/ids';
import type { RunEnv } from '../../importer';
import { pgArray } from '../../pg-array';
import type { OrderToWrite } from './resolve';

export interface StoredOrder {
  id: string;
  signature: string;
}

const money = (n: number) => Math.round(n * 10_000) / 10_000;
const time = (d: Date | null) => (d ? String(d.getTime()) : '');

/** What decides "unchanged": every written column of the order and its lines (in SKU order). */
export function orderSignature(o: Omit<OrderToWrite, 'externalRef' | 'rows'>): string {
  const lines = o.lines
    .map((l) => [l.skuId, l.qtyOrdered, l.qtyShipped, l.qtyShippedFirst, l.qtyBackordered, money(l.unitPrice)].join(':'))
    .sort()
    .join(',');
  return [
    o.regionId,
    o.shipFromLocationId,
    o.channel ?? '',
    o.shipToPostalCode ?? '',
    o.shipToCountry ?? '',
    time(o.orderedAt),
    time(o.promisedAt),
    time(o.shippedAt),
    time(o.deliveredAt),
    money(o.shippingCost),
    o.status,
    lines,
  ].join('|');
}

interface OrderRow {
  id: string;
  external_ref: string;
  region_id: string;
  ship_from_location_id: string | null;
  channel: string | null;
  ship_to_postal_code: string | null;
  ship_to_country: string | null;
  ordered_ms: number | string;
  promised_ms: number | string | null;
  shipped_ms: number | string | null;
  delivered_ms: number | string | null;
  shipping_cost: number | string;
  status: OrderToWrite['status'];
}

interface LineRow {
  order_id: string;
  sku_id: string;
  qty_ordered: number;
  qty_shipped: number;
  qty_shipped_first: number;
  qty_backordered: number;
  unit_price: number | string;
}

const asDate = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)));

/** The stored orders among `refs`, by external_ref, with their signatures. */
export async function findStoredOrders(env: RunEnv, refs: readonly string[]): Promise<Map<string, StoredOrder>> {
  const found = new Map<string, StoredOrder>();
  if (refs.length === 0) return found;
  const { ctx } = env;
  const orders = resultRows<OrderRow>(
    await ctx.tx.execute(sql`
      select o.id, o.external_ref, o.region_id, o.ship_from_location_id, o.channel, o.ship_to_postal_code, o.ship_to_country,
             (extract(epoch from o.ordered_at) * 1000)::float8 as ordered_ms, (extract(epoch from o.promised_at) * 1000)::float8 as promised_ms,
             (extract(epoch from o.shipped_at) * 1000)::float8 as shipped_ms, (extract(epoch from o.delivered_at) * 1000)::float8 as delivered_ms,
             o.shipping_cost::float8 as shipping_cost, o.status::text as status
      from orders o
      where o.tenant_id = ${ctx.tenant.id} and o.external_ref = any(${pgArray(refs)}::text[])`),
  );
  if (orders.length === 0) return found;
  const lines = resultRows<LineRow>(
    await ctx.tx.execute(sql`
      select l.order_id, l.sku_id, l.qty_ordered, l.qty_shipped, l.qty_shipped_first, l.qty_backordered, l.unit_price::float8 as unit_price
      from order_lines l
      where l.tenant_id = ${ctx.tenant.id} and l.order_id = any(${pgArray(orders.map((o) => o.id))}::uuid[])`),
  );
  const linesOf = new Map<string, LineRow[]>();
  for (const l of lines) linesOf.set(l.order_id, [...(linesOf.get(l.order_id) ?? []), l]);
  for (const o of orders) {
    const signature = orderSignature({
      regionId: o.region_id,
      shipFromLocationId: o.ship_from_location_id ?? '',
      channel: o.channel,
      shipToPostalCode: o.ship_to_postal_code,
      shipToCountry: o.ship_to_country,
      orderedAt: new Date(Number(o.ordered_ms)),
      promisedAt: asDate(o.promised_ms),
      shippedAt: asDate(o.shipped_ms),
      deliveredAt: asDate(o.delivered_ms),
      shippingCost: Number(o.shipping_cost),
      status: o.status,
      lines: (linesOf.get(o.id) ?? []).map((l) => ({
        skuId: l.sku_id,
        qtyOrdered: Number(l.qty_ordered),
        qtyShipped: Number(l.qty_shipped),
        qtyShippedFirst: Number(l.qty_shipped_first),
        qtyBackordered: Number(l.qty_backordered),
        unitPrice: Number(l.unit_price),
      })),
    });
    found.set(o.external_ref, { id: o.id, signature });
  }
  return found;
}

export type OrderWithId = OrderToWrite & { id: string };

function headerArrays(orders: readonly OrderWithId[]) {
  return {
    ids: pgArray(orders.map((o) => o.id)),
    regions: pgArray(orders.map((o) => o.regionId)),
    channels: pgArray(orders.map((o) => o.channel)),
    postals: pgArray(orders.map((o) => o.shipToPostalCode)),
    countries: pgArray(orders.map((o) => o.shipToCountry)),
    ordered: pgArray(orders.map((o) => o.orderedAt)),
    promised: pgArray(orders.map((o) => o.promisedAt)),
    shipped: pgArray(orders.map((o) => o.shippedAt)),
    delivered: pgArray(orders.map((o) => o.deliveredAt)),
    shipFrom: pgArray(orders.map((o) => o.shipFromLocationId)),
    costs: pgArray(orders.map((o) => o.shippingCost)),
    statuses: pgArray(orders.map((o) => o.status)),
  };
}

/**
 * New orders (ids already assigned) and their lines. Both statements are sent at once (the driver
 * pipelines them; the server runs them in order): no round trip waits between them.
 */
export async function insertOrders(env: RunEnv, orders: readonly OrderWithId[]): Promise<void> {
  if (orders.length === 0) return;
  const { ctx } = env;
  const a = headerArrays(orders);
  const header = ctx.tx.execute(sql`
    insert into orders (tenant_id, id, external_ref, region_id, channel, ship_to_postal_code, ship_to_country, ordered_at, promised_at,
                        shipped_at, delivered_at, ship_from_location_id, shipping_cost, status, import_id)
    select ${ctx.tenant.id}::uuid, u.id, u.external_ref, u.region_id, u.channel, u.postal, u.country, u.ordered_at, u.promised_at,
           u.shipped_at, u.delivered_at, u.ship_from, u.cost, u.status, ${env.importId}::uuid
    from unnest(${a.ids}::uuid[], ${pgArray(orders.map((o) => o.externalRef))}::text[], ${a.regions}::uuid[], ${a.channels}::text[],
                ${a.postals}::text[], ${a.countries}::text[], ${a.ordered}::timestamptz[], ${a.promised}::timestamptz[],
                ${a.shipped}::timestamptz[], ${a.delivered}::timestamptz[], ${a.shipFrom}::uuid[], ${a.costs}::numeric[],
                ${a.statuses}::order_status[])
         as u(id, external_ref, region_id, channel, postal, country, ordered_at, promised_at, shipped_at, delivered_at, ship_from, cost, status)`);
  await Promise.all([header, insertLines(env, orders)]);
}

/** Changed orders: the header updated in place (id kept), the lines replaced. */
export async function updateOrders(env: RunEnv, orders: readonly OrderWithId[]): Promise<void> {
  if (orders.length === 0) return;
  const { ctx } = env;
  const a = headerArrays(orders);
  const header = ctx.tx.execute(sql`
    update orders o set region_id = u.region_id, channel = u.channel, ship_to_postal_code = u.postal, ship_to_country = u.country,
           ordered_at = u.ordered_at, promised_at = u.promised_at, shipped_at = u.shipped_at, delivered_at = u.delivered_at,
           ship_from_location_id = u.ship_from, shipping_cost = u.cost, status = u.status, updated_at = now()
    from unnest(${a.ids}::uuid[], ${a.regions}::uuid[], ${a.channels}::text[], ${a.postals}::text[], ${a.countries}::text[],
                ${a.ordered}::timestamptz[], ${a.promised}::timestamptz[], ${a.shipped}::timestamptz[], ${a.delivered}::timestamptz[],
                ${a.shipFrom}::uuid[], ${a.costs}::numeric[], ${a.statuses}::order_status[])
         as u(id, region_id, channel, postal, country, ordered_at, promised_at, shipped_at, delivered_at, ship_from, cost, status)
    where o.tenant_id = ${ctx.tenant.id} and o.id = u.id`);
  const deleted = ctx.tx.execute(sql`delete from order_lines where tenant_id = ${ctx.tenant.id} and order_id = any(${a.ids}::uuid[])`);
  await Promise.all([header, deleted, insertLines(env, orders)]);
}

/** Issued at once, in the caller's order, by the time this returns its promise. */
function insertLines(env: RunEnv, orders: readonly OrderWithId[]): Promise<unknown> {
  const { ctx } = env;
  const orderIds: string[] = [];
  const lines = orders.flatMap((o) => o.lines.map((l) => (orderIds.push(o.id), l)));
  return ctx.tx.execute(sql`
    insert into order_lines (tenant_id, id, order_id, sku_id, qty_ordered, qty_shipped, qty_shipped_first, qty_backordered, unit_price)
    select ${ctx.tenant.id}::uuid, u.*
    from unnest(${pgArray(lines.map(() => newId()))}::uuid[], ${pgArray(orderIds)}::uuid[], ${pgArray(lines.map((l) => l.skuId))}::uuid[],
                ${pgArray(lines.map((l) => l.qtyOrdered))}::int[], ${pgArray(lines.map((l) => l.qtyShipped))}::int[],
                ${pgArray(lines.map((l) => l.qtyShippedFirst))}::int[], ${pgArray(lines.map((l) => l.qtyBackordered))}::int[],
                ${pgArray(lines.map((l) => l.unitPrice))}::numeric[])
         as u(id, order_id, sku_id, qty_ordered, qty_shipped, qty_shipped_first, qty_backordered, unit_price)`);
}
