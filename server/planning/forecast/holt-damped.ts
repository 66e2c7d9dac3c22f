/**
 * Holt's linear method with damped trend (Gardner & McKenzie 1985; Hyndman & Athanasopoulos, FPP3 §8.2):
 *   forecast  y_{t+h|t} = l_t + (phi + phi^2 + ... + phi^h) b_t
 *   level     l_t = alpha y_t + (1 - alpha)(l_{t-1} + phi b_{t-1})
 *   trend     b_t = beta* (l_t - l_{t-1}) + (1 - beta*) phi b_{t-1}
 * With phi = 1 it is Holt's (undamped) linear trend method. alpha, beta* and phi are fitted by Nelder–Mead on the
 * in-sample one-step SSE, phi restricted to [0.8, 0.98]. The initial level and slope (l_0, b_0) that minimise the
 * SSE are solved exactly for each trial (the one-step errors are linear in them).
 */
import { linearModelSigmaGrowth, type FittedModel } from './fitted-model';
import { nelderMead } from './nelder-mead';
import { SMOOTHING_BOUNDS, fromBounded, toBounded } from './parameter-bounds';

/** Parameters of the damped trend method; levels and slopes in units/week (slope: units/week per week). */
export interface HoltDampedParameters {
  readonly alpha: number;
  /** Trend smoothing parameter beta* of the component form (FPP3 notation). */
  readonly betaStar: number;
  readonly phi: number;
  readonly initialLevel: number;
  readonly initialTrend: number;
}

/**
 * Runs the recursion with fixed parameters.
 * @param series demand, units/week
 * @returns one-step forecasts (units/week) and the final level and slope
 */
export function holtDampedRecursion(
  series: readonly number[],
  p: HoltDampedParameters,
): { fitted: number[]; level: number; trend: number } {
  const fitted: number[] = [];
  let level = p.initialLevel;
  let trend = p.initialTrend;
  const beta = p.alpha * p.betaStar;
  for (const y of series) {
    const forecast = level + p.phi * trend;
    fitted.push(forecast);
    const e = y - forecast;
    level = forecast + p.alpha * e;
    trend = p.phi * trend + beta * e;
  }
  return { fitted, level, trend };
}

/** Least-squares initial state and SSE for given smoothing parameters. */
function concentrated(
  series: readonly number[],
  alpha: number,
  betaStar: number,
  phi: number,
): { sse: number; initialLevel: number; initialTrend: number } {
  const beta = alpha * betaStar;
  // Three recursions at once: data with zero initial state, and zero data with unit level / unit slope.
  let l0 = 0, b0 = 0, lA = 1, bA = 0, lB = 0, bB = 1;
  let see = 0, sea = 0, seb = 0, saa = 0, sab = 0, sbb = 0;
  for (const y of series) {
    const f0 = l0 + phi * b0;
    const e0 = y - f0;
    l0 = f0 + alpha * e0;
    b0 = phi * b0 + beta * e0;
    const fA = lA + phi * bA; // response of the forecast to a unit initial level
    lA = fA - alpha * fA;
    bA = phi * bA - beta * fA;
    const fB = lB + phi * bB; // response to a unit initial slope
    lB = fB - alpha * fB;
    bB = phi * bB - beta * fB;
    see += e0 * e0;
    sea += e0 * fA;
    seb += e0 * fB;
    saa += fA * fA;
    sab += fA * fB;
    sbb += fB * fB;
  }
  // Minimise sum (e0 - a*fA - b*fB)^2 over (a, b): normal equations with a tiny ridge for stability.
  const ridge = 1e-9 * (saa + sbb) + 1e-12;
  const det = (saa + ridge) * (sbb + ridge) - sab * sab;
  if (!(Math.abs(det) > 0)) return { sse: see, initialLevel: 0, initialTrend: 0 };
  const a = (sea * (sbb + ridge) - seb * sab) / det;
  const b = (seb * (saa + ridge) - sea * sab) / det;
  const sse = see - 2 * (a * sea + b * seb) + a * a * saa + 2 * a * b * sab + b * b * sbb;
  return { sse: Math.max(0, sse), initialLevel: a, initialTrend: b };
}

/**
 * Fits alpha, beta*, phi and the initial state by least squares.
 * @param history demand, units/week (length >= 3 for a meaningful fit)
 */
export function fitHoltDampedParameters(history: readonly number[]): HoltDampedParameters {
  const { min, max, phiMin, phiMax } = SMOOTHING_BOUNDS;
  const decode = (u: readonly number[]) => ({
    alpha: toBounded(u[0] ?? 0, min, max),
    betaStar: toBounded(u[1] ?? 0, min, max),
    phi: toBounded(u[2] ?? 0, phiMin, phiMax),
  });
  const start = [fromBounded(0.5, min, max), fromBounded(0.1, min, max), fromBounded(0.9, phiMin, phiMax)];
  const result = nelderMead(
    (u) => {
      const q = decode(u);
      return concentrated(history, q.alpha, q.betaStar, q.phi).sse;
    },
    start,
    { initialStep: 1, maxEvaluations: 300, functionTolerance: 1e-9, pointTolerance: 1e-3 },
  );
  const q = decode(result.x);
  const init = concentrated(history, q.alpha, q.betaStar, q.phi);
  return { ...q, initialLevel: init.initialLevel, initialTrend: init.initialTrend };
}

/** Sum phi + phi^2 + ... + phi^h (dimensionless). */
export function dampedSum(phi: number, h: number): number {
  let sum = 0;
  let power = 1;
  for (let i = 1; i <= h; i++) {
    power *= phi;
    sum += power;
  }
  return sum;
}

/**
 * The damped trend method with given parameters as a FittedModel.
 * @param history demand, units/week
 */
export function holtDampedModel(history: readonly number[], p: HoltDampedParameters): FittedModel {
  const { fitted, level, trend } = holtDampedRecursion(history, p);
  const beta = p.alpha * p.betaStar;
  return {
    method: 'holt-damped',
    params: { ...p },
    fitted,
    forecast(horizonWeeks) {
      const out: number[] = [];
      for (let h = 1; h <= horizonWeeks; h++) out.push(level + dampedSum(p.phi, h) * trend);
      return out;
    },
    // ETS(A,Ad,N): c_j = alpha + beta * (phi + ... + phi^j), beta = alpha * beta* (Hyndman et al. 2008, Table 6.1).
    sigmaGrowth: (horizonWeeks) => linearModelSigmaGrowth(horizonWeeks, (j) => p.alpha + beta * dampedSum(p.phi, j)),
    oneStepAhead: (series) => holtDampedRecursion(series, p).fitted,
  };
}

/**
 * Fits Holt's damped trend method.
 * @param history demand, units/week, oldest first
 */
export function fitHoltDamped(history: readonly number[]): FittedModel {
  return holtDampedModel(history, fitHoltDampedParameters(history));
}
