/**
 * The network as a map draws it: locations (markers), regions (centroids, with the SLA in force and the
 * SLA attainment of the window, from kpi_daily) and the active lanes between them. Tenant's rows only.
 */
import { and, asc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import { kpiDaily, lanes, locations, regions } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { todayIn } from '../master-data/today';
import { addDays } from '../orders/local-time';
import type { NetworkMapInput } from './schemas';

export interface MapLocation {
  id: string;
  code: string;
  name: string;
  kind: string;
  country: string;
  city: string | null;
  lat: number | null;
  lng: number | null;
  isCentral: boolean;
  active: boolean;
}

export interface MapRegion {
  id: string;
  code: string;
  name: string;
  country: string;
  centroidLat: number | null;
  centroidLng: number | null;
  /** Target delivery days of the SLA in force on the window's last day (null: no SLA). */
  slaTargetDays: number | null;
  /** Delivered orders of the window and how many of them were on time (DESIGN.md §6). */
  deliveredOrders: number;
  onTimeOrders: number;
  /** onTimeOrders / deliveredOrders; null when nothing was delivered. */
  slaAttainment: number | null;
}

export interface MapLane {
  id: string;
  locationId: string;
  regionId: string;
  mode: string;
  transitDays: number;
  costPerUnit: number;
}

export interface NetworkMapData {
  currency: string;
  locations: MapLocation[];
  regions: MapRegion[];
  lanes: MapLane[];
  window: { from: string; to: string; days: number };
  /** The last local order day with a delivered order, any time (null: none); lets the page offer that window. */
  latestDeliveredDay: string | null;
}

export async function getNetworkMap({ ctx, input }: { ctx: TenantServiceContext; input: NetworkMapInput }): Promise<NetworkMapData> {
  const tenant = ctx.tenant.id;
  const to = input.asOf ?? todayIn(ctx.tenant.timezone);
  const from = addDays(to, -(input.windowDays - 1));

  const locationRows = await ctx.tx
    .select({
      id: locations.id,
      code: locations.code,
      name: locations.name,
      kind: locations.kind,
      country: locations.country,
      city: locations.city,
      lat: locations.lat,
      lng: locations.lng,
      isCentral: locations.isCentral,
      archivedAt: locations.archivedAt,
    })
    .from(locations)
    .where(eq(locations.tenantId, tenant))
    .orderBy(asc(locations.code));

  const regionRows = await ctx.tx
    .select({
      id: regions.id,
      code: regions.code,
      name: regions.name,
      country: regions.country,
      centroidLat: regions.centroidLat,
      centroidLng: regions.centroidLng,
      // Table-qualified by hand: drizzle leaves columns unqualified when a select has one table.
      slaTargetDays: sql<string | null>`(
        select s.target_delivery_days from slas s
        where s.tenant_id = regions.tenant_id and s.region_id = regions.id and s.effective_from <= ${to}::date
        order by s.effective_from desc limit 1)`,
    })
    .from(regions)
    .where(and(eq(regions.tenantId, tenant), isNull(regions.archivedAt)))
    .orderBy(asc(regions.code));

  const attainment = await ctx.tx
    .select({
      regionId: kpiDaily.regionId,
      delivered: sql<string>`coalesce(sum(${kpiDaily.deliveredOrders}), 0)`,
      onTime: sql<string>`coalesce(sum(${kpiDaily.onTimeOrders}), 0)`,
    })
    .from(kpiDaily)
    .where(and(eq(kpiDaily.tenantId, tenant), gte(kpiDaily.day, from), lte(kpiDaily.day, to)))
    .groupBy(kpiDaily.regionId);
  const byRegion = new Map(attainment.map((a) => [a.regionId, { delivered: Number(a.delivered), onTime: Number(a.onTime) }]));

  const [latest] = await ctx.tx
    .select({ day: sql<string | null>`max(${kpiDaily.day})::text` })
    .from(kpiDaily)
    .where(and(eq(kpiDaily.tenantId, tenant), sql`${kpiDaily.deliveredOrders} > 0`));

  const laneRows = await ctx.tx
    .select({ id: lanes.id, locationId: lanes.locationId, regionId: lanes.regionId, mode: lanes.mode, transitDays: lanes.transitDays, costPerUnit: lanes.costPerUnit })
    .from(lanes)
    .innerJoin(regions, and(eq(regions.tenantId, lanes.tenantId), eq(regions.id, lanes.regionId)))
    .innerJoin(locations, and(eq(locations.tenantId, lanes.tenantId), eq(locations.id, lanes.locationId)))
    .where(and(eq(lanes.tenantId, tenant), isNull(lanes.archivedAt), isNull(regions.archivedAt), isNull(locations.archivedAt)))
    .orderBy(asc(locations.code), asc(regions.code), asc(lanes.mode));

  return {
    currency: ctx.tenant.currency,
    locations: locationRows.map(({ archivedAt, ...l }) => ({ ...l, active: archivedAt === null })),
    regions: regionRows.map((r) => {
      const a = byRegion.get(r.id) ?? { delivered: 0, onTime: 0 };
      return {
        ...r,
        slaTargetDays: r.slaTargetDays === null ? null : Number(r.slaTargetDays),
        deliveredOrders: a.delivered,
        onTimeOrders: a.onTime,
        slaAttainment: a.delivered > 0 ? a.onTime / a.delivered : null,
      };
    }),
    lanes: laneRows,
    window: { from, to, days: input.windowDays },
    latestDeliveredDay: latest?.day ?? null,
  };
}
