/** Input checks of the replay: a RangeError naming the field, before anything is simulated. */
import { REPLAY_POLICIES, type ReplayInput, type ReplayOptions } from './types';

function finiteNonNegative(name: string, v: number): void {
  if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`${name} must be a finite number >= 0, got ${v}`);
}

export function validateReplay(input: ReplayInput, options: ReplayOptions): void {
  const { weekCount: T, firstSimulatedWeek: F } = input;
  if (!Number.isInteger(T) || T < 2) throw new RangeError(`weekCount must be an integer >= 2, got ${T}`);
  if (!Number.isInteger(F) || F < 1 || F >= T) {
    throw new RangeError(`firstSimulatedWeek must be an integer in [1, ${T - 1}] (at least one week of history), got ${F}`);
  }
  const S = input.skus.length;
  const R = input.regions.length;
  const L = input.locations.length;
  if (R === 0) throw new RangeError('a replay needs at least one region');
  if (L === 0) throw new RangeError('a replay needs at least one location');
  if (input.demand.length !== S * R * T) {
    throw new RangeError(`demand has ${input.demand.length} values, expected skus x regions x weeks = ${S * R * T}`);
  }
  for (let i = 0; i < input.demand.length; i++) {
    const y = input.demand[i] ?? 0;
    if (!(Number.isFinite(y) && y >= 0)) throw new RangeError(`demand[${i}] must be a finite number >= 0, got ${y}`);
  }
  input.skus.forEach((sku, i) => {
    finiteNonNegative(`skus[${i}].unitCost`, sku.unitCost);
    finiteNonNegative(`skus[${i}].unitPrice`, sku.unitPrice);
    finiteNonNegative(`skus[${i}].moqUnits`, sku.moqUnits);
    finiteNonNegative(`skus[${i}].leadTimeDays`, sku.leadTimeDays);
    finiteNonNegative(`skus[${i}].leadTimeSdDays`, sku.leadTimeSdDays);
    if (!(Number.isInteger(sku.casePackUnits) && sku.casePackUnits >= 1)) {
      throw new RangeError(`skus[${i}].casePackUnits must be a whole number >= 1, got ${sku.casePackUnits}`);
    }
  });
  input.regions.forEach((r, i) => {
    finiteNonNegative(`regions[${i}].slaDeliveryDays`, r.slaDeliveryDays);
    if (!(r.targetFillRate > 0 && r.targetFillRate < 1)) {
      throw new RangeError(`regions[${i}].targetFillRate must be in (0, 1), got ${r.targetFillRate}`);
    }
  });
  input.locations.forEach((l, i) => finiteNonNegative(`locations[${i}].holdingRateAnnual`, l.holdingRateAnnual));
  input.lanes.forEach((l, i) => {
    finiteNonNegative(`lanes[${i}].transitDays`, l.transitDays);
    finiteNonNegative(`lanes[${i}].costPerUnit`, l.costPerUnit);
  });
  input.transferLanes.forEach((l, i) => {
    finiteNonNegative(`transferLanes[${i}].transitDays`, l.transitDays);
    finiteNonNegative(`transferLanes[${i}].customsDays`, l.customsDays);
    finiteNonNegative(`transferLanes[${i}].costPerUnit`, l.costPerUnit);
  });
  if (input.startingStock && input.startingStock.length !== S * L) {
    throw new RangeError(`startingStock has ${input.startingStock.length} values, expected skus x locations = ${S * L}`);
  }
  const mm = input.minMax;
  if (mm && (mm.minUnits.length !== S * L || mm.maxUnits.length !== S * L || mm.defined.length !== S * L)) {
    throw new RangeError(`minMax arrays must have skus x locations = ${S * L} values`);
  }
  if (options.policies.length === 0) throw new RangeError('choose at least one policy');
  for (const p of options.policies) if (!REPLAY_POLICIES.includes(p)) throw new RangeError(`unknown policy ${String(p)}`);
  const review = options.reviewEveryWeeks ?? 4;
  if (!Number.isInteger(review) || review < 1) throw new RangeError(`reviewEveryWeeks must be a whole number >= 1, got ${review}`);
  const refresh = options.forecastEveryWeeks ?? review;
  if (!Number.isInteger(refresh) || refresh < review || refresh % review !== 0) {
    throw new RangeError(`forecastEveryWeeks must be a whole multiple of reviewEveryWeeks (${review}), got ${refresh}`);
  }
  const reselect = options.reselectEveryWeeks;
  if (reselect !== undefined && (!Number.isInteger(reselect) || reselect < refresh || reselect % refresh !== 0)) {
    throw new RangeError(`reselectEveryWeeks must be a whole multiple of forecastEveryWeeks (${refresh}), got ${reselect}`);
  }
  const fill = options.fillRateTarget;
  if (fill !== undefined && !(fill > 0 && fill < 1)) throw new RangeError(`fillRateTarget must be in (0, 1), got ${fill}`);
  const window = options.baselineWindowWeeks ?? 13;
  if (!Number.isInteger(window) || window < 2) throw new RangeError(`baselineWindowWeeks must be a whole number >= 2, got ${window}`);
  if (options.orderCostPerOrder !== undefined) finiteNonNegative('orderCostPerOrder', options.orderCostPerOrder);
}
