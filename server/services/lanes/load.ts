import { and, eq } from 'drizzle-orm';
import { lanes, locations, regions } from '@/db/schema';
import { Conflict, Invalid, NotFound } from '../../errors';
import { uniqueViolation } from '../master-data/unique-violation';
import type { TenantServiceContext } from '../context';

export type LaneRecord = typeof lanes.$inferSelect;

/** One lane of this tenant; a wrong or foreign id is NotFound. */
export async function loadLane(ctx: TenantServiceContext, id: string, options: { forUpdate?: boolean } = {}): Promise<LaneRecord> {
  const query = ctx.tx
    .select()
    .from(lanes)
    .where(and(eq(lanes.tenantId, ctx.tenant.id), eq(lanes.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound('Lane not found.');
  return row;
}

/** The lane's two ends, this tenant's (a foreign id is NotFound) and, for a new or moved lane, active. */
export async function loadEnds(ctx: TenantServiceContext, locationId: string, regionId: string, requireActive = true) {
  const [location] = await ctx.tx
    .select({ id: locations.id, code: locations.code, archivedAt: locations.archivedAt })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, locationId)));
  if (!location) throw new NotFound('Location not found. Choose one of your locations.');
  const [region] = await ctx.tx
    .select({ id: regions.id, code: regions.code, archivedAt: regions.archivedAt })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, regionId)));
  if (!region) throw new NotFound('Region not found. Choose one of your regions.');
  if (requireActive && location.archivedAt) throw new Invalid(`${location.code} is archived. Restore it before giving it lanes.`, [{ field: 'locationId', message: 'This location is archived.' }]);
  if (requireActive && region.archivedAt) throw new Invalid(`${region.code} is archived. Restore it before giving it lanes.`, [{ field: 'regionId', message: 'This region is archived.' }]);
  return { location, region };
}

export function auditedLane(row: LaneRecord) {
  const { tenantId: _tenantId, ...rest } = row;
  return rest;
}

/** One lane per location, region and mode. */
export function rethrowDuplicateLane(error: unknown, ends: { location: { code: string }; region: { code: string } }, mode: string): never {
  if (uniqueViolation(error) !== null) {
    throw new Conflict(`A ${mode} lane from ${ends.location.code} to ${ends.region.code} already exists. Edit that lane instead.`);
  }
  throw error;
}
