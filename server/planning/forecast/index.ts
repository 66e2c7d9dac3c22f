/**
 * Demand forecasting for the planning engine (DESIGN.md §5). Pure: numbers in, numbers out.
 *
 * `forecast(history, options)` takes weekly demand (units/week, oldest first) and returns point forecasts for the
 * next `horizon` weeks (units/week, clamped at 0), the one-step residual sigma (units/week) and normal prediction
 * intervals, with the method chosen automatically by rolling-origin holdout unless one is forced.
 */
import type { DemandPattern } from '../segmentation/demand-pattern';
import { classifyDemandPattern } from '../segmentation/demand-pattern';
import type { AccuracyReport } from './accuracy';
import { canFit, fitMethod } from './fit-method';
import { FORECAST_METHODS, type FittedModel, type ForecastMethod } from './fitted-model';
import { predictionIntervals, residualSigma } from './prediction-interval';
import { defaultHoldoutWeeks, holdoutAccuracy, MIN_HOLDOUT_WEEKS, selectMethod, type CandidateScore } from './select';

export type { FittedModel, ForecastMethod } from './fitted-model';
export { FORECAST_METHODS } from './fitted-model';
export * from './accuracy';
export { canFit, fitMethod } from './fit-method';
export { candidateMethods, defaultHoldoutWeeks, holdoutAccuracy, selectMethod, type CandidateScore, type Selection } from './select';
export { predictionIntervals, residualSigma } from './prediction-interval';

export type ForecastMethodOption = 'auto' | ForecastMethod;

export interface ForecastOptions {
  /** Number of weeks to forecast (integer >= 0). */
  readonly horizon: number;
  /** Season length in weeks (52 for yearly seasonality of weekly data); omit for non-seasonal demand. */
  readonly seasonLength?: number;
  /** Method to use; 'auto' (default) selects by rolling-origin holdout MASE. */
  readonly method?: ForecastMethodOption;
  /** Coverage of the prediction intervals, in (0, 1); default 0.95. */
  readonly level?: number;
  /** Held-out weeks for selection and accuracy; default min(13, floor(n / 4)). */
  readonly holdoutWeeks?: number;
}

export interface ForecastResult {
  readonly method: ForecastMethod;
  /** Point forecasts for weeks 1..horizon after the history, units/week, >= 0. */
  readonly values: number[];
  /** RMSE of the one-step in-sample residuals of the fitted method, units/week (0 without residuals). */
  readonly sigma: number;
  /** sigma_h for h = 1..horizon, units/week. */
  readonly sigmaByHorizon: number[];
  /** Lower / upper bounds of the `level` prediction interval, units/week (lower clamped at 0). */
  readonly lower?: number[];
  readonly upper?: number[];
  /** Rolling-origin holdout accuracy of the chosen method (absent when the history is too short). */
  readonly accuracy?: AccuracyReport;
  /** One-step in-sample forecasts over the history, units/week; null for warm-up weeks without a forecast. */
  readonly fitted: (number | null)[];
  /** Fitted parameters and initial states of the method. */
  readonly params: Readonly<Record<string, number>>;
  readonly pattern: DemandPattern;
  /** Holdout ranking of the candidates (auto only), best first. */
  readonly candidates?: readonly CandidateScore[];
}

function validate(history: readonly number[], options: ForecastOptions): void {
  if (!Number.isInteger(options.horizon) || options.horizon < 0) {
    throw new RangeError(`horizon must be a non-negative integer number of weeks, got ${options.horizon}`);
  }
  if (options.seasonLength !== undefined && !(Number.isInteger(options.seasonLength) && options.seasonLength >= 1)) {
    throw new RangeError(`seasonLength must be a positive integer number of weeks, got ${options.seasonLength}`);
  }
  const method = options.method ?? 'auto';
  if (method !== 'auto' && !FORECAST_METHODS.includes(method)) throw new RangeError(`unknown method ${String(method)}`);
  const bad = history.findIndex((y) => !Number.isFinite(y));
  if (bad >= 0) throw new RangeError(`history[${bad}] is not a finite number`);
}

/**
 * Forecasts weekly demand.
 * @param history demand, units/week, oldest first (may be empty)
 * @param options horizon (weeks), season length (weeks), method, interval level, holdout length (weeks)
 */
export function forecast(history: readonly number[], options: ForecastOptions): ForecastResult {
  validate(history, options);
  const m = options.seasonLength;
  const requested = options.method ?? 'auto';
  const level = options.level ?? 0.95;
  let model: FittedModel;
  let pattern: DemandPattern;
  let accuracy: AccuracyReport | undefined;
  let candidates: readonly CandidateScore[] | undefined;

  if (history.length === 0 || history.every((y) => y === 0)) {
    // No demand observed: SES on zeros forecasts zero; there is nothing to select between.
    model = fitMethod('ses', history, m);
    pattern = 'none';
  } else if (requested === 'auto') {
    const selection = selectMethod(history, { seasonLengthWeeks: m, holdoutWeeks: options.holdoutWeeks });
    model = selection.model;
    pattern = selection.pattern;
    candidates = selection.scores;
    accuracy = selection.scores.find((s) => s.method === selection.method)?.accuracy;
  } else {
    pattern = classifyDemandPattern(history).pattern;
    if (!canFit(requested, history, m)) {
      throw new RangeError(`method ${requested} cannot be fitted on this history (${history.length} weeks)`);
    }
    model = fitMethod(requested, history, m);
    const holdout = options.holdoutWeeks ?? defaultHoldoutWeeks(history.length);
    if (holdout >= MIN_HOLDOUT_WEEKS) accuracy = holdoutAccuracy(requested, history, holdout, m) ?? undefined;
  }

  const values = model.forecast(options.horizon).map((v) => (Number.isFinite(v) ? Math.max(0, v) : 0));
  const sigma = residualSigma(history, model.fitted);
  const growth = model.sigmaGrowth(options.horizon);
  const sigmaByHorizon = growth.map((g) => sigma * g);
  const { lower, upper } = predictionIntervals(values, sigma, growth, level);
  return {
    method: model.method,
    values,
    sigma,
    sigmaByHorizon,
    lower,
    upper,
    ...(accuracy ? { accuracy } : {}),
    fitted: model.fitted.map((f) => (Number.isFinite(f) ? f : null)),
    params: model.params,
    pattern,
    ...(candidates ? { candidates } : {}),
  };
}
