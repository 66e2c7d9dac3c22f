/**
 * One SKU's forecast (or one SKU x region): weekly history, forecast and band, the method and why (every
 * candidate's holdout score), accuracy, demand pattern and ABC/XYZ class.
 */
import { and, asc, eq } from 'drizzle-orm';
import { forecasts, planningRuns, regions, skuForecasts, skus } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { NotFound } from '../../errors';
import { resultRunId } from '../planning/current-run';
import { weeklyDemand } from '../planning/weekly-demand';
import { weeksBetween, weeksFrom } from '../planning/weeks';
import type { ForecastDetailInput } from './schemas';
import type { CandidateScoreView, ForecastDetail } from './types';

const METHOD_LABELS: Record<string, string> = {
  'seasonal-naive': 'seasonal naive',
  ses: 'simple exponential smoothing',
  'holt-damped': 'Holt (damped trend)',
  'holt-winters-additive': 'Holt-Winters (additive)',
  'holt-winters-multiplicative': 'Holt-Winters (multiplicative)',
  croston: 'Croston',
  sba: 'SBA (Syntetos-Boylan)',
  tsb: 'TSB',
};

export function methodLabel(method: string): string {
  return METHOD_LABELS[method] ?? method;
}

/** Why the method was chosen, in words, from the candidates' holdout scores. */
export function methodReason(method: string, candidates: CandidateScoreView[], historyWeeks: number): string {
  const chosen = candidates.find((c) => c.chosen);
  if (!chosen || candidates.length === 0) {
    return historyWeeks < 16
      ? `${methodLabel(method)}: ${historyWeeks} weeks of history are too few to hold any out, so the simplest suitable method is used.`
      : `${methodLabel(method)}: there was nothing to choose between.`;
  }
  const fmt = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
  const naive = candidates.find((c) => c.method === 'seasonal-naive');
  const runnerUp = candidates.find((c) => !c.chosen);
  const against = naive && naive !== chosen ? ` vs seasonal naive ${fmt(naive.mase)}` : runnerUp ? ` vs ${methodLabel(runnerUp.method)} ${fmt(runnerUp.mase)}` : '';
  return `${methodLabel(method)}: lowest holdout MASE of ${candidates.length} candidates (${fmt(chosen.mase)}${against}).`;
}

export async function getForecastDetail({ ctx, input }: { ctx: TenantServiceContext; input: ForecastDetailInput }): Promise<ForecastDetail> {
  const runId = await resultRunId(ctx.tx, ctx.tenant.id, input.runId);
  if (!runId) throw new NotFound('No planning run has finished yet: run planning to see forecasts.');
  const tenantId = ctx.tenant.id;
  const [row] = await ctx.tx
    .select({ sf: skuForecasts, sku: { id: skus.id, code: skus.code, name: skus.name, category: skus.category }, asOfWeek: planningRuns.asOfWeek })
    .from(skuForecasts)
    .innerJoin(skus, and(eq(skus.tenantId, skuForecasts.tenantId), eq(skus.id, skuForecasts.skuId)))
    .innerJoin(planningRuns, and(eq(planningRuns.tenantId, skuForecasts.tenantId), eq(planningRuns.id, skuForecasts.runId)))
    .where(and(eq(skuForecasts.tenantId, tenantId), eq(skuForecasts.runId, runId), eq(skuForecasts.skuId, input.skuId)));
  if (!row) throw new NotFound('This SKU has no forecast in the planning run.');
  const { sf } = row;
  const candidates: CandidateScoreView[] = sf.candidates.map((c) => ({ ...c, chosen: c.method === sf.method }));
  const historyWeeks = weeksFrom(sf.historyStartWeek, sf.history.length);
  const forecastWeeks = weeksFrom(sf.firstWeek, sf.weeklyValues.length);

  const regionRows = await ctx.tx
    .select({ f: forecasts, regionCode: regions.code, regionName: regions.name })
    .from(forecasts)
    .innerJoin(regions, and(eq(regions.tenantId, forecasts.tenantId), eq(regions.id, forecasts.regionId)))
    .where(and(eq(forecasts.tenantId, tenantId), eq(forecasts.runId, runId), eq(forecasts.skuId, input.skuId)))
    .orderBy(asc(regions.code));
  const base = {
    runId,
    sku: row.sku,
    method: sf.method,
    methodReason: methodReason(sf.method, candidates, sf.history.length),
    candidates,
    pattern: sf.pattern,
    abcClass: sf.abcClass,
    xyzClass: sf.xyzClass,
    cv: sf.cv,
    adi: sf.adi,
  };

  if (!input.regionId) {
    return {
      ...base,
      region: null,
      accuracy: { mase: sf.mase, wape: sf.wape, bias: sf.bias },
      regionShare: null,
      sigma: sf.sigma,
      series: { historyWeeks, history: sf.history, forecastWeeks, forecast: sf.weeklyValues, lower: sf.weeklyLower, upper: sf.weeklyUpper },
      regions: regionRows.map((r) => ({
        regionId: r.f.regionId,
        regionCode: r.regionCode,
        regionName: r.regionName,
        forecastUnits: r.f.forecastUnits ?? 0,
        share: r.f.share ?? 0,
      })),
    };
  }

  const region = regionRows.find((r) => r.f.regionId === input.regionId);
  if (!region) throw new NotFound('This SKU has no forecast for that region in the planning run.');
  const toWeek = row.asOfWeek ?? sf.firstWeek;
  const demand = await weeklyDemand(ctx.tx, { tenantId, timeZone: ctx.tenant.timezone, fromWeek: sf.historyStartWeek, toWeek, skuId: input.skuId, regionId: input.regionId });
  const history = new Array<number>(Math.max(0, weeksBetween(sf.historyStartWeek, toWeek))).fill(0);
  for (const d of demand) {
    const i = weeksBetween(sf.historyStartWeek, d.week);
    if (i >= 0 && i < history.length) history[i] = d.units;
  }
  const f = region.f;
  return {
    ...base,
    method: f.method,
    region: { id: f.regionId, code: region.regionCode, name: region.regionName },
    accuracy: { mase: f.mase, wape: f.wape, bias: f.bias },
    regionShare: f.share,
    sigma: f.sigma,
    series: {
      historyWeeks: weeksFrom(sf.historyStartWeek, history.length),
      history,
      forecastWeeks: weeksFrom(f.firstWeek, f.weeklyValues.length),
      forecast: f.weeklyValues,
      lower: f.weeklyLower ?? f.weeklyValues,
      upper: f.weeklyUpper ?? f.weeklyValues,
    },
    regions: [],
  };
}
