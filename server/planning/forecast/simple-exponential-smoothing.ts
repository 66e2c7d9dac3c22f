/**
 * Simple exponential smoothing (Hyndman & Athanasopoulos, FPP3 §8.1), component form:
 *   forecast  y_{t+h|t} = l_t
 *   level     l_t = alpha * y_t + (1 - alpha) * l_{t-1}
 * alpha is fitted by minimising the in-sample one-step SSE (grid + golden section on [1e-4, 1 - 1e-4]); for each
 * alpha the initial level l_0 that minimises the SSE is computed in closed form, because the one-step forecast
 * of week t depends on l_0 linearly with weight (1 - alpha)^t.
 */
import { linearModelSigmaGrowth, type FittedModel } from './fitted-model';
import { minimiseOnInterval } from './golden-section';
import { SMOOTHING_BOUNDS } from './parameter-bounds';

/**
 * Runs the SES recursion with fixed alpha and initial level.
 * @param series demand, units/week
 * @param alpha smoothing parameter in [0, 1]
 * @param initialLevel l_0, units/week
 * @returns one-step forecasts (units/week, `fitted[t]` = l_{t-1}) and the final level l_T
 */
export function sesRecursion(
  series: readonly number[],
  alpha: number,
  initialLevel: number,
): { fitted: number[]; level: number } {
  const fitted: number[] = [];
  let level = initialLevel;
  for (const y of series) {
    fitted.push(level);
    level += alpha * (y - level);
  }
  return { fitted, level };
}

/** SSE of SES for this alpha with the optimal initial level; returns both. */
function concentratedSse(series: readonly number[], alpha: number): { sse: number; initialLevel: number } {
  // e_t(l0) = e0_t - w_t * l0 with e0_t the error when l0 = 0 and w_t = (1 - alpha)^t.
  let level0 = 0;
  let w = 1;
  let sumEe = 0;
  let sumEw = 0;
  let sumWw = 0;
  for (const y of series) {
    const e0 = y - level0;
    sumEe += e0 * e0;
    sumEw += e0 * w;
    sumWw += w * w;
    level0 += alpha * e0;
    w *= 1 - alpha;
  }
  if (sumWw <= 0) return { sse: sumEe, initialLevel: 0 };
  const initialLevel = sumEw / sumWw;
  return { sse: Math.max(0, sumEe - (sumEw * sumEw) / sumWw), initialLevel };
}

/** Fitted SES: smoothing parameter alpha and initial level (units/week). */
export interface SesParameters {
  readonly alpha: number;
  readonly initialLevel: number;
}

/**
 * Fits alpha and l_0 by least squares.
 * @param history demand, units/week (length >= 1)
 */
export function fitSesParameters(history: readonly number[]): SesParameters {
  if (history.length === 0) return { alpha: 0.5, initialLevel: 0 };
  const best = minimiseOnInterval(
    (alpha) => concentratedSse(history, alpha).sse,
    SMOOTHING_BOUNDS.min,
    SMOOTHING_BOUNDS.max,
    11,
    1e-4,
  );
  let { initialLevel } = concentratedSse(history, best.x);
  // Keep the initial level inside the observed range (guards against wild values on very short series).
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const y of history) {
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  initialLevel = Math.min(hi, Math.max(lo, initialLevel));
  return { alpha: best.x, initialLevel };
}

/**
 * SES with given parameters as a FittedModel.
 * @param history demand, units/week
 */
export function sesModel(history: readonly number[], params: SesParameters): FittedModel {
  const { fitted, level } = sesRecursion(history, params.alpha, params.initialLevel);
  return {
    method: 'ses',
    params: { alpha: params.alpha, initialLevel: params.initialLevel },
    fitted,
    forecast: (horizonWeeks) => new Array<number>(Math.max(0, horizonWeeks)).fill(level),
    // FPP3 Table 8.8, ETS(A,N,N): sigma_h^2 = sigma^2 [1 + alpha^2 (h - 1)].
    sigmaGrowth: (horizonWeeks) => linearModelSigmaGrowth(horizonWeeks, () => params.alpha),
    oneStepAhead: (series) => sesRecursion(series, params.alpha, params.initialLevel).fitted,
  };
}

/**
 * Fits simple exponential smoothing.
 * @param history demand, units/week, oldest first
 */
export function fitSes(history: readonly number[]): FittedModel {
  return sesModel(history, fitSesParameters(history));
}
