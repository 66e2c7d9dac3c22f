/**
 * Split an inbound arrival (a container, a purchase order) across locations by fair share.
 *
 * 1. Fair share (water-filling): find the common days of supply T after arrival such that
 *    sum_i max(0, T * d_i - p_i) = arrival, where p_i is the location's stock position (units) and d_i its demand
 *    (units/day). Locations already above T get nothing; the others are raised to exactly T days of supply.
 *    With equal days of supply before arrival (e.g. all empty), the split is proportional to demand.
 * 2. Case packs: the ideal quantities are expressed in cases and rounded by largest remainder (Hamilton):
 *    every location gets the floor of its ideal cases, and the remaining whole cases go one each to the
 *    largest fractional parts (ties: lowest days of supply, then highest demand, then location id).
 * 3. Leftover: when the arrival is not a multiple of the case pack, the leftover (fewer units than one case)
 *    goes whole to the location with the most need: the lowest projected days of supply after step 2 (ties:
 *    highest demand, then location id).
 * The parts are whole units and sum EXACTLY to the arrival; when the arrival is a multiple of the case pack,
 * every part is a multiple of it.
 *
 * Locations with no demand receive nothing unless no location has demand, in which case the arrival is split
 * evenly (by cases, largest remainder). Capacity limits are not modelled.
 * Units: arrival, stock positions and parts in units; demand in units/day; days of supply in days.
 */
import { assertNonNegative } from '../inventory/lead-time-demand';

export interface InboundSplitLocation {
  locationId: string;
  /** Stock position: on hand + in transit - backorders (units); may be negative. */
  stockPositionUnits: number;
  /** Expected demand (units/day), e.g. the forecast for the coming weeks. */
  demandPerDay: number;
}

export interface InboundSplitInput {
  /** Units arriving (whole units, >= 0). */
  arrivalUnits: number;
  /** Units per case pack (whole units, >= 1); default 1. */
  casePackUnits?: number;
  locations: readonly InboundSplitLocation[];
}

export interface InboundSplitPart {
  locationId: string;
  /** Units allocated (whole units). */
  units: number;
  /** Full case packs in `units` (the leftover, if any, is loose units). */
  cases: number;
  /** Stock position / demand before arrival (days), null without demand. */
  daysOfSupplyBefore: number | null;
  /** (Stock position + units) / demand (days), null without demand. */
  daysOfSupplyAfter: number | null;
}

export interface InboundSplitResult {
  /** One part per location, in input order; `units` sum exactly to the arrival. */
  parts: InboundSplitPart[];
  /** Common days of supply reached by the unrounded fair share (days), null when no location has demand. */
  targetDaysOfSupply: number | null;
  /** Units that did not fill a whole case pack (0 <= leftover < casePackUnits). */
  leftoverUnits: number;
  /** Location that received the leftover, null when there is none. */
  leftoverLocationId: string | null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ideal (unrounded) units per location by water-filling; returns the ideal parts and the level T. */
function waterFill(arrival: number, locations: readonly InboundSplitLocation[]): { ideal: number[]; level: number | null } {
  const active = locations.map((l, i) => ({ ...l, i })).filter((l) => l.demandPerDay > 0);
  if (active.length === 0) return { ideal: locations.map(() => arrival / Math.max(1, locations.length)), level: null };
  active.sort((a, b) => a.stockPositionUnits / a.demandPerDay - b.stockPositionUnits / b.demandPerDay);
  let positions = 0;
  let demand = 0;
  let level = 0;
  for (let k = 0; k < active.length; k++) {
    const current = active[k];
    if (!current) break;
    positions += current.stockPositionUnits;
    demand += current.demandPerDay;
    level = (arrival + positions) / demand;
    const next = active[k + 1];
    if (!next || level <= next.stockPositionUnits / next.demandPerDay) break;
  }
  const ideal = locations.map((l) => (l.demandPerDay > 0 ? Math.max(0, level * l.demandPerDay - l.stockPositionUnits) : 0));
  return { ideal, level };
}

function daysOfSupply(location: InboundSplitLocation, units: number): number | null {
  return location.demandPerDay > 0 ? (location.stockPositionUnits + units) / location.demandPerDay : null;
}

/** Split an arrival across locations; see the module comment for the rule. */
export function splitInbound(input: InboundSplitInput): InboundSplitResult {
  const { arrivalUnits, locations } = input;
  const casePack = input.casePackUnits ?? 1;
  if (!Number.isInteger(arrivalUnits) || arrivalUnits < 0) throw new RangeError('arrivalUnits must be a whole number >= 0');
  if (!Number.isInteger(casePack) || casePack < 1) throw new RangeError('casePackUnits must be a whole number >= 1');
  if (locations.length === 0) throw new RangeError('at least one location is needed');
  const ids = new Set<string>();
  for (const l of locations) {
    if (ids.has(l.locationId)) throw new RangeError(`location ${l.locationId} is listed twice`);
    ids.add(l.locationId);
    assertNonNegative(`demandPerDay of ${l.locationId}`, l.demandPerDay);
    if (!Number.isFinite(l.stockPositionUnits)) throw new RangeError(`stockPositionUnits of ${l.locationId} must be finite`);
  }

  const { ideal, level } = waterFill(arrivalUnits, locations);
  const totalCases = Math.floor(arrivalUnits / casePack);
  const idealCases = ideal.map((units) => units / casePack);
  const cases = idealCases.map((y) => Math.floor(y + 1e-9));
  const fraction = idealCases.map((y, i) => y - (cases[i] ?? 0));
  const unitsNow = (i: number) => (cases[i] ?? 0) * casePack;
  const needOrder = (a: number, b: number): number => {
    const la = locations[a];
    const lb = locations[b];
    if (!la || !lb) return 0;
    const da = daysOfSupply(la, unitsNow(a)) ?? Infinity;
    const db = daysOfSupply(lb, unitsNow(b)) ?? Infinity;
    return da - db || lb.demandPerDay - la.demandPerDay || compareText(la.locationId, lb.locationId);
  };
  const order = locations.map((_, i) => i);
  let remaining = totalCases - cases.reduce((sum, c) => sum + c, 0);
  // Largest remainder: whole cases left go one each to the largest fractional parts.
  const byFraction = [...order].sort((a, b) => (fraction[b] ?? 0) - (fraction[a] ?? 0) || needOrder(a, b));
  for (const i of byFraction) {
    if (remaining <= 0) break;
    if (locations.some((l) => l.demandPerDay > 0) && (locations[i]?.demandPerDay ?? 0) === 0) continue;
    cases[i] = (cases[i] ?? 0) + 1;
    remaining--;
  }
  // Floating-point guard: never hand out more cases than arrived.
  for (const i of [...byFraction].reverse()) {
    if (remaining >= 0) break;
    if ((cases[i] ?? 0) > 0) {
      cases[i] = (cases[i] ?? 0) - 1;
      remaining++;
    }
  }
  if (remaining > 0) {
    // Only reachable through floating-point rounding: the cases still unallocated go to the neediest location.
    const neediest = [...order].sort(needOrder)[0] ?? 0;
    cases[neediest] = (cases[neediest] ?? 0) + remaining;
  }
  const units = order.map((i) => unitsNow(i));
  const leftoverUnits = arrivalUnits - totalCases * casePack;
  let leftoverLocationId: string | null = null;
  if (leftoverUnits > 0) {
    const neediest = [...order].sort(needOrder)[0] ?? 0;
    units[neediest] = (units[neediest] ?? 0) + leftoverUnits;
    leftoverLocationId = locations[neediest]?.locationId ?? null;
  }
  return {
    parts: locations.map((l, i) => ({
      locationId: l.locationId,
      units: units[i] ?? 0,
      cases: cases[i] ?? 0,
      daysOfSupplyBefore: daysOfSupply(l, 0),
      daysOfSupplyAfter: daysOfSupply(l, units[i] ?? 0),
    })),
    targetDaysOfSupply: level,
    leftoverUnits,
    leftoverLocationId,
  };
}
