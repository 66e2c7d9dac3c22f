/**
 * Reorder point and order-up-to per stocking location at a review week, for each policy. Every figure is
 * computed from data the policy could have known then: a forecast made at or before the review, or the
 * trailing weeks before it. Weekly review (R = 1 week), lead time L weeks:
 *   ROP = d·L + SS, OUT = d·(L + 1) + SS, SS by the fill-rate method over L + 1 weeks
 *   (inventory/safety-stock.ts: smallest k with sigma·G(k) <= (1 - beta)·Q, Q = one week's demand, at
 *   least a case pack), sigma over the protection period sqrt((L+1)·sd² + d²·sd_L²).
 */
import type { DemandArray } from './types';
import { safetyStock } from '../inventory/safety-stock';
import type { SkuForecast } from './forecaster';
import type { RegionPlan } from './network-plan';

/** Targets of one SKU at one review, per location (index = location). */
export interface TargetBuffers {
  demandPerWeek: Float64Array;
  safetyStockUnits: Float64Array;
  reorderPointUnits: Float64Array;
  orderUpToUnits: Float64Array;
  /** 1 where the location stocks the SKU under the policy. */
  stocked: Uint8Array;
}

export function newTargetBuffers(locationCount: number): TargetBuffers {
  return {
    demandPerWeek: new Float64Array(locationCount),
    safetyStockUnits: new Float64Array(locationCount),
    reorderPointUnits: new Float64Array(locationCount),
    orderUpToUnits: new Float64Array(locationCount),
    stocked: new Uint8Array(locationCount),
  };
}

/** Fill-rate safety stock (units) over `protectionWeeks`, 0 where there is no demand or no variation. */
export function fillRateSafetyStock(
  demandPerWeek: number,
  sdPerWeek: number,
  protectionWeeks: number,
  leadTimeSdWeeks: number,
  orderQuantityUnits: number,
  fillRate: number,
): number {
  if (!(sdPerWeek > 0) && !(leadTimeSdWeeks > 0 && demandPerWeek > 0)) return 0;
  if (!(orderQuantityUnits > 0)) return 0;
  const beta = Math.min(0.999999, Math.max(0.000001, fillRate));
  return safetyStock({
    method: 'fill-rate',
    fillRate: beta,
    orderQuantity: orderQuantityUnits,
    demandMean: Math.max(0, demandPerWeek),
    demandSd: Math.max(0, sdPerWeek),
    leadTime: protectionWeeks,
    leadTimeSd: leadTimeSdWeeks,
  });
}

export interface TargetContext {
  leadTimeWeeks: number;
  leadTimeSdWeeks: number;
  casePackUnits: number;
  /** Fill-rate target per region. */
  regionFillRate: Float64Array;
}

/** Locations that serve at least one region under `plan`. */
export function markStocked(plan: RegionPlan, out: TargetBuffers): void {
  out.stocked.fill(0);
  for (let r = 0; r < plan.regionLocation.length; r++) {
    const l = plan.regionLocation[r] ?? -1;
    if (l >= 0) out.stocked[l] = 1;
  }
}

/**
 * Footprint and centralized: the engine's forecast (made at fc.originWeek <= week), the regions a location
 * serves pooled (sigma = sqrt(sum sigma_r²), independent regions), the strictest fill-rate target they carry.
 * The demand rate is the mean forecast over the weeks the orders placed under these targets protect.
 */
export function forecastTargets(
  fc: SkuForecast,
  plan: RegionPlan,
  week: number,
  reviewEveryWeeks: number,
  ctx: TargetContext,
  out: TargetBuffers,
): void {
  markStocked(plan, out);
  const L = ctx.leadTimeWeeks;
  const from = week - fc.originWeek;
  const span = reviewEveryWeeks + L + 1;
  let meanTotal = 0;
  let meanGrowth2 = 0;
  for (let h = from; h < from + span; h++) {
    const i = Math.min(h, fc.totalValues.length - 1);
    meanTotal += fc.totalValues[i] ?? 0;
    const g = fc.sigmaGrowth[i] ?? 1;
    meanGrowth2 += g * g;
  }
  meanTotal /= span;
  meanGrowth2 /= span;
  out.demandPerWeek.fill(0);
  const variance = out.safetyStockUnits.fill(0); // reused as the pooled variance, then overwritten
  const fillRate = out.reorderPointUnits.fill(2); // reused as the strictest target, then overwritten
  for (let r = 0; r < plan.regionLocation.length; r++) {
    const l = plan.regionLocation[r] ?? -1;
    if (l < 0) continue;
    out.demandPerWeek[l] = (out.demandPerWeek[l] ?? 0) + (fc.shares[r] ?? 0) * meanTotal;
    const s = fc.regionSigma[r] ?? 0;
    variance[l] = (variance[l] ?? 0) + s * s * meanGrowth2;
    fillRate[l] = Math.min(fillRate[l] ?? 2, ctx.regionFillRate[r] ?? 0.95);
  }
  for (let l = 0; l < out.stocked.length; l++) {
    if (!out.stocked[l]) {
      out.safetyStockUnits[l] = 0;
      out.reorderPointUnits[l] = 0;
      out.orderUpToUnits[l] = 0;
      continue;
    }
    const d = out.demandPerWeek[l] ?? 0;
    const sd = Math.sqrt(variance[l] ?? 0);
    const q = Math.max(d, ctx.casePackUnits);
    const ss = fillRateSafetyStock(d, sd, L + 1, ctx.leadTimeSdWeeks, q, fillRate[l] ?? 0.95);
    out.safetyStockUnits[l] = ss;
    out.reorderPointUnits[l] = d * L + ss;
    out.orderUpToUnits[l] = d * (L + 1) + ss;
  }
}

/**
 * The spreadsheet baseline: for every region a location serves, the mean and sample standard deviation of
 * that region's own last `windowWeeks` weeks, a fill-rate safety stock per region, summed per location
 * (no pooling).
 */
export function trailingTargets(
  regionSeries: DemandArray,
  weekCount: number,
  plan: RegionPlan,
  week: number,
  windowWeeks: number,
  ctx: TargetContext,
  out: TargetBuffers,
): void {
  markStocked(plan, out);
  out.demandPerWeek.fill(0);
  out.safetyStockUnits.fill(0);
  const L = ctx.leadTimeWeeks;
  const from = Math.max(0, week - windowWeeks);
  const n = week - from;
  for (let r = 0; r < plan.regionLocation.length; r++) {
    const l = plan.regionLocation[r] ?? -1;
    if (l < 0 || n <= 0) continue;
    const base = r * weekCount;
    let sum = 0;
    for (let w = from; w < week; w++) sum += regionSeries[base + w] ?? 0;
    const mean = sum / n;
    let ss2 = 0;
    for (let w = from; w < week; w++) {
      const e = (regionSeries[base + w] ?? 0) - mean;
      ss2 += e * e;
    }
    const sd = n > 1 ? Math.sqrt(ss2 / (n - 1)) : 0;
    const q = Math.max(mean, ctx.casePackUnits);
    out.demandPerWeek[l] = (out.demandPerWeek[l] ?? 0) + mean;
    out.safetyStockUnits[l] =
      (out.safetyStockUnits[l] ?? 0) + fillRateSafetyStock(mean, sd, L + 1, ctx.leadTimeSdWeeks, q, ctx.regionFillRate[r] ?? 0.95);
  }
  for (let l = 0; l < out.stocked.length; l++) {
    const d = out.stocked[l] ? (out.demandPerWeek[l] ?? 0) : 0;
    const ss = out.stocked[l] ? (out.safetyStockUnits[l] ?? 0) : 0;
    out.reorderPointUnits[l] = d * L + ss;
    out.orderUpToUnits[l] = d * (L + 1) + ss;
  }
}
