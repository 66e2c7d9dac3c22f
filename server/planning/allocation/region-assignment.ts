/**
 * Region assignment: which location serves each demand region.
 *
 * Rule (DESIGN §5): each region is served by the cheapest lane — shipping cost per unit plus the holding cost
 * attributable to a unit stocked at the lane's origin — among the lanes whose transit time meets the region's SLA
 * delivery days. If no lane meets the SLA, the fastest lane serves it and the assignment is flagged `slaRisk`.
 * A region with no lane at all from an open location is listed in `unservedRegionIds`. Every region appears
 * exactly once, in `assignments` or in `unservedRegionIds`.
 *
 * Ties are broken deterministically: cost, then transit days, then location id, then lane id.
 * Units: days for transit and SLA; currency per unit for costs.
 */
import { assertNonNegative } from '../inventory/lead-time-demand';

/** A demand region and its delivery promise. */
export interface AssignmentRegion {
  regionId: string;
  /** Maximum delivery time promised to the region's customers (days). */
  slaDeliveryDays: number;
}

/** A shipping lane from a location to a region. Several lanes (parcel, LTL) may join the same pair. */
export interface AssignmentLane {
  /** Optional id, returned in the assignment (e.g. 'chicago-midwest-parcel'). */
  laneId?: string;
  fromLocationId: string;
  toRegionId: string;
  /** Door-to-door transit time (days). */
  transitDays: number;
  /** Shipping cost (currency/unit). */
  shippingCostPerUnit: number;
}

/** A stocking location and the holding cost attributable to each unit it ships. */
export interface AssignmentLocation {
  locationId: string;
  /**
   * Holding cost attributable to one unit shipped from this location (currency/unit), e.g.
   * {@link holdingCostPerUnitShipped}. Default 0.
   */
  holdingCostPerUnit?: number;
}

export interface AssignRegionsInput {
  regions: readonly AssignmentRegion[];
  lanes: readonly AssignmentLane[];
  /** Locations with their holding cost; a lane's origin missing here has a holding cost of 0. */
  locations?: readonly AssignmentLocation[];
  /** Only lanes from these locations are considered (a network scenario); default: every lane origin. */
  openLocationIds?: readonly string[];
}

/** The lane chosen for one region. */
export interface RegionAssignment {
  regionId: string;
  /** Serving location. */
  locationId: string;
  laneId: string | null;
  /** Transit days of the chosen lane (days). */
  transitDays: number;
  /** Shipping cost of the chosen lane (currency/unit). */
  shippingCostPerUnit: number;
  /** Holding cost attributable at the serving location (currency/unit). */
  holdingCostPerUnit: number;
  /** shippingCostPerUnit + holdingCostPerUnit (currency/unit). */
  costPerUnit: number;
  /** True when no lane from an open location meets the region's SLA delivery days. */
  slaRisk: boolean;
}

export interface RegionAssignmentResult {
  /** One entry per region that has at least one lane, in the order of `regions`. */
  assignments: RegionAssignment[];
  /** Regions with no lane from any open location. */
  unservedRegionIds: string[];
}

interface Candidate {
  lane: AssignmentLane;
  holdingCostPerUnit: number;
  costPerUnit: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCostThenSpeed(a: Candidate, b: Candidate): number {
  return (
    a.costPerUnit - b.costPerUnit ||
    a.lane.transitDays - b.lane.transitDays ||
    compareText(a.lane.fromLocationId, b.lane.fromLocationId) ||
    compareText(a.lane.laneId ?? '', b.lane.laneId ?? '')
  );
}

function bySpeedThenCost(a: Candidate, b: Candidate): number {
  return a.lane.transitDays - b.lane.transitDays || byCostThenSpeed(a, b);
}

/** Assign every region to a serving location and lane; see the module comment for the rule. */
export function assignRegions(input: AssignRegionsInput): RegionAssignmentResult {
  const holding = new Map<string, number>();
  for (const location of input.locations ?? []) {
    const cost = location.holdingCostPerUnit ?? 0;
    assertNonNegative(`holdingCostPerUnit of ${location.locationId}`, cost);
    holding.set(location.locationId, cost);
  }
  const open = input.openLocationIds ? new Set(input.openLocationIds) : null;
  const lanesByRegion = new Map<string, Candidate[]>();
  for (const lane of input.lanes) {
    assertNonNegative('transitDays', lane.transitDays);
    assertNonNegative('shippingCostPerUnit', lane.shippingCostPerUnit);
    if (open && !open.has(lane.fromLocationId)) continue;
    const holdingCostPerUnit = holding.get(lane.fromLocationId) ?? 0;
    const candidates = lanesByRegion.get(lane.toRegionId) ?? [];
    candidates.push({ lane, holdingCostPerUnit, costPerUnit: lane.shippingCostPerUnit + holdingCostPerUnit });
    lanesByRegion.set(lane.toRegionId, candidates);
  }

  const seen = new Set<string>();
  const assignments: RegionAssignment[] = [];
  const unservedRegionIds: string[] = [];
  for (const region of input.regions) {
    if (seen.has(region.regionId)) throw new RangeError(`region ${region.regionId} is listed twice`);
    seen.add(region.regionId);
    assertNonNegative(`slaDeliveryDays of ${region.regionId}`, region.slaDeliveryDays);
    const candidates = lanesByRegion.get(region.regionId) ?? [];
    if (candidates.length === 0) {
      unservedRegionIds.push(region.regionId);
      continue;
    }
    const meeting = candidates.filter((c) => c.lane.transitDays <= region.slaDeliveryDays);
    const slaRisk = meeting.length === 0;
    const best = slaRisk ? [...candidates].sort(bySpeedThenCost)[0] : [...meeting].sort(byCostThenSpeed)[0];
    if (!best) continue; // unreachable: candidates is non-empty
    assignments.push({
      regionId: region.regionId,
      locationId: best.lane.fromLocationId,
      laneId: best.lane.laneId ?? null,
      transitDays: best.lane.transitDays,
      shippingCostPerUnit: best.lane.shippingCostPerUnit,
      holdingCostPerUnit: best.holdingCostPerUnit,
      costPerUnit: best.costPerUnit,
      slaRisk,
    });
  }
  return { assignments, unservedRegionIds };
}

/** Input to {@link holdingCostPerUnitShipped}. */
export interface HoldingCostPerUnitShippedInput {
  /** Unit cost (currency/unit). */
  unitCost: number;
  /** Annual holding rate (fraction of unit cost per year, e.g. 0.25). */
  holdingRateAnnual: number;
  /** Average time a unit spends in stock at the location before it ships (days), e.g. its days of supply. */
  daysInStock: number;
}

/** Holding cost attributable to one unit shipped from a location: C * h * days / 365 (currency/unit). */
export function holdingCostPerUnitShipped(input: HoldingCostPerUnitShippedInput): number {
  assertNonNegative('unitCost', input.unitCost);
  assertNonNegative('holdingRateAnnual', input.holdingRateAnnual);
  assertNonNegative('daysInStock', input.daysInStock);
  return (input.unitCost * input.holdingRateAnnual * input.daysInStock) / 365;
}
