/**
 * The tenant's network as the planning engine's NetworkModel, loaded by SQL over a demand window:
 *
 * - demand per SKU x region: units ordered (non-cancelled orders) per local order day over the window, mean and
 *   sample sd per day with days without orders counted as zero (one aggregate query, never row by row);
 * - candidate locations: every active location; fixed cost = fixed_cost_month x 12, inbound/handling cost per unit,
 *   replenishment lead time = the demand-weighted supplier lead time of the SKUs (or the parameter);
 * - regions with demand in the window, each with the SLA in force on the window's last day (delivery days and
 *   cycle service level); lanes (active) with shipping cost per unit = cost_per_unit + cost_per_kg x the
 *   demand-weighted kg per unit;
 * - SKU unit cost; holding rate = the mean holding rate of the active locations.
 * Modelling choices the tenant should know are returned as `assumptions` (sentences).
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { kpiDaily, lanes, locations, regions } from '@/db/schema';
import type { NetworkLane, NetworkModel } from '@/server/planning/network';
import type { TenantServiceContext } from '../context';
import { todayIn } from '../master-data/today';
import { addDays } from '../orders/local-time';
import type { NetworkParameters } from './schemas';

export interface ModelLocation {
  id: string;
  code: string;
  name: string;
  isCentral: boolean;
  fixedCostPerYear: number;
  handlingCostPerUnit: number;
  capacityUnits: number | null;
}

export interface ModelRegion {
  id: string;
  code: string;
  name: string;
  /** SLA delivery days in force on the window's last day; null when the region has no SLA. */
  slaDeliveryDays: number | null;
  serviceLevel: number;
  demandPerDay: number;
}

/** What the tenant's history actually showed over the window (kpi_daily), for the current network. */
export interface ObservedFigures {
  orders: number;
  averageDeliveryDays: number | null;
  shippingCostPerUnit: number | null;
  lineFillRate: number | null;
  onTimeRate: number | null;
}

export interface LoadedNetwork {
  model: NetworkModel;
  locations: ModelLocation[];
  regions: ModelRegion[];
  window: { from: string; to: string; days: number };
  currency: string;
  /** SKUs with demand in the window and the order lines behind them. */
  skuCount: number;
  orderLineCount: number;
  unitsPerDay: number;
  leadTimeDays: number;
  leadTimeSdDays: number;
  holdingRateAnnual: number;
  assumptions: string[];
  observed: ObservedFigures;
  /** Regions with demand that no active location has a lane to, whatever is open. */
  unreachableRegionIds: string[];
  /** Latest local order day of any order, any time (null: no orders at all). */
  latestOrderDay: string | null;
}

interface DemandRow {
  sku_id: string;
  region_id: string;
  units: string;
  units_sq: string;
  lines: string;
}

interface SkuRow {
  id: string;
  unit_cost: string;
  weight_kg: string | null;
  lead_time_days: string | null;
  lead_time_sd_days: string | null;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function loadNetworkModel(ctx: TenantServiceContext, parameters: NetworkParameters): Promise<LoadedNetwork> {
  const tenant = ctx.tenant.id;
  const tz = ctx.tenant.timezone;
  const to = parameters.asOf ?? todayIn(tz);
  const from = addDays(to, -(parameters.windowDays - 1));
  const days = parameters.windowDays;

  // Local days [from, to] as instants in the tenant's zone: an index-friendly range on ordered_at.
  const fromInstant = sql`(${from}::date::timestamp at time zone ${tz})`;
  const toInstant = sql`((${to}::date + 1)::timestamp at time zone ${tz})`;
  const demandRows = resultRows<DemandRow>(
    await ctx.tx.execute(sql`
      with daily as (
        select ol.sku_id, o.region_id, (o.ordered_at at time zone ${tz})::date as day,
               sum(ol.qty_ordered)::float8 as units, count(*) as lines
        from order_lines ol
        join orders o on o.tenant_id = ol.tenant_id and o.id = ol.order_id
        where ol.tenant_id = ${tenant} and o.tenant_id = ${tenant}
          and o.status <> 'cancelled'
          and o.ordered_at >= ${fromInstant} and o.ordered_at < ${toInstant}
        group by 1, 2, 3
      )
      select sku_id, region_id, sum(units)::text as units, sum(units * units)::text as units_sq, sum(lines)::text as lines
      from daily group by 1, 2`),
  );

  const skuRows = resultRows<SkuRow>(
    await ctx.tx.execute(sql`
      select s.id, s.unit_cost::text, s.weight_kg::text,
             coalesce(s.lead_time_days_override, sup.lead_time_days)::text as lead_time_days,
             sup.lead_time_sd_days::text as lead_time_sd_days
      from skus s
      left join suppliers sup on sup.tenant_id = s.tenant_id and sup.id = s.supplier_id
      where s.tenant_id = ${tenant}
        and s.id in (
          select distinct ol.sku_id from order_lines ol join orders o on o.tenant_id = ol.tenant_id and o.id = ol.order_id
          where ol.tenant_id = ${tenant} and o.status <> 'cancelled' and o.ordered_at >= ${fromInstant} and o.ordered_at < ${toInstant})`),
  );

  const locationRows = await ctx.tx
    .select({
      id: locations.id,
      code: locations.code,
      name: locations.name,
      isCentral: locations.isCentral,
      holdingRate: locations.holdingRate,
      fixedCostMonth: locations.fixedCostMonth,
      handlingCostUnit: locations.handlingCostUnit,
      capacityUnits: locations.capacityUnits,
    })
    .from(locations)
    .where(and(eq(locations.tenantId, tenant), isNull(locations.archivedAt)))
    .orderBy(asc(locations.code));

  const regionRows = await ctx.tx
    .select({
      id: regions.id,
      code: regions.code,
      name: regions.name,
      slaDays: sql<string | null>`(
        select s.target_delivery_days::text from slas s
        where s.tenant_id = regions.tenant_id and s.region_id = regions.id and s.effective_from <= ${to}::date
        order by s.effective_from desc limit 1)`,
      slaServiceLevel: sql<string | null>`(
        select s.target_cycle_service_level::text from slas s
        where s.tenant_id = regions.tenant_id and s.region_id = regions.id and s.effective_from <= ${to}::date
        order by s.effective_from desc limit 1)`,
    })
    .from(regions)
    .where(and(eq(regions.tenantId, tenant), isNull(regions.archivedAt)))
    .orderBy(asc(regions.code));

  const laneRows = await ctx.tx
    .select({ id: lanes.id, locationId: lanes.locationId, regionId: lanes.regionId, mode: lanes.mode, transitDays: lanes.transitDays, costPerUnit: lanes.costPerUnit, costPerKg: lanes.costPerKg })
    .from(lanes)
    .innerJoin(regions, and(eq(regions.tenantId, lanes.tenantId), eq(regions.id, lanes.regionId)))
    .innerJoin(locations, and(eq(locations.tenantId, lanes.tenantId), eq(locations.id, lanes.locationId)))
    .where(and(eq(lanes.tenantId, tenant), isNull(lanes.archivedAt), isNull(regions.archivedAt), isNull(locations.archivedAt)));

  const [observedRow] = await ctx.tx
    .select({
      orders: sql<string>`coalesce(sum(${kpiDaily.ordersCount}), 0)`,
      delivered: sql<string>`coalesce(sum(${kpiDaily.deliveredOrders}), 0)`,
      onTime: sql<string>`coalesce(sum(${kpiDaily.onTimeOrders}), 0)`,
      deliveryDays: sql<string>`coalesce(sum(${kpiDaily.deliveryDaysSum}), 0)`,
      shippingCost: sql<string>`coalesce(sum(${kpiDaily.shippingCostSum}), 0)`,
      unitsShipped: sql<string>`coalesce(sum(${kpiDaily.unitsShipped}), 0)`,
      unitsOrdered: sql<string>`coalesce(sum(${kpiDaily.unitsOrdered}), 0)`,
      unitsFirst: sql<string>`coalesce(sum(${kpiDaily.unitsShippedFirst}), 0)`,
    })
    .from(kpiDaily)
    .where(and(eq(kpiDaily.tenantId, tenant), sql`${kpiDaily.day} between ${from}::date and ${to}::date`));

  const [latest] = resultRows<{ day: string | null }>(
    await ctx.tx.execute(sql`select max((ordered_at at time zone ${tz})::date)::text as day from orders where tenant_id = ${tenant}`),
  );

  // Demand per SKU x region, per day over the whole window (days without orders are zeros).
  const skuById = new Map(skuRows.map((s) => [s.id, s]));
  const regionDemand = new Map<string, number>();
  const demandBySku = new Map<string, { regionId: string; demandPerDay: number; demandSdPerDay: number }[]>();
  let orderLineCount = 0;
  let unitsTotal = 0;
  let kgTotal = 0;
  let leadWeighted = 0;
  let leadSdWeighted = 0;
  for (const row of demandRows) {
    const units = Number(row.units);
    const unitsSq = Number(row.units_sq);
    const mean = units / days;
    const variance = days > 1 ? Math.max(0, (unitsSq - days * mean * mean) / (days - 1)) : 0;
    const list = demandBySku.get(row.sku_id) ?? [];
    list.push({ regionId: row.region_id, demandPerDay: mean, demandSdPerDay: Math.sqrt(variance) });
    demandBySku.set(row.sku_id, list);
    regionDemand.set(row.region_id, (regionDemand.get(row.region_id) ?? 0) + mean);
    orderLineCount += Number(row.lines);
    unitsTotal += units;
    const sku = skuById.get(row.sku_id);
    kgTotal += units * Number(sku?.weight_kg ?? 0);
    leadWeighted += units * Number(sku?.lead_time_days ?? 0);
    leadSdWeighted += units * Number(sku?.lead_time_sd_days ?? 0);
  }
  const kgPerUnit = unitsTotal > 0 ? kgTotal / unitsTotal : 0;
  const supplierLeadTime = unitsTotal > 0 ? leadWeighted / unitsTotal : 0;
  const leadTimeDays = parameters.leadTimeDays ?? supplierLeadTime;
  const leadTimeSdDays = unitsTotal > 0 ? leadSdWeighted / unitsTotal : 0;
  const holdingRateAnnual = locationRows.length > 0 ? locationRows.reduce((s, l) => s + l.holdingRate, 0) / locationRows.length : 0.25;

  const modelRegions: ModelRegion[] = regionRows
    .filter((r) => (regionDemand.get(r.id) ?? 0) > 0)
    .map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      slaDeliveryDays: r.slaDays === null ? null : Number(r.slaDays),
      serviceLevel: parameters.serviceLevel ?? (r.slaServiceLevel === null ? 0.95 : Number(r.slaServiceLevel)),
      demandPerDay: regionDemand.get(r.id) ?? 0,
    }));
  const regionIds = new Set(modelRegions.map((r) => r.id));
  const locationIds = new Set(locationRows.map((l) => l.id));

  const modelLanes: NetworkLane[] = laneRows
    .filter((l) => regionIds.has(l.regionId) && locationIds.has(l.locationId))
    .map((l) => ({
      laneId: l.id,
      fromLocationId: l.locationId,
      toRegionId: l.regionId,
      transitDays: l.transitDays,
      shippingCostPerUnit: l.costPerUnit + l.costPerKg * kgPerUnit,
    }))
    .sort((a, b) => (a.laneId ?? '').localeCompare(b.laneId ?? ''));
  const reached = new Set(modelLanes.map((l) => l.toRegionId));

  const model: NetworkModel = {
    locations: locationRows.map((l) => ({
      locationId: l.id,
      leadTimeDays,
      leadTimeSdDays,
      reviewPeriodDays: parameters.reviewPeriodDays,
      fixedCostPerYear: l.fixedCostMonth * 12,
      inboundCostPerUnit: l.handlingCostUnit,
    })),
    // A region without an SLA has no delivery promise to miss: every lane meets it.
    regions: modelRegions.map((r) => ({ regionId: r.id, slaDeliveryDays: r.slaDeliveryDays ?? Number.MAX_SAFE_INTEGER, serviceLevel: r.serviceLevel })),
    skus: [...demandBySku.entries()]
      .filter(([skuId]) => skuById.has(skuId))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([skuId, demand]) => ({
        skuId,
        unitCost: Number(skuById.get(skuId)?.unit_cost ?? 0),
        holdingRateAnnual,
        demand: demand.filter((d) => regionIds.has(d.regionId)).sort((a, b) => a.regionId.localeCompare(b.regionId)),
      })),
    lanes: modelLanes,
  };

  const noSla = modelRegions.filter((r) => r.slaDeliveryDays === null);
  const assumptions = [
    `Demand: units ordered per day from ${from} to ${to} (${days} days, days without orders count as zero), mean and day-to-day variability per SKU and region.`,
    parameters.leadTimeDays !== undefined
      ? `Replenishment lead time ${round(leadTimeDays, 1)} days at every location (set for this comparison), sd ${round(leadTimeSdDays, 1)} days.`
      : `Replenishment lead time ${round(leadTimeDays, 1)} days (sd ${round(leadTimeSdDays, 1)}), the demand-weighted supplier lead time of your SKUs, at every location.`,
    `Every location orders every ${parameters.reviewPeriodDays} days (order quantity = demand × ${parameters.reviewPeriodDays} days); cycle stock is half of it.`,
    parameters.serviceLevel !== undefined
      ? `Safety stock for a ${round(parameters.serviceLevel * 100, 1)}% cycle service level in every region.`
      : 'Safety stock for the cycle service level of each region’s SLA; a location serving several regions pools their variability.',
    `Holding cost ${round(holdingRateAnnual * 100, 1)}% of unit cost per year (the mean of your locations); fixed cost = each location’s monthly fixed cost × 12; handling cost per unit at the shipping location.`,
    kgPerUnit > 0 ? `Lane cost per unit includes the per-kg rate × ${round(kgPerUnit, 3)} kg, the demand-weighted weight of a unit.` : 'Lane cost per unit is the lane’s cost per unit (no SKU weights to apply per-kg rates).',
    ...(noSla.length ? [`No SLA in force for ${noSla.map((r) => r.code).join(', ')}: every lane counts as meeting it.`] : []),
  ];

  const observed: ObservedFigures = {
    orders: Number(observedRow?.orders ?? 0),
    averageDeliveryDays: Number(observedRow?.delivered ?? 0) > 0 ? Number(observedRow?.deliveryDays) / Number(observedRow?.delivered) : null,
    shippingCostPerUnit: Number(observedRow?.unitsShipped ?? 0) > 0 ? Number(observedRow?.shippingCost) / Number(observedRow?.unitsShipped) : null,
    lineFillRate: Number(observedRow?.unitsOrdered ?? 0) > 0 ? Number(observedRow?.unitsFirst) / Number(observedRow?.unitsOrdered) : null,
    onTimeRate: Number(observedRow?.delivered ?? 0) > 0 ? Number(observedRow?.onTime) / Number(observedRow?.delivered) : null,
  };

  return {
    model,
    locations: locationRows.map((l) => ({
      id: l.id,
      code: l.code,
      name: l.name,
      isCentral: l.isCentral,
      fixedCostPerYear: l.fixedCostMonth * 12,
      handlingCostPerUnit: l.handlingCostUnit,
      capacityUnits: l.capacityUnits,
    })),
    regions: modelRegions,
    window: { from, to, days },
    currency: ctx.tenant.currency,
    skuCount: model.skus.length,
    orderLineCount,
    unitsPerDay: unitsTotal / days,
    leadTimeDays,
    leadTimeSdDays,
    holdingRateAnnual,
    assumptions,
    observed,
    unreachableRegionIds: modelRegions.filter((r) => !reached.has(r.id)).map((r) => r.id),
    latestOrderDay: latest?.day ?? null,
  };
}
