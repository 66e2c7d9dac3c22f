import { and, eq } from 'drizzle-orm';
import { locations, regions } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { auditedLane, loadLane } from './load';

/** A lane with its location and region. */
export async function getLane({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const lane = await loadLane(ctx, input.id);
  const [location] = await ctx.tx
    .select({ id: locations.id, code: locations.code, name: locations.name, country: locations.country })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, lane.locationId)));
  const [region] = await ctx.tx
    .select({ id: regions.id, code: regions.code, name: regions.name, country: regions.country })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, lane.regionId)));
  if (!location || !region) throw new Error('lane without its ends');
  return { lane: auditedLane(lane), location, region };
}
