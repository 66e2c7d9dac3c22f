/**
 * Croston's method for intermittent demand (Croston 1972, "Forecasting and stock control for intermittent demands",
 * Operational Research Quarterly 23(3)) and its bias-corrected variant SBA (Syntetos & Boylan 2005, "The accuracy
 * of intermittent demand estimates", International Journal of Forecasting 21(2)).
 *
 * The series is split into non-zero demand sizes q_i and the intervals a_i between them (counted in weeks, the
 * first interval from the start of the series; FPP3 §13.2 / FPP2 §12.2). Each is smoothed by SES, only in weeks
 * with demand:  z_i = z_{i-1} + alphaSize (q_i - z_{i-1}),  p_i = p_{i-1} + alphaInterval (a_i - p_{i-1}).
 * Forecast per week: Croston z/p; SBA (1 - alphaInterval/2) z/p. Initial z and p are the first size and first
 * interval (as R's forecast::croston). Both smoothing parameters are fitted by Nelder–Mead on the in-sample
 * one-step SSE of the method's own forecasts (Kourentzes 2014 argues for separate, optimised parameters).
 */
import { sqrtHorizonGrowth, type FittedModel } from './fitted-model';
import { nelderMead } from './nelder-mead';
import { fromBounded, toBounded } from './parameter-bounds';

export type CrostonVariant = 'croston' | 'sba';

/** Smoothing parameters (dimensionless, in (0, 1)). */
export interface CrostonParameters {
  readonly alphaSize: number;
  readonly alphaInterval: number;
}

/** Bounds of the Croston smoothing parameters. */
const ALPHA_MIN = 0.01;
const ALPHA_MAX = 0.99;

/** Default parameters when there are too few demands to fit (0.1 is the usual recommendation, Croston 1972). */
export const DEFAULT_CROSTON_PARAMETERS: CrostonParameters = { alphaSize: 0.1, alphaInterval: 0.1 };

/**
 * Splits a series into non-zero demand sizes and inter-demand intervals.
 * @param series demand, units/week
 * @returns sizes (units) and intervals (weeks; the first counted from the start of the series, i.e. week index + 1)
 */
export function demandSizesAndIntervals(series: readonly number[]): { sizes: number[]; intervalsWeeks: number[] } {
  const sizes: number[] = [];
  const intervalsWeeks: number[] = [];
  let last = -1;
  series.forEach((y, t) => {
    if (y > 0) {
      sizes.push(y);
      intervalsWeeks.push(t - last);
      last = t;
    }
  });
  return { sizes, intervalsWeeks };
}

/**
 * Runs Croston / SBA with fixed parameters.
 * @param series demand, units/week
 * @returns one-step forecasts (units/week; NaN up to and including the first demand week), the final per-week
 *   forecast, the smoothed size (units) and interval (weeks), and the SSE over the weeks that have a forecast
 */
export function crostonRecursion(
  series: readonly number[],
  p: CrostonParameters,
  variant: CrostonVariant,
): { fitted: number[]; next: number; size: number; intervalWeeks: number; sse: number } {
  const factor = variant === 'sba' ? 1 - p.alphaInterval / 2 : 1;
  const fitted: number[] = [];
  let size = Number.NaN;
  let interval = Number.NaN;
  let sinceLast = 0;
  let started = false;
  let sse = 0;
  for (let t = 0; t < series.length; t++) {
    const y = series[t] ?? 0;
    sinceLast++;
    if (!started) {
      fitted.push(Number.NaN);
      if (y > 0) {
        size = y;
        interval = sinceLast;
        sinceLast = 0;
        started = true;
      }
      continue;
    }
    const forecast = (factor * size) / interval;
    fitted.push(forecast);
    sse += (y - forecast) * (y - forecast);
    if (y > 0) {
      size += p.alphaSize * (y - size);
      interval += p.alphaInterval * (sinceLast - interval);
      sinceLast = 0;
    }
  }
  const next = started ? (factor * size) / interval : 0;
  return { fitted, next, size: started ? size : 0, intervalWeeks: started ? interval : 0, sse };
}

/**
 * Fits the two smoothing parameters (defaults when fewer than 3 demands are observed).
 * @param history demand, units/week
 */
export function fitCrostonParameters(history: readonly number[], variant: CrostonVariant): CrostonParameters {
  const demands = history.reduce((k, y) => k + (y > 0 ? 1 : 0), 0);
  if (demands < 3) return DEFAULT_CROSTON_PARAMETERS;
  const decode = (u: readonly number[]): CrostonParameters => ({
    alphaSize: toBounded(u[0] ?? 0, ALPHA_MIN, ALPHA_MAX),
    alphaInterval: toBounded(u[1] ?? 0, ALPHA_MIN, ALPHA_MAX),
  });
  const start = [fromBounded(0.1, ALPHA_MIN, ALPHA_MAX), fromBounded(0.1, ALPHA_MIN, ALPHA_MAX)];
  const result = nelderMead((u) => crostonRecursion(history, decode(u), variant).sse, start, {
    initialStep: 1,
    maxEvaluations: 120,
    functionTolerance: 1e-9,
    pointTolerance: 1e-3,
  });
  return decode(result.x);
}

/**
 * Croston / SBA with given parameters as a FittedModel.
 * @param history demand, units/week
 */
export function crostonModel(history: readonly number[], p: CrostonParameters, variant: CrostonVariant): FittedModel {
  const run = crostonRecursion(history, p, variant);
  return {
    method: variant,
    params: { alphaSize: p.alphaSize, alphaInterval: p.alphaInterval, size: run.size, intervalWeeks: run.intervalWeeks },
    fitted: run.fitted,
    forecast: (horizonWeeks) => new Array<number>(Math.max(0, horizonWeeks)).fill(run.next),
    // No stochastic model underlies Croston's method (Shenstone & Hyndman 2005): sqrt(h) growth.
    sigmaGrowth: sqrtHorizonGrowth,
    oneStepAhead: (series) => crostonRecursion(series, p, variant).fitted,
  };
}

/**
 * Fits Croston's method or SBA.
 * @param history demand, units/week, oldest first
 */
export function fitCroston(history: readonly number[], variant: CrostonVariant): FittedModel {
  return crostonModel(history, fitCrostonParameters(history, variant), variant);
}
