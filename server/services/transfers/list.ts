import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { locations, transferLines, transfers } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { pageOf, searchCondition } from '../listing/query';
import type { ListTransfersInput } from './schemas';

/** Transfers with their locations and line totals; filters, search (number, location, notes), sort and paging on the server. */
export async function listTransfers({ ctx, input }: { ctx: TenantServiceContext; input: ListTransfersInput }) {
  const origin = alias(locations, 'origin');
  const destination = alias(locations, 'destination');
  const totals = ctx.tx
    .select({
      transferId: transferLines.transferId,
      lineCount: sql<number>`count(*)`.mapWith(Number).as('line_count'),
      units: sql<number>`sum(${transferLines.qty})`.mapWith(Number).as('units'),
      receivedUnits: sql<number>`sum(${transferLines.qtyReceived})`.mapWith(Number).as('received_units'),
    })
    .from(transferLines)
    .where(eq(transferLines.tenantId, ctx.tenant.id))
    .groupBy(transferLines.transferId)
    .as('totals');

  const f = input.filters;
  const conditions: (SQL | undefined)[] = [eq(transfers.tenantId, ctx.tenant.id)];
  if (f.status) conditions.push(eq(transfers.status, f.status));
  if (f.open) conditions.push(inArray(transfers.status, ['draft', 'approved', 'in_transit']));
  if (f.fromLocationId) conditions.push(eq(transfers.fromLocationId, f.fromLocationId));
  if (f.toLocationId) conditions.push(eq(transfers.toLocationId, f.toLocationId));
  if (f.locationId) conditions.push(or(eq(transfers.fromLocationId, f.locationId), eq(transfers.toLocationId, f.locationId)));
  if (f.crossBorder !== undefined) conditions.push(eq(transfers.crossBorder, f.crossBorder));
  conditions.push(searchCondition([transfers.number, origin.code, origin.name, destination.code, destination.name, transfers.notes, transfers.customsRef], input.search));
  const where = and(...conditions);
  const order: Record<ListTransfersInput['sort'], SQL | AnyPgColumn> = {
    number: transfers.number,
    requestedAt: transfers.requestedAt,
    expectedAt: transfers.expectedAt,
    status: transfers.status,
    units: sql`${totals.units}`,
    from: origin.code,
    to: destination.code,
  };
  const dir = input.direction === 'asc' ? asc : desc;

  const rows = await ctx.tx
    .select({
      id: transfers.id,
      number: transfers.number,
      status: transfers.status,
      fromLocationId: transfers.fromLocationId,
      fromCode: origin.code,
      fromName: origin.name,
      fromCountry: origin.country,
      toLocationId: transfers.toLocationId,
      toCode: destination.code,
      toName: destination.name,
      toCountry: destination.country,
      crossBorder: transfers.crossBorder,
      customsDays: transfers.customsDays,
      requestedAt: transfers.requestedAt,
      shippedAt: transfers.shippedAt,
      expectedAt: transfers.expectedAt,
      receivedAt: transfers.receivedAt,
      lineCount: sql<number>`coalesce(${totals.lineCount}, 0)`.mapWith(Number),
      units: sql<number>`coalesce(${totals.units}, 0)`.mapWith(Number),
      receivedUnits: sql<number>`coalesce(${totals.receivedUnits}, 0)`.mapWith(Number),
    })
    .from(transfers)
    .innerJoin(origin, and(eq(origin.tenantId, transfers.tenantId), eq(origin.id, transfers.fromLocationId)))
    .innerJoin(destination, and(eq(destination.tenantId, transfers.tenantId), eq(destination.id, transfers.toLocationId)))
    .leftJoin(totals, eq(totals.transferId, transfers.id))
    .where(where)
    .orderBy(dir(order[input.sort]), desc(transfers.number))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [count] = await ctx.tx
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(transfers)
    .innerJoin(origin, and(eq(origin.tenantId, transfers.tenantId), eq(origin.id, transfers.fromLocationId)))
    .innerJoin(destination, and(eq(destination.tenantId, transfers.tenantId), eq(destination.id, transfers.toLocationId)))
    .where(where);
  return pageOf(rows, count?.total, input);
}
