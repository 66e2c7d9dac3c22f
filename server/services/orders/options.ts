import { and, asc, eq, ilike, isNull, or } from 'drizzle-orm';
import { locations, regions, skus } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { escapeLike } from '../listing/query';

/** Every region and location (with `active`) for the filters and the order form. */
export async function orderFilterOptions({ ctx }: { ctx: TenantServiceContext }) {
  const tenant = ctx.tenant.id;
  const regionRows = await ctx.tx
    .select({ id: regions.id, code: regions.code, name: regions.name, country: regions.country, archivedAt: regions.archivedAt })
    .from(regions)
    .where(eq(regions.tenantId, tenant))
    .orderBy(asc(regions.code));
  const locationRows = await ctx.tx
    .select({ id: locations.id, code: locations.code, name: locations.name, country: locations.country, archivedAt: locations.archivedAt })
    .from(locations)
    .where(eq(locations.tenantId, tenant))
    .orderBy(asc(locations.code));
  return {
    regions: regionRows.map(({ archivedAt, ...r }) => ({ ...r, active: archivedAt === null })),
    locations: locationRows.map(({ archivedAt, ...l }) => ({ ...l, active: archivedAt === null })),
  };
}

/** Up to 20 active SKUs whose code or name contains the text, for the order form's line picker. */
export async function searchOrderSkus({ ctx, input }: { ctx: TenantServiceContext; input: { search: string } }) {
  const needle = `%${escapeLike(input.search.trim())}%`;
  return ctx.tx
    .select({ id: skus.id, code: skus.code, name: skus.name, unitPrice: skus.unitPrice })
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), isNull(skus.archivedAt), or(ilike(skus.code, needle), ilike(skus.name, needle))))
    .orderBy(asc(skus.code))
    .limit(20);
}
