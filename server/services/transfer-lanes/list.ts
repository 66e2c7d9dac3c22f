import { and, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { locations, transferLanes } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import type { ListTransferLanesInput } from './schemas';

const { tenantId: _tenantId, ...columns } = getTableColumns(transferLanes);
const origin = alias(locations, 'origin');
const destination = alias(locations, 'destination');

const spec: ListSpec<ListTransferLanesInput['sort'], keyof ListTransferLanesInput['filters']> = {
  tenantId: transferLanes.tenantId,
  id: transferLanes.id,
  archivedAt: transferLanes.archivedAt,
  sortable: {
    fromLocationCode: origin.code,
    toLocationCode: destination.code,
    transitDays: transferLanes.transitDays,
    customsDays: transferLanes.customsDays,
    costPerUnit: transferLanes.costPerUnit,
    updatedAt: transferLanes.updatedAt,
  },
  filterable: { fromLocationId: transferLanes.fromLocationId, toLocationId: transferLanes.toLocationId },
  search: [origin.code, origin.name, destination.code, destination.name],
};

const originJoin = and(eq(origin.tenantId, transferLanes.tenantId), eq(origin.id, transferLanes.fromLocationId));
const destinationJoin = and(eq(destination.tenantId, transferLanes.tenantId), eq(destination.id, transferLanes.toLocationId));

/** Transfer lanes with both ends' codes, names and countries; cross-border when the countries differ. */
export async function listTransferLanes({ ctx, input }: { ctx: TenantServiceContext; input: ListTransferLanesInput }) {
  const q = listQueryParts(spec, input, ctx.tenant.id);
  const rows = await ctx.tx
    .select({
      ...columns,
      fromLocationCode: origin.code,
      fromLocationName: origin.name,
      fromCountry: origin.country,
      toLocationCode: destination.code,
      toLocationName: destination.name,
      toCountry: destination.country,
      crossBorder: sql<boolean>`${origin.country} <> ${destination.country}`,
    })
    .from(transferLanes)
    .innerJoin(origin, originJoin)
    .innerJoin(destination, destinationJoin)
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(transferLanes).innerJoin(origin, originJoin).innerJoin(destination, destinationJoin).where(q.where);
  return pageOf(rows, total?.n, input);
}
