/**
 * Which location serves which region under each replay policy, and the lookup tables the simulator reads
 * (typed arrays, built once per replay; Footprint's is per SKU, by its ABC class).
 */
import { assignRegions, type AssignmentLane } from '../allocation/region-assignment';
import { stockingLocations, type StockingPolicy } from '../allocation/stocking-policy';
import type { AbcClass } from '../segmentation/abc';
import type { ReplayInput, ReplayLane } from './types';

/** Region -> serving location (index into input.locations; -1: no lane reaches it) with its lane. */
export interface RegionPlan {
  regionLocation: Int32Array;
  transitDays: Float64Array;
  costPerUnit: Float64Array;
}

export function weeksOf(days: number): number {
  return Math.max(0, Math.round(days / 7));
}

export function toAssignmentLanes(lanes: readonly ReplayLane[]): AssignmentLane[] {
  return lanes.map((l, i) => ({
    laneId: String(i),
    fromLocationId: l.fromLocationId,
    toRegionId: l.toRegionId,
    transitDays: l.transitDays,
    shippingCostPerUnit: l.costPerUnit,
  }));
}

function planFromAssignments(
  input: ReplayInput,
  assignments: readonly { regionId: string; locationId: string; laneId: string | null }[],
  locationIndex: ReadonlyMap<string, number>,
): RegionPlan {
  const regionCount = input.regions.length;
  const plan: RegionPlan = {
    regionLocation: new Int32Array(regionCount).fill(-1),
    transitDays: new Float64Array(regionCount),
    costPerUnit: new Float64Array(regionCount),
  };
  const regionIndex = new Map(input.regions.map((r, i) => [r.regionId, i]));
  for (const a of assignments) {
    const r = regionIndex.get(a.regionId);
    const l = locationIndex.get(a.locationId);
    const lane = a.laneId === null ? undefined : input.lanes[Number(a.laneId)];
    if (r === undefined || l === undefined || !lane) continue;
    plan.regionLocation[r] = l;
    plan.transitDays[r] = lane.transitDays;
    plan.costPerUnit[r] = lane.costPerUnit;
  }
  return plan;
}

export function locationIndexOf(input: ReplayInput): Map<string, number> {
  return new Map(input.locations.map((l, i) => [l.locationId, i]));
}

/** The location that holds central stock (explicit, flagged, or the one with the most lanes), or null. */
export function resolveCentralLocation(input: ReplayInput, explicit?: string): string | null {
  if (explicit) {
    if (!input.locations.some((l) => l.locationId === explicit)) {
      throw new RangeError(`central location ${explicit} is not one of the replay's locations`);
    }
    return explicit;
  }
  const flagged = input.locations.find((l) => l.isCentral);
  if (flagged) return flagged.locationId;
  const laneCount = new Map<string, number>();
  for (const lane of input.lanes) laneCount.set(lane.fromLocationId, (laneCount.get(lane.fromLocationId) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const loc of input.locations) {
    const n = laneCount.get(loc.locationId) ?? 0;
    if (n > bestCount) {
      best = loc.locationId;
      bestCount = n;
    }
  }
  return best;
}

/** Cheapest lane meeting each region's SLA days (else the fastest): the baseline's and min/max's network. */
export function independentPlan(input: ReplayInput, lanes: readonly AssignmentLane[]): RegionPlan {
  const result = assignRegions({
    regions: input.regions.map((r) => ({ regionId: r.regionId, slaDeliveryDays: r.slaDeliveryDays })),
    lanes,
  });
  return planFromAssignments(input, result.assignments, locationIndexOf(input));
}

/** Every region from the central location (its lanes only). */
export function centralizedPlan(input: ReplayInput, lanes: readonly AssignmentLane[], centralLocationId: string): RegionPlan {
  const result = assignRegions({
    regions: input.regions.map((r) => ({ regionId: r.regionId, slaDeliveryDays: r.slaDeliveryDays })),
    lanes,
    openLocationIds: [centralLocationId],
  });
  return planFromAssignments(input, result.assignments, locationIndexOf(input));
}

/**
 * Footprint's network per SKU: stocking by ABC class (allocation/stocking-policy, the same steps as
 * `assignSkuRegions`): every region's unrestricted assignment (the same for every SKU, computed once), the demand
 * each location would serve, the class's stocking rule, then the assignment restricted to the stocking locations
 * (cached per set of stocking locations). Demand in units/day.
 */
export function footprintPlanner(
  input: ReplayInput,
  lanes: readonly AssignmentLane[],
  centralLocationId: string | null,
  policy: StockingPolicy | undefined,
): (abcClass: AbcClass, regionDemandPerDay: Float64Array) => RegionPlan {
  const regions = input.regions.map((r) => ({ regionId: r.regionId, slaDeliveryDays: r.slaDeliveryDays }));
  const locationIndex = locationIndexOf(input);
  const unrestricted = assignRegions({ regions, lanes });
  const everywhere = planFromAssignments(input, unrestricted.assignments, locationIndex);
  if (centralLocationId === null) return () => everywhere;
  const regionIndex = new Map(input.regions.map((r, i) => [r.regionId, i]));
  const cache = new Map<string, RegionPlan>();
  return (abcClass, regionDemandPerDay) => {
    const demand = new Map<string, number>();
    for (const a of unrestricted.assignments) {
      const d = regionDemandPerDay[regionIndex.get(a.regionId) ?? -1] ?? 0;
      demand.set(a.locationId, (demand.get(a.locationId) ?? 0) + d);
    }
    const stocking = stockingLocations({
      abcClass,
      demandByLocation: [...demand].map(([locationId, demandPerDay]) => ({ locationId, demandPerDay })),
      centralLocationId,
      policy,
    });
    const key = stocking.stockedLocationIds.join(',');
    let plan = cache.get(key);
    if (!plan) {
      plan = planFromAssignments(input, assignRegions({ regions, lanes, openLocationIds: stocking.stockedLocationIds }).assignments, locationIndex);
      cache.set(key, plan);
    }
    return plan;
  };
}

/** Transfer lanes as matrices (index from * locations + to): arrival weeks (-1: no lane) and cost/unit. */
export function transferMatrix(input: ReplayInput): { weeks: Int32Array; costPerUnit: Float64Array } {
  const n = input.locations.length;
  const index = locationIndexOf(input);
  const weeks = new Int32Array(n * n).fill(-1);
  const costPerUnit = new Float64Array(n * n);
  for (const lane of input.transferLanes) {
    const from = index.get(lane.fromLocationId);
    const to = index.get(lane.toLocationId);
    if (from === undefined || to === undefined || from === to) continue;
    const w = weeksOf(lane.transitDays + lane.customsDays);
    const k = from * n + to;
    // Keep the cheapest lane of a pair (then the fastest).
    if (weeks[k] === -1 || lane.costPerUnit < (costPerUnit[k] ?? 0) || (lane.costPerUnit === costPerUnit[k] && w < (weeks[k] ?? 0))) {
      weeks[k] = w;
      costPerUnit[k] = lane.costPerUnit;
    }
  }
  return { weeks, costPerUnit };
}
