/**
 * Policy replay (DESIGN.md §5): the tenant's real weekly demand replayed under several stocking policies with no
 * look-ahead. `createReplay(input, options)` prepares a run that advances SKU by SKU (`step(maxSkus)`), so a
 * caller can report progress and yield between chunks; `runReplay` runs it to the end.
 * Documented in server/planning/README.md ("Replay").
 */
import { estimateSeasonalProfile, type SeasonalProfile } from '../forecast/seasonal-profile';
import { annualConsumptionValue, classifyAbc, type AbcClass } from '../segmentation/abc';
import { finishAccumulator, newAccumulator, type PolicyAccumulator } from './accumulator';
import { forecastSku, type SkuForecast } from './forecaster';
import {
  centralizedPlan,
  footprintPlanner,
  independentPlan,
  resolveCentralLocation,
  toAssignmentLanes,
  transferMatrix,
  weeksOf,
  type RegionPlan,
} from './network-plan';
import { mulberry32 } from './random';
import { newSkuState, simulateSku, type SkuState } from './simulate-sku';
import { forecastTargets, newTargetBuffers, trailingTargets, type TargetBuffers, type TargetContext } from './targets';
import { validateReplay } from './validate';
import type { ReplayInput, ReplayOptions, ReplayPolicyKind, ReplayResult } from './types';

export * from './types';
export { validateReplay } from './validate';

const SEASON_WEEKS = 52;

interface PolicyRuntime {
  kind: ReplayPolicyKind;
  acc: PolicyAccumulator;
  state: SkuState;
  targets: TargetBuffers;
  sharedPlan: RegionPlan | null;
}

export interface ReplayRun {
  /** Simulates up to `maxSkus` more SKUs; returns true when every SKU is done. */
  step(maxSkus: number): boolean;
  readonly skusDone: number;
  readonly skuCount: number;
  /** The figures, once every SKU is done. */
  result(): ReplayResult;
}

export function createReplay(input: ReplayInput, options: ReplayOptions): ReplayRun {
  validateReplay(input, options);
  const T = input.weekCount;
  const F = input.firstSimulatedWeek;
  const S = input.skus.length;
  const R = input.regions.length;
  const L = input.locations.length;
  const simWeeks = T - F;
  const review = options.reviewEveryWeeks ?? 4;
  const refresh = options.forecastEveryWeeks ?? review;
  const reselect = options.reselectEveryWeeks ?? Math.max(refresh, Math.floor(13 / refresh) * refresh);
  const baselineWindow = options.baselineWindowWeeks ?? 13;
  const unmetDemand = options.unmetDemand ?? 'lost';
  const seed = options.seed ?? 1;
  const regionFillRate = Float64Array.from(input.regions, (r) => options.fillRateTarget ?? r.targetFillRate);
  const regionSlaDays = Float64Array.from(input.regions, (r) => r.slaDeliveryDays);
  const holdingRate = Float64Array.from(input.locations, (l) => l.holdingRateAnnual);
  const lanes = toAssignmentLanes(input.lanes);
  const centralLocationId = resolveCentralLocation(input, options.centralLocationId);
  const { weeks: transferWeeks, costPerUnit: transferCost } = transferMatrix(input);
  const policies = [...new Set(options.policies)].filter((p) => p !== 'centralized' || centralLocationId !== null);

  // SKU totals (units/week) and ABC classes from the 52 weeks before the first simulated week.
  const totals = new Float64Array(S * T);
  for (let s = 0; s < S; s++) {
    for (let r = 0; r < R; r++) {
      const base = (s * R + r) * T;
      for (let w = 0; w < T; w++) totals[s * T + w] = (totals[s * T + w] ?? 0) + (input.demand[base + w] ?? 0);
    }
  }
  const abcFrom = Math.max(0, F - SEASON_WEEKS);
  const abcWeeks = F - abcFrom;
  const computed = classifyAbc(
    input.skus.map((sku, s) => {
      let units = 0;
      for (let w = abcFrom; w < F; w++) units += totals[s * T + w] ?? 0;
      return { id: String(s), annualConsumptionValue: annualConsumptionValue((units * SEASON_WEEKS) / Math.max(1, abcWeeks), sku.unitCost) };
    }),
  );
  const abcClasses: AbcClass[] = input.skus.map((sku, s) => sku.abcClass ?? computed[s]?.abcClass ?? 'C');

  // The network's seasonal profile at each forecast origin, from every SKU's total before it.
  const profiles = new Map<number, SeasonalProfile | undefined>();
  const profileAt = (origin: number): SeasonalProfile | undefined => {
    if (profiles.has(origin)) return profiles.get(origin);
    let profile: SeasonalProfile | undefined;
    if (origin >= SEASON_WEEKS) {
      const list: number[][] = [];
      for (let s = 0; s < S; s++) list.push(Array.from(totals.subarray(s * T, s * T + origin)));
      profile = estimateSeasonalProfile(list, { periodLength: SEASON_WEEKS });
    }
    profiles.set(origin, profile);
    return profile;
  };

  let maxLag = 0;
  for (const sku of input.skus) maxLag = Math.max(maxLag, weeksOf(sku.leadTimeDays + 4 * sku.leadTimeSdDays));
  for (let k = 0; k < transferWeeks.length; k++) maxLag = Math.max(maxLag, transferWeeks[k] ?? 0);

  const independent = policies.some((p) => p === 'independent' || p === 'min-max') ? independentPlan(input, lanes) : null;
  const centralized = centralLocationId !== null && policies.includes('centralized') ? centralizedPlan(input, lanes, centralLocationId) : null;
  const runtimes: PolicyRuntime[] = policies.map((kind) => ({
    kind,
    acc: newAccumulator(kind, simWeeks, S, R, L),
    state: newSkuState(L, simWeeks, maxLag),
    targets: newTargetBuffers(L),
    sharedPlan: kind === 'centralized' ? centralized : kind === 'footprint' ? null : independent,
  }));

  const regionDemandPerDay = new Float64Array(R);
  const planFootprint = policies.includes('footprint') ? footprintPlanner(input, lanes, centralLocationId, options.stockingPolicy) : null;
  let done = 0;

  function simulateOne(s: number): void {
    const sku = input.skus[s];
    if (!sku) return;
    const regionSeries = input.demand.subarray(s * R * T, (s + 1) * R * T);
    const total = totals.subarray(s * T, (s + 1) * T);
    const ctx: TargetContext = {
      leadTimeWeeks: weeksOf(sku.leadTimeDays),
      leadTimeSdWeeks: sku.leadTimeSdDays / 7,
      casePackUnits: Math.max(1, sku.casePackUnits),
      regionFillRate,
    };
    const horizon = refresh + review + ctx.leadTimeWeeks + 2;
    const forecasts = new Map<number, SkuForecast>();
    const forecastAt = (week: number): SkuForecast => {
      const origin = F + Math.floor((week - F) / refresh) * refresh;
      let fc = forecasts.get(origin);
      if (!fc) {
        const selectionOrigin = F + Math.floor((origin - F) / reselect) * reselect;
        const selected = selectionOrigin < origin ? forecastAt(selectionOrigin) : undefined;
        fc = forecastSku(regionSeries, total, R, T, origin, horizon, profileAt(origin), selected);
        forecasts.set(origin, fc);
      }
      return fc;
    };
    const startingStock = input.startingStock ? input.startingStock.subarray(s * L, (s + 1) * L) : null;
    for (const rt of runtimes) {
      let plan = rt.sharedPlan;
      if (rt.kind === 'footprint') {
        const from = Math.max(0, F - SEASON_WEEKS);
        for (let r = 0; r < R; r++) {
          let units = 0;
          for (let w = from; w < F; w++) units += regionSeries[r * T + w] ?? 0;
          regionDemandPerDay[r] = units / Math.max(1, F - from) / 7;
        }
        plan = planFootprint ? planFootprint(abcClasses[s] ?? 'C', regionDemandPerDay) : null;
      }
      if (!plan) continue;
      const thePlan = plan;
      const targetsAt = (week: number, out: TargetBuffers): void => {
        if (rt.kind === 'footprint' || rt.kind === 'centralized') {
          forecastTargets(forecastAt(week), thePlan, week, review, ctx, out);
          return;
        }
        trailingTargets(regionSeries, T, thePlan, week, baselineWindow, ctx, out);
        if (rt.kind === 'min-max' && input.minMax) applyMinMax(input, s, L, out, rt.acc, week === F);
      };
      simulateSku(
        {
          skuIndex: s,
          sku,
          policy: rt.kind,
          plan: thePlan,
          regionSeries,
          weekCount: T,
          firstWeek: F,
          reviewEveryWeeks: review,
          regionSlaDays,
          holdingRate,
          transferWeeks,
          transferCost,
          unmetDemand,
          orderCostPerOrder: options.orderCostPerOrder ?? 0,
          startingStock,
          targetsAt,
          targets: rt.targets,
          random: mulberry32(seed * 2654435761 + s * 40503 + policies.indexOf(rt.kind) * 7919),
        },
        rt.state,
        rt.acc,
      );
    }
  }

  return {
    step(maxSkus: number): boolean {
      const until = Math.min(S, done + Math.max(1, maxSkus));
      while (done < until) {
        simulateOne(done);
        done++;
        options.onProgress?.(done, S);
      }
      return done >= S;
    },
    get skusDone() {
      return done;
    },
    skuCount: S,
    result(): ReplayResult {
      if (done < S) throw new Error(`replay not finished: ${done} of ${S} SKUs simulated`);
      return {
        firstSimulatedWeek: F,
        simulatedWeeks: simWeeks,
        reviewEveryWeeks: review,
        forecastEveryWeeks: refresh,
        reselectEveryWeeks: reselect,
        policies: runtimes.map((rt) => finishAccumulator(rt.acc, input.regions, regionFillRate)),
        abcClasses,
        centralLocationId,
      };
    },
  };
}

/** Replaces the baseline's targets by the tenant's own min (reorder point) and max (order-up-to) where it has them. */
function applyMinMax(input: ReplayInput, s: number, L: number, out: TargetBuffers, acc: PolicyAccumulator, first: boolean): void {
  const mm = input.minMax;
  if (!mm) return;
  for (let l = 0; l < L; l++) {
    if (!out.stocked[l] || !mm.defined[s * L + l]) continue;
    const min = mm.minUnits[s * L + l] ?? 0;
    const max = Math.max(min, mm.maxUnits[s * L + l] ?? 0);
    out.reorderPointUnits[l] = min;
    out.orderUpToUnits[l] = max;
    if (first) acc.cellsWithOwnSettings++;
  }
}

/** Runs a replay to the end. */
export function runReplay(input: ReplayInput, options: ReplayOptions): ReplayResult {
  const run = createReplay(input, options);
  run.step(run.skuCount);
  return run.result();
}

export { summarizeReplay, POLICY_LABELS } from './summary';
export type { ReplaySummary, ReplaySummaryPolicy, ReplaySkuDifference, ReplaySummaryLabels } from './summary';
