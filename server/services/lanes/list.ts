import { and, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { lanes, locations, regions } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import type { ListLanesInput } from './schemas';

const { tenantId: _tenantId, ...columns } = getTableColumns(lanes);

const spec: ListSpec<ListLanesInput['sort'], keyof ListLanesInput['filters']> = {
  tenantId: lanes.tenantId,
  id: lanes.id,
  archivedAt: lanes.archivedAt,
  sortable: {
    locationCode: locations.code,
    regionCode: regions.code,
    mode: sql`${lanes.mode}::text`,
    transitDays: lanes.transitDays,
    transitDaysSd: lanes.transitDaysSd,
    costPerUnit: lanes.costPerUnit,
    costPerKg: lanes.costPerKg,
    updatedAt: lanes.updatedAt,
  },
  filterable: { locationId: lanes.locationId, regionId: lanes.regionId, mode: lanes.mode },
  search: [locations.code, locations.name, regions.code, regions.name, sql`${lanes.mode}::text`],
};

const locationJoin = and(eq(locations.tenantId, lanes.tenantId), eq(locations.id, lanes.locationId));
const regionJoin = and(eq(regions.tenantId, lanes.tenantId), eq(regions.id, lanes.regionId));

/** Lanes with both ends' codes and names (the CSV names them by code). */
export async function listLanes({ ctx, input }: { ctx: TenantServiceContext; input: ListLanesInput }) {
  const q = listQueryParts(spec, input, ctx.tenant.id);
  const rows = await ctx.tx
    .select({ ...columns, locationCode: locations.code, locationName: locations.name, regionCode: regions.code, regionName: regions.name })
    .from(lanes)
    .innerJoin(locations, locationJoin)
    .innerJoin(regions, regionJoin)
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(lanes).innerJoin(locations, locationJoin).innerJoin(regions, regionJoin).where(q.where);
  return pageOf(rows, total?.n, input);
}
