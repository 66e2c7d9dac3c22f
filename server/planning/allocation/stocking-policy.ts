/**
 * Stocking policy by ABC class: which locations hold a SKU, and which regions are therefore served from where.
 *
 * Default (DESIGN §5), configurable per tenant:
 * - A items: stocked at every location that serves demand (`every-node`).
 * - B items: stocked at a location when its share of the SKU's demand reaches a threshold (`demand-share`,
 *   default 20%); the demand of the other locations is served from the central location.
 * - C items (slow, high value): held centrally only (`central`).
 *
 * Units: demand in units/day (any consistent rate); shares are fractions in [0, 1].
 */
import { assertNonNegative } from '../inventory/lead-time-demand';
import type { AbcClass } from '../segmentation';
import {
  assignRegions,
  type AssignmentLane,
  type AssignmentLocation,
  type AssignmentRegion,
  type RegionAssignmentResult,
} from './region-assignment';


/** How one ABC class is stocked. */
export type StockingRule =
  | { mode: 'every-node' }
  | { mode: 'central' }
  /** Stock where the location's share of the SKU's demand is >= minDemandShare (fraction in [0, 1]). */
  | { mode: 'demand-share'; minDemandShare: number };

/** A tenant's stocking policy: one rule per ABC class. */
export type StockingPolicy = Readonly<Record<AbcClass, StockingRule>>;

export const DEFAULT_STOCKING_POLICY: StockingPolicy = {
  A: { mode: 'every-node' },
  B: { mode: 'demand-share', minDemandShare: 0.2 },
  C: { mode: 'central' },
};

export interface StockingLocationsInput {
  abcClass: AbcClass;
  /** Demand each location would serve if it stocked the SKU (units/day), e.g. from an unrestricted assignment. */
  demandByLocation: readonly { locationId: string; demandPerDay: number }[];
  /** The location that holds centralized stock. */
  centralLocationId: string;
  /** Default {@link DEFAULT_STOCKING_POLICY}. */
  policy?: StockingPolicy;
}

export interface StockingDecision {
  /** Locations that hold the SKU, sorted by id. */
  stockedLocationIds: string[];
  /** Locations with demand that do not stock it: their demand is served from the central location. */
  servedCentrallyLocationIds: string[];
  /** The rule applied. */
  rule: StockingRule;
}

/**
 * Decide where a SKU is stocked. The central location stocks the SKU whenever some demand falls back to it
 * (or it serves demand itself under a non-`every-node` rule, or the rule is `central`). With zero total demand,
 * `every-node` and `demand-share` stock nowhere; `central` stocks the central location.
 */
export function stockingLocations(input: StockingLocationsInput): StockingDecision {
  const rule = (input.policy ?? DEFAULT_STOCKING_POLICY)[input.abcClass];
  const withDemand = input.demandByLocation.filter((row) => {
    assertNonNegative(`demandPerDay of ${row.locationId}`, row.demandPerDay);
    return row.demandPerDay > 0;
  });
  const total = withDemand.reduce((sum, row) => sum + row.demandPerDay, 0);
  const stocked = new Set<string>();
  const central: string[] = [];
  if (rule.mode === 'every-node') {
    for (const row of withDemand) stocked.add(row.locationId);
  } else if (rule.mode === 'central') {
    stocked.add(input.centralLocationId);
    for (const row of withDemand) if (row.locationId !== input.centralLocationId) central.push(row.locationId);
  } else {
    if (!(rule.minDemandShare >= 0 && rule.minDemandShare <= 1)) throw new RangeError('minDemandShare must be in [0, 1]');
    for (const row of withDemand) {
      if (row.locationId === input.centralLocationId || row.demandPerDay / total >= rule.minDemandShare) {
        stocked.add(row.locationId);
      } else {
        central.push(row.locationId);
      }
    }
    if (central.length > 0) stocked.add(input.centralLocationId);
  }
  return { stockedLocationIds: [...stocked].sort(), servedCentrallyLocationIds: central.sort(), rule };
}

export interface AssignSkuRegionsInput {
  abcClass: AbcClass;
  /** Regions with the SKU's demand (units/day). */
  regions: readonly (AssignmentRegion & { demandPerDay: number })[];
  lanes: readonly AssignmentLane[];
  locations?: readonly AssignmentLocation[];
  /** Locations open in the network (default: every lane origin). */
  openLocationIds?: readonly string[];
  centralLocationId: string;
  policy?: StockingPolicy;
}

/**
 * Region assignment for one SKU under the stocking policy: assign regions over the open network, decide where the
 * SKU is stocked from the demand each location would serve, then re-assign the regions over the stocking
 * locations only (regions of a non-stocking location go to the cheapest SLA-meeting stocked location, usually
 * the central one).
 */
export function assignSkuRegions(input: AssignSkuRegionsInput): RegionAssignmentResult & { stocking: StockingDecision } {
  const base = { regions: input.regions, lanes: input.lanes, locations: input.locations };
  const unrestricted = assignRegions({ ...base, openLocationIds: input.openLocationIds });
  const demandByRegion = new Map(input.regions.map((r) => [r.regionId, r.demandPerDay]));
  const demand = new Map<string, number>();
  for (const a of unrestricted.assignments) {
    demand.set(a.locationId, (demand.get(a.locationId) ?? 0) + (demandByRegion.get(a.regionId) ?? 0));
  }
  const stocking = stockingLocations({
    abcClass: input.abcClass,
    demandByLocation: [...demand].map(([locationId, demandPerDay]) => ({ locationId, demandPerDay })),
    centralLocationId: input.centralLocationId,
    policy: input.policy,
  });
  const restricted = assignRegions({ ...base, openLocationIds: stocking.stockedLocationIds });
  return { ...restricted, stocking };
}
