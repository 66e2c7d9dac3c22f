/**
 * The engine pass of a planning run, on loaded inputs (pure apart from HiGHS in the recommendations):
 * segmentation (ABC on consumption value with the tenant's cuts, XYZ, demand pattern), one forecast per SKU on its
 * total weekly demand split to regions by recent share (server/planning/README.md "Regional split"), region
 * assignment under the stocking policy, node targets per SKU x location, then recommendations (recommend.ts).
 */
import {
  assignSkuRegions,
  classifyAbc,
  classifyDemandPattern,
  classifyXyz,
  nodeTargets,
  rescaleDemand,
  type AssignmentLane,
  type AssignmentLocation,
  type StockingPolicy,
  type StockingRule,
} from '@/server/planning';
import type { PlanningInputs, PlanningSku } from '../inputs';
import type { PlanOutputs, RegionForecastOut, SkuForecastOut, TargetOut } from './outputs';
import { BAND_LEVEL, forecastSeries, holdoutWeeksFor, seasonalNaiveHoldout } from './forecast-series';
import { normalQuantile } from '@/server/planning';
import { recommend, type SkuPlan } from './recommend';
import { buildSummary, type AccuracyTally } from './summary';

const SHARE_WINDOW_WEEKS = 13;
/** Forecast weeks averaged into the demand rate the targets use. */
const RATE_WEEKS = 8;
/** Lead time when neither the SKU nor its supplier has one (days). */
export const DEFAULT_LEAD_TIME_DAYS = 14;
/** Fewest weeks with any demand before a run plans on the history. */
export const MIN_HISTORY_WEEKS = 8;

export type ProgressFn = (phase: string, percent: number) => Promise<void>;

function policyFor(settings: PlanningInputs['settings'], sku: PlanningSku): StockingPolicy {
  const rule = (r: { mode: string; minDemandShare?: number }): StockingRule =>
    r.mode === 'demand-share' ? { mode: 'demand-share', minDemandShare: r.minDemandShare ?? 0.2 } : { mode: r.mode as 'every-node' | 'central' };
  const base = { A: rule(settings.stockingPolicy.A), B: rule(settings.stockingPolicy.B), C: rule(settings.stockingPolicy.C) };
  if (!sku.stockingPolicy) return base;
  const own = rule(sku.stockingPolicy);
  return { A: own, B: own, C: own };
}

export async function planTenant(inputs: PlanningInputs, progress: ProgressFn): Promise<PlanOutputs> {
  const weeks = inputs.historyWeeks;
  const horizon = inputs.settings.horizonWeeks;
  const timings = { segment: 0, forecast: 0, targets: 0, recommend: 0 };
  const z = normalQuantile(0.5 + BAND_LEVEL / 2);

  // 1. Segmentation: totals per SKU, ABC on the last 52 weeks' consumption value.
  let t0 = performance.now();
  await progress('segment', 10);
  const totals: (Float64Array | null)[] = inputs.skus.map((_, s) => {
    const row = inputs.demand[s] ?? [];
    let total: Float64Array | null = null;
    for (const series of row) {
      if (!series) continue;
      total ??= new Float64Array(weeks);
      for (let w = 0; w < weeks; w++) total[w] = (total[w] ?? 0) + (series[w] ?? 0);
    }
    return total;
  });
  const abc = classifyAbc(
    inputs.skus.map((sku, s) => {
      const total = totals[s];
      let units = 0;
      if (total) for (let w = Math.max(0, weeks - 52); w < weeks; w++) units += total[w] ?? 0;
      return { id: sku.id, annualConsumptionValue: (units * 52) / Math.min(52, Math.max(1, weeks)) * sku.unitCost };
    }),
    inputs.settings.abcCuts,
  );
  timings.segment += performance.now() - t0;

  // 2..3. Forecast, split, assign, targets: SKU by SKU.
  const lanes: AssignmentLane[] = inputs.lanes.map((l) => ({ laneId: l.id, fromLocationId: l.locationId, toRegionId: l.regionId, transitDays: l.transitDays, shippingCostPerUnit: l.costPerUnit }));
  const central = inputs.locations.find((l) => l.isCentral) ?? inputs.locations[0];
  const skuForecasts: SkuForecastOut[] = [];
  const regionForecasts: RegionForecastOut[] = [];
  const targets: TargetOut[] = [];
  const plans: SkuPlan[] = [];
  const tally: AccuracyTally = { maeH: 0, naiveMaeH: 0, biasH: 0, actual: 0, naiveBiasH: 0, mase: [], naiveMase: [], measured: 0 };
  const total = new Float64Array(weeks);
  const totalForecast = new Float64Array(horizon);
  const totalVariance = new Float64Array(horizon);
  const counts = { byMethod: {} as Record<string, number>, byPattern: {} as Record<string, number>, byAbc: {} as Record<string, number>, byXyz: {} as Record<string, number> };
  const bump = (m: Record<string, number>, k: string) => void (m[k] = (m[k] ?? 0) + 1);

  for (let s = 0; s < inputs.skus.length; s++) {
    if (s % 250 === 0) await progress('forecast', 15 + Math.floor((55 * s) / Math.max(1, inputs.skus.length)));
    const sku = inputs.skus[s] as PlanningSku;
    const totalSeries = totals[s];
    if (!totalSeries) continue;
    const history = Array.from(totalSeries);
    const historyUnits = history.reduce((a, b) => a + b, 0);
    if (historyUnits <= 0) continue;

    t0 = performance.now();
    const abcClass = abc[s]?.abcClass ?? 'C';
    const xyz = classifyXyz(history);
    const pattern = classifyDemandPattern(history);
    timings.segment += performance.now() - t0;

    t0 = performance.now();
    const f = forecastSeries(history, { horizonWeeks: horizon });
    // Seasonal naive is usually one of the candidates (same holdout weeks): reuse its score.
    const naive = f.candidates?.find((c) => c.method === 'seasonal-naive')?.accuracy ?? seasonalNaiveHoldout(history);
    const h = holdoutWeeksFor(weeks);
    if (f.accuracy && f.accuracy.mae !== null && naive && naive.mae !== null && h > 0) {
      let actual = 0;
      for (let w = weeks - h; w < weeks; w++) actual += history[w] ?? 0;
      tally.maeH += f.accuracy.mae * h;
      tally.naiveMaeH += naive.mae * h;
      tally.biasH += (f.accuracy.bias ?? 0) * h;
      tally.naiveBiasH += (naive.bias ?? 0) * h;
      tally.actual += actual;
      if (f.accuracy.mase !== null) tally.mase.push(f.accuracy.mase);
      if (naive.mase !== null) tally.naiveMase.push(naive.mase);
      tally.measured++;
    }
    for (let w = 0; w < weeks; w++) total[w] = (total[w] ?? 0) + (history[w] ?? 0);
    for (let k = 0; k < horizon; k++) {
      totalForecast[k] = (totalForecast[k] ?? 0) + (f.values[k] ?? 0);
      totalVariance[k] = (totalVariance[k] ?? 0) + (f.sigmaByHorizon[k] ?? 0) ** 2;
    }
    bump(counts.byMethod, f.method);
    bump(counts.byPattern, f.pattern);
    bump(counts.byAbc, abcClass);
    bump(counts.byXyz, xyz.xyzClass);
    skuForecasts.push({
      skuId: sku.id,
      method: f.method,
      pattern: f.pattern,
      abcClass,
      xyzClass: xyz.xyzClass,
      cv: xyz.cv,
      adi: pattern.adiWeeks,
      mase: f.accuracy?.mase ?? null,
      wape: f.accuracy?.wape ?? null,
      bias: f.accuracy?.bias ?? null,
      candidates: (f.candidates ?? []).map((c) => ({ method: c.method, mase: c.accuracy.mase, wape: c.accuracy.wape, bias: c.accuracy.bias })),
      history,
      values: f.values,
      lower: f.lower ?? f.values,
      upper: f.upper ?? f.values,
      sigma: f.sigma,
      historyUnits,
      forecastUnits: f.values.reduce((a, b) => a + b, 0),
    });

    // Split to regions by recent share; per-region sigma from the region's own one-step residuals.
    const row = inputs.demand[s] ?? [];
    let recentTotal = 0;
    for (let w = Math.max(0, weeks - SHARE_WINDOW_WEEKS); w < weeks; w++) recentTotal += history[w] ?? 0;
    const growth = f.sigmaByHorizon.map((sh) => (f.sigma > 0 ? sh / f.sigma : 1));
    const rate = f.values.slice(0, RATE_WEEKS).reduce((a, b) => a + b, 0) / Math.max(1, Math.min(RATE_WEEKS, f.values.length));
    const regionDemand: { regionId: string; demandPerDay: number; demandSdPerDay: number; serviceLevel: number; slaDeliveryDays: number }[] = [];
    inputs.regions.forEach((region, r) => {
      const series = row[r];
      if (!series) return;
      let recent = 0;
      let all = 0;
      for (let w = 0; w < weeks; w++) {
        all += series[w] ?? 0;
        if (w >= weeks - SHARE_WINDOW_WEEKS) recent += series[w] ?? 0;
      }
      const share = recentTotal > 0 ? recent / recentTotal : all / historyUnits;
      let sse = 0;
      let n = 0;
      let absErr = 0;
      let err = 0;
      let actual = 0;
      let m = 0;
      for (let w = 0; w < weeks; w++) {
        const fitted = f.fitted[w];
        if (fitted === null || fitted === undefined) continue;
        const e = (series[w] ?? 0) - share * fitted;
        sse += e * e;
        n++;
        if (w >= weeks - Math.max(h, 1)) {
          absErr += Math.abs(e);
          err -= e;
          actual += series[w] ?? 0;
          m++;
        }
      }
      const sigma = n > 0 ? Math.sqrt(sse / n) : 0;
      const values = f.values.map((v) => v * share);
      const sla = region.slaDeliveryDays;
      const serviceLevel = region.cycleServiceLevel ?? inputs.settings.defaultServiceLevels[abcClass];
      const naiveScale = regionNaiveScale(series, weeks);
      regionForecasts.push({
        skuId: sku.id,
        regionId: region.id,
        method: f.method,
        mase: m > 0 && naiveScale ? absErr / m / naiveScale : null,
        wape: m > 0 && actual > 0 ? absErr / actual : null,
        bias: m > 0 ? err / m : null,
        values,
        lower: values.map((v, k) => Math.max(0, v - z * sigma * (growth[k] ?? 1))),
        upper: values.map((v, k) => v + z * sigma * (growth[k] ?? 1)),
        sigma,
        share,
        historyUnits: all,
        forecastUnits: values.reduce((a, b) => a + b, 0),
      });
      if (share > 0) {
        const daily = rescaleDemand({ mean: share * rate, sd: sigma * (growth[0] ?? 1), fromPeriodDays: 7, toPeriodDays: 1 });
        regionDemand.push({ regionId: region.id, demandPerDay: daily.mean, demandSdPerDay: daily.sd, serviceLevel, slaDeliveryDays: sla ?? 365 });
      }
    });
    timings.forecast += performance.now() - t0;

    // Region assignment under the stocking policy, then targets per location.
    t0 = performance.now();
    if (central && regionDemand.length > 0 && lanes.length > 0) {
      const leadTimeDays = sku.leadTimeDays ?? DEFAULT_LEAD_TIME_DAYS;
      const assignmentLocations: AssignmentLocation[] = inputs.locations.map((l) => ({ locationId: l.id, holdingCostPerUnit: (sku.unitCost * l.holdingRate * (leadTimeDays + inputs.settings.reviewPeriodDays)) / 365 }));
      const assignment = assignSkuRegions({ abcClass, regions: regionDemand, lanes, locations: assignmentLocations, centralLocationId: central.id, policy: policyFor(inputs.settings, sku) });
      const nodes = nodeTargets({
        regions: regionDemand,
        assignments: assignment.assignments,
        locations: assignment.stocking.stockedLocationIds.map((id) => ({ locationId: id, leadTimeDays, leadTimeSdDays: sku.leadTimeSdDays, reviewPeriodDays: inputs.settings.reviewPeriodDays })),
      });
      for (const node of nodes) {
        const reorderPoint = Math.max(0, Math.ceil(node.reorderPointUnits));
        targets.push({
          skuId: sku.id,
          locationId: node.locationId,
          demandPerDay: node.demandPerDay,
          demandSdPerDay: node.demandSdPerDay,
          leadTimeDays,
          safetyStock: Math.max(0, Math.ceil(node.safetyStockUnits)),
          reorderPoint,
          orderUpTo: Math.max(reorderPoint, Math.ceil(node.orderUpToUnits)),
          serviceLevel: node.serviceLevel,
          abcClass,
          xyzClass: xyz.xyzClass,
        });
      }
      plans.push({ skuIndex: s, abcClass, nodes, assignments: assignment.assignments, regionDemand, stockedLocationIds: assignment.stocking.stockedLocationIds, leadTimeDays });
    }
    timings.targets += performance.now() - t0;
  }

  await progress('recommend', 80);
  t0 = performance.now();
  const recommendations = await recommend(inputs, plans, central?.id ?? null);
  timings.recommend += performance.now() - t0;

  const summary = buildSummary({ inputs, total, totalForecast, totalVariance, z, tally, counts, skus: skuForecasts.length, totalSeries: skuForecasts.length });
  return { skuForecasts, regionForecasts, targets, recommendations, summary, timings };
}

/** In-sample seasonal-naive MAE of a region series (lag 52 when over a year of history, else lag 1). */
function regionNaiveScale(series: Float64Array, weeks: number): number | null {
  const lag = weeks > 52 ? 52 : 1;
  let sum = 0;
  let n = 0;
  for (let w = lag; w < weeks; w++) {
    sum += Math.abs((series[w] ?? 0) - (series[w - lag] ?? 0));
    n++;
  }
  return n > 0 && sum > 0 ? sum / n : null;
}
