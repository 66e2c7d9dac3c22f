import { count, getTableColumns, sql } from 'drizzle-orm';
import { locations } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import type { ListPage } from '../listing/input';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import type { ListLocationsInput } from './schemas';

const { tenantId: _tenantId, ...columns } = getTableColumns(locations);
export type LocationListRow = { [K in keyof typeof columns]: (typeof locations.$inferSelect)[K] };

const spec: ListSpec<ListLocationsInput['sort'], keyof ListLocationsInput['filters']> = {
  tenantId: locations.tenantId,
  id: locations.id,
  archivedAt: locations.archivedAt,
  sortable: {
    code: locations.code,
    name: sql`lower(${locations.name})`,
    kind: sql`${locations.kind}::text`,
    country: locations.country,
    city: sql`lower(${locations.city})`,
    capacityUnits: locations.capacityUnits,
    holdingRate: locations.holdingRate,
    fixedCostMonth: locations.fixedCostMonth,
    handlingCostUnit: locations.handlingCostUnit,
    updatedAt: locations.updatedAt,
  },
  filterable: { kind: locations.kind, country: locations.country, isCentral: locations.isCentral },
  search: [locations.code, locations.name, locations.city, locations.postalCode],
};

export async function listLocations({ ctx, input }: { ctx: TenantServiceContext; input: ListLocationsInput }): Promise<ListPage<LocationListRow>> {
  const q = listQueryParts(spec, input, ctx.tenant.id);
  const rows = await ctx.tx.select(columns).from(locations).where(q.where).orderBy(...q.orderBy).limit(q.limit).offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(locations).where(q.where);
  return pageOf(rows, total?.n, input);
}
