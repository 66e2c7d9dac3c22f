/**
 * The network model shared by evaluate, optimize and compare.
 *
 * Units: demand in units/day; lead times, review periods, transit and SLA in days; costs in currency
 * (per unit, per order, per year as named); capacity in "load units"/day (see `capacityLoadPerDay`).
 * Annual figures = daily figures * `daysPerYear` (default 365).
 */
import type { AssignmentLane } from '../allocation/region-assignment';

/** A candidate stocking location (warehouse, DC, plant). */
export interface NetworkLocation {
  locationId: string;
  /** Cost of keeping the location open, currency/year. Default 0. */
  fixedCostPerYear?: number;
  /** Replenishment lead time from the supplier to this location, days. */
  leadTimeDays: number;
  /** Standard deviation of that lead time, days. Default 0. */
  leadTimeSdDays?: number;
  /**
   * Periodic review: order every R days, Q = d * R. Default: 7 unless `orderCostPerOrder` is given, in which case
   * review is continuous (R = 0) and Q is the EOQ.
   */
  reviewPeriodDays?: number;
  /** Fixed cost per replenishment order, currency/order (EOQ and ordering cost). */
  orderCostPerOrder?: number;
  /** Inbound (supplier -> location) and handling cost, currency/unit. Default 0. */
  inboundCostPerUnit?: number;
  /** Holding cost attributable to one unit shipped (region-assignment rule), currency/unit. Default 0. */
  holdingCostPerUnit?: number;
  /** Throughput capacity, load units/day (same measure as the regions' `capacityLoadPerDay`). Default unlimited. */
  capacityPerDay?: number;
}

/** A demand region (a customer, a zone, a country) and its promise. */
export interface NetworkRegion {
  regionId: string;
  slaDeliveryDays: number;
  /** Cycle service level promised, probability in (0, 1). Default the model's `defaultServiceLevel` (0.95). */
  serviceLevel?: number;
  /** Load this region puts on a location's capacity, load units/day. Default its total demand in units/day. */
  capacityLoadPerDay?: number;
}

/** One SKU's demand per region. */
export interface NetworkSku {
  skuId: string;
  /** Unit cost (inventory value), currency/unit. */
  unitCost: number;
  /** Annual holding rate, fraction of unit cost per year (e.g. 0.25). */
  holdingRateAnnual: number;
  demand: readonly { regionId: string; demandPerDay: number; demandSdPerDay: number }[];
}

/** A delivery lane location -> region (shared with the allocation module's region assignment). */
export type NetworkLane = AssignmentLane;

export interface NetworkModel {
  locations: readonly NetworkLocation[];
  regions: readonly NetworkRegion[];
  skus: readonly NetworkSku[];
  lanes: readonly NetworkLane[];
  /** Default 365. */
  daysPerYear?: number;
  /** Default 0.95. */
  defaultServiceLevel?: number;
}

/** Fraction `share` of a region's demand served by a location (single sourcing: share 1). */
export interface RegionShare {
  regionId: string;
  locationId: string;
  /** Fraction in (0, 1]. */
  share: number;
}

export const DEFAULT_REVIEW_PERIOD_DAYS = 7;

/** Review period actually used for a location (days). */
export function reviewPeriodDaysOf(location: NetworkLocation): number {
  if (location.reviewPeriodDays !== undefined) return location.reviewPeriodDays;
  return location.orderCostPerOrder !== undefined ? 0 : DEFAULT_REVIEW_PERIOD_DAYS;
}

/** Total demand of a region over all SKUs, units/day. */
export function regionDemandPerDay(model: NetworkModel): Map<string, number> {
  const demand = new Map<string, number>(model.regions.map((r) => [r.regionId, 0]));
  for (const sku of model.skus) {
    for (const d of sku.demand) demand.set(d.regionId, (demand.get(d.regionId) ?? 0) + d.demandPerDay);
  }
  return demand;
}

/** Capacity load of a region, load units/day: its `capacityLoadPerDay` or its total demand. */
export function regionCapacityLoad(model: NetworkModel): Map<string, number> {
  const demand = regionDemandPerDay(model);
  return new Map(model.regions.map((r) => [r.regionId, r.capacityLoadPerDay ?? demand.get(r.regionId) ?? 0]));
}
