/**
 * Inventory targets per SKU x location, from the regions each location serves.
 *
 * For one SKU, given which location serves each region (see region-assignment.ts):
 * - demand at a location = sum of the demand of the regions it serves (units/day);
 * - its demand sd = the pooled sd of those regions (risk pooling, independent unless a correlation is given);
 * - its cycle service level = the strictest (highest) SLA service level among those regions;
 * - safety stock = z(CSL) * sigma over the protection interval L + R (R = review period, 0 for continuous review),
 *   sigma = sqrt((L + R) * sd_d^2 + d^2 * sd_L^2);
 * - reorder point = d * L + SS; order-up-to = d * (L + R) + SS; cycle stock = Q / 2.
 *
 * Units: demand and its sd in units/day; lead time, its sd and review period in days; stock in units.
 */
import { assertNonNegative } from '../inventory/lead-time-demand';
import { pooledSd, type Correlation } from '../inventory/risk-pooling';
import { expectedFillRate, safetyStockDetail } from '../inventory/safety-stock';
import { orderUpToLevel, reorderPoint } from '../inventory/targets';

/** A region's demand for the SKU and its SLA service level. */
export interface TargetRegion {
  regionId: string;
  /** Mean demand (units/day). */
  demandPerDay: number;
  /** Standard deviation of daily demand (units/day), e.g. the forecast residual sigma rescaled to a day. */
  demandSdPerDay: number;
  /** Cycle service level promised to the region (probability in (0, 1)). */
  serviceLevel: number;
}

/** Replenishment parameters of a location for the SKU. */
export interface TargetLocation {
  locationId: string;
  /** Replenishment lead time (days). */
  leadTimeDays: number;
  /** Standard deviation of the lead time (days); default 0. */
  leadTimeSdDays?: number;
  /** Review period (days); default 0 (continuous review). */
  reviewPeriodDays?: number;
  /**
   * Replenishment quantity (units/order). Default: demandPerDay * reviewPeriodDays when the review period is > 0.
   * Used for cycle stock and expected fill rate; without it both are null.
   */
  orderQuantityUnits?: number;
}

export interface NodeTargetsInput {
  regions: readonly TargetRegion[];
  /** Serving location of each region, e.g. `assignRegions(...).assignments`. Unassigned regions are ignored. */
  assignments: readonly { regionId: string; locationId: string }[];
  locations: readonly TargetLocation[];
  /**
   * Correlation between the regions' daily demands: a common coefficient, or a matrix indexed in the order of
   * `regions`. Default 0 (independent).
   */
  correlation?: Correlation;
}

/** Targets for the SKU at one location. */
export interface NodeTarget {
  locationId: string;
  /** Regions served, in the order of `regions`. */
  regionIds: string[];
  /** Demand served (units/day). */
  demandPerDay: number;
  /** Pooled sd of daily demand (units/day). */
  demandSdPerDay: number;
  /** Strictest service level of the regions served (probability). */
  serviceLevel: number;
  /** Safety factor z(CSL) (dimensionless). */
  safetyFactor: number;
  /** Sd of demand over the protection interval L + R (units). */
  protectionDemandSdUnits: number;
  /** Safety stock (units). */
  safetyStockUnits: number;
  /** d * L + SS (units). */
  reorderPointUnits: number;
  /** d * (L + R) + SS (units). */
  orderUpToUnits: number;
  /** Replenishment quantity (units/order), or null when unknown. */
  orderQuantityUnits: number | null;
  /** Q / 2 (units), or null when Q is unknown. */
  cycleStockUnits: number | null;
  /** 1 - sigma * G(k) / Q (fraction), or null when Q is unknown. */
  expectedFillRate: number | null;
}

function subCorrelation(correlation: Correlation, indices: readonly number[]): Correlation {
  if (typeof correlation === 'number') return correlation;
  return indices.map((i) => indices.map((j) => correlation[i]?.[j] ?? NaN));
}

/** Targets per location serving at least one region, in the order of `locations`. */
export function nodeTargets(input: NodeTargetsInput): NodeTarget[] {
  const regionIndex = new Map(input.regions.map((r, i) => [r.regionId, i]));
  const servedBy = new Map<string, number[]>();
  for (const a of input.assignments) {
    const index = regionIndex.get(a.regionId);
    if (index === undefined) throw new RangeError(`assignment for unknown region ${a.regionId}`);
    servedBy.set(a.locationId, [...(servedBy.get(a.locationId) ?? []), index]);
  }
  const known = new Set(input.locations.map((l) => l.locationId));
  for (const locationId of servedBy.keys()) {
    if (!known.has(locationId)) throw new RangeError(`no replenishment parameters for location ${locationId}`);
  }
  const targets: NodeTarget[] = [];
  for (const location of input.locations) {
    const indices = (servedBy.get(location.locationId) ?? []).sort((a, b) => a - b);
    if (indices.length === 0) continue;
    const served = indices.map((i) => input.regions[i]).filter((r): r is TargetRegion => r !== undefined);
    const demandPerDay = served.reduce((sum, r) => sum + r.demandPerDay, 0);
    const demandSdPerDay = pooledSd({
      sds: served.map((r) => r.demandSdPerDay),
      correlation: subCorrelation(input.correlation ?? 0, indices),
    });
    const serviceLevel = Math.max(...served.map((r) => r.serviceLevel));
    const reviewPeriodDays = location.reviewPeriodDays ?? 0;
    assertNonNegative('reviewPeriodDays', reviewPeriodDays);
    const detail = safetyStockDetail({
      method: 'cycle-service',
      serviceLevel,
      demandMean: demandPerDay,
      demandSd: demandSdPerDay,
      leadTime: location.leadTimeDays + reviewPeriodDays,
      leadTimeSd: location.leadTimeSdDays,
    });
    const safetyStockUnits = detail.safetyStockUnits;
    const orderQuantityUnits =
      location.orderQuantityUnits ?? (reviewPeriodDays > 0 ? demandPerDay * reviewPeriodDays : null);
    const base = { demandMean: demandPerDay, leadTime: location.leadTimeDays, safetyStockUnits };
    targets.push({
      locationId: location.locationId,
      regionIds: served.map((r) => r.regionId),
      demandPerDay,
      demandSdPerDay,
      serviceLevel,
      safetyFactor: detail.safetyFactor,
      protectionDemandSdUnits: detail.leadTimeDemandSdUnits,
      safetyStockUnits,
      reorderPointUnits: reorderPoint(base),
      orderUpToUnits: orderUpToLevel({ ...base, reviewPeriod: reviewPeriodDays }),
      orderQuantityUnits,
      cycleStockUnits: orderQuantityUnits === null ? null : orderQuantityUnits / 2,
      expectedFillRate:
        orderQuantityUnits === null || orderQuantityUnits <= 0
          ? null
          : expectedFillRate({
              safetyStockUnits,
              leadTimeDemandSdUnits: detail.leadTimeDemandSdUnits,
              orderQuantity: orderQuantityUnits,
            }),
    });
  }
  return targets;
}
