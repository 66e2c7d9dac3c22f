/**
 * Small stock arithmetic shared by the recommendation builders.
 * Units: stock units; days are days of average daily demand.
 */

/** Days of supply = units / daily demand; undefined when there is no demand (infinite cover). */
export function daysOfSupply(units: number, dailyDemandUnits: number): number | undefined {
  return dailyDemandUnits > 0 ? units / dailyDemandUnits : undefined;
}

/** Smallest multiple of `casePackUnits` that is >= `units` (casePackUnits >= 1). */
export function roundUpToCasePack(units: number, casePackUnits: number): number {
  if (!(casePackUnits > 0)) throw new RangeError(`casePackUnits must be > 0, got ${casePackUnits}`);
  return Math.ceil(units / casePackUnits - 1e-9) * casePackUnits;
}
