import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import { locations, orders, regions } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import type { ListPage } from '../listing/input';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import type { ListOrdersInput, OrderSortKey, OrderStatus } from './schemas';

export interface OrderListRow {
  id: string;
  externalRef: string;
  channel: string | null;
  status: OrderStatus;
  orderedAt: Date;
  promisedAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  shippingCost: number;
  shipToPostalCode: string | null;
  shipToCountry: string | null;
  regionId: string;
  regionCode: string;
  regionName: string;
  shipFromLocationId: string | null;
  shipFromCode: string | null;
  shipFromName: string | null;
  lineCount: number;
  unitsOrdered: number;
  unitsShipped: number;
}

const lineTotals = (expression: SQL) =>
  sql<number>`(select coalesce(${expression}, 0)::int from order_lines l where l.tenant_id = orders.tenant_id and l.order_id = orders.id)`;
const unitsOrdered = lineTotals(sql`sum(l.qty_ordered)`);

/** What orders.list (and the per-line list of the CSV download) sorts, filters and searches by. */
export const ORDER_LIST_SPEC: ListSpec<OrderSortKey, Exclude<keyof ListOrdersInput['filters'], 'from' | 'to'>> = {
  tenantId: orders.tenantId,
  id: orders.id,
  sortable: {
    orderedAt: orders.orderedAt,
    externalRef: orders.externalRef,
    region: regions.code,
    shipFrom: locations.code,
    status: sql`${orders.status}::text`,
    units: unitsOrdered,
    shippingCost: orders.shippingCost,
    promisedAt: orders.promisedAt,
    deliveredAt: orders.deliveredAt,
  },
  filterable: { regionId: orders.regionId, shipFromLocationId: orders.shipFromLocationId, status: orders.status },
  search: [orders.externalRef, orders.channel, orders.shipToPostalCode, regions.code, regions.name, locations.code],
};

/** `ordered_at` within local days [from, to] of the tenant's time zone (either end optional). */
export function orderedWithin(tz: string, from: string | undefined, to: string | undefined): SQL | undefined {
  const parts: SQL[] = [];
  if (from) parts.push(sql`${orders.orderedAt} >= (${from}::date::timestamp at time zone ${tz})`);
  if (to) parts.push(sql`${orders.orderedAt} < ((${to}::date + 1)::timestamp at time zone ${tz})`);
  return parts.length ? and(...parts) : undefined;
}

/** One page of orders, with region, ship-from and line totals; sorted, searched and filtered on the server. */
export async function listOrders({ ctx, input }: { ctx: TenantServiceContext; input: ListOrdersInput }): Promise<ListPage<OrderListRow>> {
  const { from, to, ...equalities } = input.filters;
  const q = listQueryParts(ORDER_LIST_SPEC, { ...input, filters: equalities }, ctx.tenant.id);
  const where = and(q.where, orderedWithin(ctx.tenant.timezone, from, to));
  const regionJoin = and(eq(regions.tenantId, orders.tenantId), eq(regions.id, orders.regionId));
  const locationJoin = and(eq(locations.tenantId, orders.tenantId), eq(locations.id, orders.shipFromLocationId));
  const rows = await ctx.tx
    .select({
      id: orders.id,
      externalRef: orders.externalRef,
      channel: orders.channel,
      status: orders.status,
      orderedAt: orders.orderedAt,
      promisedAt: orders.promisedAt,
      shippedAt: orders.shippedAt,
      deliveredAt: orders.deliveredAt,
      shippingCost: orders.shippingCost,
      shipToPostalCode: orders.shipToPostalCode,
      shipToCountry: orders.shipToCountry,
      regionId: orders.regionId,
      regionCode: regions.code,
      regionName: regions.name,
      shipFromLocationId: orders.shipFromLocationId,
      shipFromCode: locations.code,
      shipFromName: locations.name,
      lineCount: lineTotals(sql`count(*)`),
      unitsOrdered,
      unitsShipped: lineTotals(sql`sum(l.qty_shipped)`),
    })
    .from(orders)
    .innerJoin(regions, regionJoin)
    .leftJoin(locations, locationJoin)
    .where(where)
    .orderBy(...q.orderBy)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(orders).innerJoin(regions, regionJoin).leftJoin(locations, locationJoin).where(where);
  return pageOf(
    rows.map((r) => ({ ...r, lineCount: Number(r.lineCount), unitsOrdered: Number(r.unitsOrdered), unitsShipped: Number(r.unitsShipped) })),
    total?.n,
    input,
  );
}
