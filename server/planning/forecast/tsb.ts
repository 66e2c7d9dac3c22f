/**
 * TSB method (Teunter, Syntetos & Babai 2011, "Intermittent demand: Linking forecasting to inventory
 * obsolescence", European Journal of Operational Research 214(3)). Unlike Croston it updates every week, so the
 * forecast decays when demand stops (obsolescence):
 *   demand week (y_t > 0):  p_t = p_{t-1} + beta (1 - p_{t-1}),  z_t = z_{t-1} + alpha (y_t - z_{t-1})
 *   zero week:              p_t = (1 - beta) p_{t-1},            z_t = z_{t-1}
 *   forecast per week       y_{t+h|t} = p_t z_t
 * p is the probability of a demand in a week, z the size of a demand (units). Initial values: the share of weeks
 * with demand and the mean non-zero demand of the fitting history. alpha and beta are fitted by Nelder–Mead on the
 * in-sample one-step SSE.
 */
import { sqrtHorizonGrowth, type FittedModel } from './fitted-model';
import { nelderMead } from './nelder-mead';
import { fromBounded, toBounded } from './parameter-bounds';

/** Smoothing parameters (dimensionless) and initial states (probability per week, units per demand). */
export interface TsbParameters {
  readonly alpha: number;
  readonly beta: number;
  readonly initialProbability: number;
  readonly initialSize: number;
}

const PARAM_MIN = 0.01;
const PARAM_MAX = 0.99;

/**
 * Runs TSB with fixed parameters.
 * @param series demand, units/week
 * @returns one-step forecasts (units/week), final demand probability per week and size (units), in-sample SSE
 */
export function tsbRecursion(
  series: readonly number[],
  p: TsbParameters,
): { fitted: number[]; probability: number; size: number; sse: number } {
  const fitted: number[] = [];
  let probability = p.initialProbability;
  let size = p.initialSize;
  let sse = 0;
  for (const y of series) {
    const forecast = probability * size;
    fitted.push(forecast);
    sse += (y - forecast) * (y - forecast);
    if (y > 0) {
      probability += p.beta * (1 - probability);
      size += p.alpha * (y - size);
    } else {
      probability -= p.beta * probability;
    }
  }
  return { fitted, probability, size, sse };
}

/** Initial probability (share of weeks with demand) and size (mean non-zero demand, units). */
export function tsbInitialStates(series: readonly number[]): { initialProbability: number; initialSize: number } {
  let count = 0;
  let total = 0;
  for (const y of series) {
    if (y > 0) {
      count++;
      total += y;
    }
  }
  return {
    initialProbability: series.length > 0 ? count / series.length : 0,
    initialSize: count > 0 ? total / count : 0,
  };
}

/**
 * Fits alpha and beta (0.1 / 0.1 when fewer than 3 demands are observed).
 * @param history demand, units/week
 */
export function fitTsbParameters(history: readonly number[]): TsbParameters {
  const init = tsbInitialStates(history);
  const demands = history.reduce((k, y) => k + (y > 0 ? 1 : 0), 0);
  if (demands < 3) return { alpha: 0.1, beta: 0.1, ...init };
  const decode = (u: readonly number[]): TsbParameters => ({
    alpha: toBounded(u[0] ?? 0, PARAM_MIN, PARAM_MAX),
    beta: toBounded(u[1] ?? 0, PARAM_MIN, PARAM_MAX),
    ...init,
  });
  const start = [fromBounded(0.1, PARAM_MIN, PARAM_MAX), fromBounded(0.1, PARAM_MIN, PARAM_MAX)];
  const result = nelderMead((u) => tsbRecursion(history, decode(u)).sse, start, {
    initialStep: 1,
    maxEvaluations: 120,
    functionTolerance: 1e-9,
    pointTolerance: 1e-3,
  });
  return decode(result.x);
}

/**
 * TSB with given parameters as a FittedModel.
 * @param history demand, units/week
 */
export function tsbModel(history: readonly number[], p: TsbParameters): FittedModel {
  const run = tsbRecursion(history, p);
  const next = run.probability * run.size;
  return {
    method: 'tsb',
    params: { ...p },
    fitted: run.fitted,
    forecast: (horizonWeeks) => new Array<number>(Math.max(0, horizonWeeks)).fill(next),
    // No closed-form variance for the method: sqrt(h) growth.
    sigmaGrowth: sqrtHorizonGrowth,
    oneStepAhead: (series) => tsbRecursion(series, p).fitted,
  };
}

/**
 * Fits the TSB method.
 * @param history demand, units/week, oldest first
 */
export function fitTsb(history: readonly number[]): FittedModel {
  return tsbModel(history, fitTsbParameters(history));
}
