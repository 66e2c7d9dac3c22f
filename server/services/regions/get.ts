import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { lanes, locations, slas } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { todayIn } from '../master-data/today';
import { auditedRegion, loadRegion } from './load';

/** A region with its SLA history (newest first), the SLA in force today, and the lanes that serve it. */
export async function getRegion({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const region = await loadRegion(ctx, input.id);
  const today = todayIn(ctx.tenant.timezone);
  const history = await ctx.tx
    .select({
      id: slas.id,
      effectiveFrom: slas.effectiveFrom,
      targetDeliveryDays: slas.targetDeliveryDays,
      targetFillRate: slas.targetFillRate,
      targetCycleServiceLevel: slas.targetCycleServiceLevel,
      notes: slas.notes,
      createdAt: slas.createdAt,
    })
    .from(slas)
    .where(and(eq(slas.tenantId, ctx.tenant.id), eq(slas.regionId, region.id)))
    .orderBy(desc(slas.effectiveFrom));
  const current = history.find((s) => s.effectiveFrom <= today) ?? null;
  const servingLanes = await ctx.tx
    .select({
      id: lanes.id,
      locationId: locations.id,
      locationCode: locations.code,
      locationName: locations.name,
      mode: lanes.mode,
      transitDays: lanes.transitDays,
      transitDaysSd: lanes.transitDaysSd,
      costPerUnit: lanes.costPerUnit,
      costPerKg: lanes.costPerKg,
    })
    .from(lanes)
    .innerJoin(locations, and(eq(locations.tenantId, lanes.tenantId), eq(locations.id, lanes.locationId)))
    .where(and(eq(lanes.tenantId, ctx.tenant.id), eq(lanes.regionId, region.id), isNull(lanes.archivedAt)))
    .orderBy(asc(lanes.transitDays), asc(locations.code));
  return {
    region: auditedRegion(region),
    today,
    currentSla: current,
    slas: history.map((s) => ({ ...s, status: s.id === current?.id ? ('current' as const) : s.effectiveFrom > today ? ('scheduled' as const) : ('past' as const) })),
    lanes: servingLanes.map((l) => ({ ...l, meetsSla: current ? l.transitDays <= current.targetDeliveryDays : null })),
  };
}
