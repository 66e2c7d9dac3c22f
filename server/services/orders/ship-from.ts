/**
 * The location an order ships from when the order does not say: the one whose lane serves the region
 * by DESIGN.md §5 (the cheapest active lane that meets the region's SLA delivery days in force on the
 * order day, else the fastest), from active locations only; with no lane at all, the central location.
 */
import { and, desc, eq, isNull, lte } from 'drizzle-orm';
import { lanes, locations, slas } from '@/db/schema';
import { assignRegions } from '@/server/planning/allocation';
import { Invalid } from '../../errors';
import type { TenantServiceContext } from '../context';

export async function servingLocationId(ctx: TenantServiceContext, regionId: string, orderDay: string): Promise<string> {
  const tenant = ctx.tenant.id;
  const [sla] = await ctx.tx
    .select({ days: slas.targetDeliveryDays })
    .from(slas)
    .where(and(eq(slas.tenantId, tenant), eq(slas.regionId, regionId), lte(slas.effectiveFrom, orderDay)))
    .orderBy(desc(slas.effectiveFrom))
    .limit(1);
  const candidates = await ctx.tx
    .select({ laneId: lanes.id, fromLocationId: lanes.locationId, transitDays: lanes.transitDays, costPerUnit: lanes.costPerUnit })
    .from(lanes)
    .innerJoin(locations, and(eq(locations.tenantId, lanes.tenantId), eq(locations.id, lanes.locationId)))
    .where(and(eq(lanes.tenantId, tenant), eq(lanes.regionId, regionId), isNull(lanes.archivedAt), isNull(locations.archivedAt)));
  const { assignments } = assignRegions({
    // Without an SLA, no lane "meets" it and the fastest lane is chosen.
    regions: [{ regionId, slaDeliveryDays: sla?.days ?? 0 }],
    lanes: candidates.map((c) => ({ laneId: c.laneId, fromLocationId: c.fromLocationId, toRegionId: regionId, transitDays: c.transitDays, shippingCostPerUnit: c.costPerUnit })),
  });
  const chosen = assignments[0]?.locationId;
  if (chosen) return chosen;
  const [central] = await ctx.tx
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.tenantId, tenant), eq(locations.isCentral, true), isNull(locations.archivedAt)))
    .limit(1);
  if (central) return central.id;
  throw new Invalid('No location serves this region yet.', [{ field: 'shipFromLocationId', message: 'Choose the location it ships from, or add a lane to this region.' }]);
}
