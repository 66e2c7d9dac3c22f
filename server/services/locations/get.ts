import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { lanes, locations, regions, skus, stockLevels, transferLanes } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { auditedLocation, loadLocation } from './load';

/** A location with the lanes it serves regions by, its transfer lanes both ways, and its stock in units and at cost. */
export async function getLocation({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const location = await loadLocation(ctx, input.id);
  const tenant = ctx.tenant.id;

  const servedLanes = await ctx.tx
    .select({
      id: lanes.id,
      regionId: regions.id,
      regionCode: regions.code,
      regionName: regions.name,
      mode: lanes.mode,
      transitDays: lanes.transitDays,
      transitDaysSd: lanes.transitDaysSd,
      costPerUnit: lanes.costPerUnit,
      costPerKg: lanes.costPerKg,
      archivedAt: lanes.archivedAt,
    })
    .from(lanes)
    .innerJoin(regions, and(eq(regions.tenantId, lanes.tenantId), eq(regions.id, lanes.regionId)))
    .where(and(eq(lanes.tenantId, tenant), eq(lanes.locationId, location.id), isNull(lanes.archivedAt)))
    .orderBy(asc(regions.code), asc(lanes.mode));

  const other = alias(locations, 'other_location');
  const transferLaneFields = {
    id: transferLanes.id,
    fromLocationId: transferLanes.fromLocationId,
    toLocationId: transferLanes.toLocationId,
    otherId: other.id,
    otherCode: other.code,
    otherName: other.name,
    otherCountry: other.country,
    transitDays: transferLanes.transitDays,
    customsDays: transferLanes.customsDays,
    costPerUnit: transferLanes.costPerUnit,
  };
  const outbound = await ctx.tx
    .select(transferLaneFields)
    .from(transferLanes)
    .innerJoin(other, and(eq(other.tenantId, transferLanes.tenantId), eq(other.id, transferLanes.toLocationId)))
    .where(and(eq(transferLanes.tenantId, tenant), eq(transferLanes.fromLocationId, location.id), isNull(transferLanes.archivedAt)))
    .orderBy(asc(other.code));
  const inbound = await ctx.tx
    .select(transferLaneFields)
    .from(transferLanes)
    .innerJoin(other, and(eq(other.tenantId, transferLanes.tenantId), eq(other.id, transferLanes.fromLocationId)))
    .where(and(eq(transferLanes.tenantId, tenant), eq(transferLanes.toLocationId, location.id), isNull(transferLanes.archivedAt)))
    .orderBy(asc(other.code));

  const [stock] = await ctx.tx
    .select({
      skuCount: sql<string>`count(*) filter (where ${stockLevels.onHand} > 0)`,
      onHandUnits: sql<string>`coalesce(sum(${stockLevels.onHand}), 0)`,
      reservedUnits: sql<string>`coalesce(sum(${stockLevels.reserved}), 0)`,
      inboundUnits: sql<string>`coalesce(sum(${stockLevels.inbound}), 0)`,
      onOrderUnits: sql<string>`coalesce(sum(${stockLevels.onOrder}), 0)`,
      valueAtCost: sql<string>`coalesce(sum(${stockLevels.onHand} * ${skus.unitCost}), 0)`,
    })
    .from(stockLevels)
    .innerJoin(skus, and(eq(skus.tenantId, stockLevels.tenantId), eq(skus.id, stockLevels.skuId)))
    .where(and(eq(stockLevels.tenantId, tenant), eq(stockLevels.locationId, location.id)));

  return {
    location: auditedLocation(location),
    lanes: servedLanes,
    transferLanesOut: outbound,
    transferLanesIn: inbound,
    stock: {
      skuCount: Number(stock?.skuCount ?? 0),
      onHandUnits: Number(stock?.onHandUnits ?? 0),
      reservedUnits: Number(stock?.reservedUnits ?? 0),
      inboundUnits: Number(stock?.inboundUnits ?? 0),
      onOrderUnits: Number(stock?.onOrderUnits ?? 0),
      valueAtCost: Number(stock?.valueAtCost ?? 0),
    },
  };
}
