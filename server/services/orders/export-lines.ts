/**
 * The orders CSV download as ONE query (not executed here): the rows of `listOrderLines` (same joins,
 * filters, search and order), every column already CSV text as the export writes it: times as ISO 8601
 * UTC (2025-03-03T15:14:00.000Z), money without trailing zeros (29.99), and text that a spreadsheet would
 * read as a formula (starting with = + - @, a tab or a carriage return) neutralised with a leading
 * apostrophe. Streamed by server/csv/stream/query-csv.ts (COPY … TO STDOUT on a Postgres server).
 */
import { and, asc, eq, sql, type AnyColumn } from 'drizzle-orm';
import { locations, orderLines, orders, regions, skus } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { listQueryParts } from '../listing/query';
import { orderedWithin, ORDER_LIST_SPEC } from './list';
import type { ListOrdersInput } from './schemas';

type Ctx = Pick<TenantServiceContext, 'tx' | 'tenant'>;

const text = (c: AnyColumn) => sql<string>`case when ${c} ~ '^[=+@\t\r-]' then '''' || ${c} else ${c} end`;
const instant = (c: AnyColumn) => sql<string>`to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const money = (c: AnyColumn) => sql<string>`trim_scale(${c})::text`;
const plain = (c: AnyColumn) => sql<string>`${c}::text`;

export function orderLinesExportQuery(ctx: Ctx, input: ListOrdersInput) {
  const { from, to, ...equalities } = input.filters;
  const q = listQueryParts(ORDER_LIST_SPEC, { ...input, filters: equalities }, ctx.tenant.id);
  const where = and(q.where, orderedWithin(ctx.tenant.timezone, from, to));
  return ctx.tx
    .select({
      c01: text(orders.externalRef).as('c01'),
      c02: instant(orders.orderedAt).as('c02'),
      c03: text(regions.code).as('c03'),
      c04: text(orders.shipToPostalCode).as('c04'),
      c05: text(orders.shipToCountry).as('c05'),
      c06: text(orders.channel).as('c06'),
      c07: text(locations.code).as('c07'),
      c08: instant(orders.promisedAt).as('c08'),
      c09: instant(orders.shippedAt).as('c09'),
      c10: instant(orders.deliveredAt).as('c10'),
      c11: money(orders.shippingCost).as('c11'),
      c12: plain(orders.status).as('c12'),
      c13: text(skus.code).as('c13'),
      c14: plain(orderLines.qtyOrdered).as('c14'),
      c15: plain(orderLines.qtyShipped).as('c15'),
      c16: plain(orderLines.qtyShippedFirst).as('c16'),
      c17: plain(orderLines.qtyBackordered).as('c17'),
      c18: money(orderLines.unitPrice).as('c18'),
    })
    .from(orders)
    .innerJoin(orderLines, and(eq(orderLines.tenantId, orders.tenantId), eq(orderLines.orderId, orders.id)))
    .innerJoin(skus, and(eq(skus.tenantId, orderLines.tenantId), eq(skus.id, orderLines.skuId)))
    .innerJoin(regions, and(eq(regions.tenantId, orders.tenantId), eq(regions.id, orders.regionId)))
    .leftJoin(locations, and(eq(locations.tenantId, orders.tenantId), eq(locations.id, orders.shipFromLocationId)))
    .where(where)
    // The lines of one order stay together (the import reads them as consecutive rows).
    .orderBy(...q.orderBy, asc(skus.code), asc(orderLines.id));
}
