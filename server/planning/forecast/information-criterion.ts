/**
 * Information criteria of an in-sample fit (Akaike 1974; Hyndman, Koehler, Snyder & Grose 2002, "A state space
 * framework for automatic forecasting using exponential smoothing methods", International Journal of Forecasting
 * 18(3); Hyndman, Koehler, Ord & Snyder 2008, "Forecasting with Exponential Smoothing", §7.1; FPP3 §8.6).
 *
 * For a model with additive Gaussian one-step errors e_t the log-likelihood, maximised over sigma², is
 * -n/2 (log(2 pi SSE / n) + 1), so up to a constant that is the same for every model fitted to the same weeks
 *   AIC  = n log(SSE / n) + 2k
 *   AICc = AIC + 2k(k + 1) / (n - k - 1)
 * with k the number of estimated parameters: smoothing parameters, initial states and sigma² itself (as R's
 * forecast::ets counts them). AICc is undefined (null) when n <= k + 1: the model has as many parameters as the
 * data has weeks. The seasonal states of Holt-Winters count (m - 1 of them, their mean being fixed), which is why
 * a season of 52 weeks needs far more than two years of history before AICc lets per-series Holt-Winters win.
 *
 * `penalisedSigma` turns AIC into a figure in units/week, exp(AIC / 2n) = RMSE x exp(k / n): the in-sample RMSE
 * inflated by the parameter penalty. It makes models fitted on different numbers of weeks comparable per week
 * (seasonal naive has no forecast in its first season, Croston none before the first demand), and it is what the
 * selection (select.ts) multiplies with the holdout MAE. AIC rather than AICc: the selection already has the holdout
 * as its small-sample guard, Billah, King, Snyder & Koehler (2006, "Exponential smoothing model selection for
 * forecasting", IJF 22(2)) found AIC the best of the information criteria they compared for exponential smoothing,
 * and AICc's regression-based correction charges a 52-week Holt-Winters (k = 58) on 117 weeks as much again as
 * AIC does (Walmart 45 stores, one-step rolling origin: WAPE 3.11% with AIC, 3.67% with AICc, 3.29% holdout alone;
 * tests/bench/forecast-walmart.ts). AICc is still reported, and both are undefined when n <= k + 1.
 *
 * Seasonal naive, Croston, SBA and TSB have no state-space model with this likelihood (Shenstone & Hyndman 2005 for
 * Croston); for them the same formula is used as a parameter-penalised in-sample fit, with k counted the same way.
 */
import type { FittedModel, ForecastMethod } from './fitted-model';

/**
 * Number of estimated parameters of a fitted method, including sigma².
 * @param method the method
 * @param seasonLengthWeeks season length m of the fit, weeks (Holt-Winters: m - 1 free seasonal states)
 */
export function parameterCount(method: ForecastMethod, seasonLengthWeeks = 1): number {
  const m = Math.max(1, Math.floor(seasonLengthWeeks));
  switch (method) {
    case 'seasonal-naive':
      return 1; // sigma² only: the forecasts are last season's values
    case 'ses':
      return 3; // alpha, l0, sigma²
    case 'holt-damped':
      return 6; // alpha, beta*, phi, l0, b0, sigma²
    case 'holt-winters-additive':
    case 'holt-winters-multiplicative':
      return 7 + (m - 1); // alpha, beta*, gamma, phi, l0, b0, sigma² and m - 1 seasonal states
    case 'croston':
    case 'sba':
    case 'tsb':
      return 5; // two smoothing parameters, two initial states, sigma²
  }
}

/** Parameter count of a FittedModel (reads the season length of Holt-Winters from its params). */
export function modelParameterCount(model: FittedModel): number {
  return parameterCount(model.method, Number(model.params.seasonLengthWeeks ?? 1));
}

/** In-sample fit figures of one model. */
export interface InformationCriterion {
  /** Weeks with a one-step in-sample forecast (n). */
  readonly weeks: number;
  /** Parameters counted (k, may be fractional for a pooled seasonal profile, see seasonal-profile.ts). */
  readonly parameters: number;
  /** Sum of squared one-step errors, (units/week)². */
  readonly sse: number;
  /** AIC (dimensionless, up to a constant per week); null when n <= k + 1. */
  readonly aic: number | null;
  /** AICc (dimensionless, up to a constant per week); null when n <= k + 1. */
  readonly aicc: number | null;
  /** exp(AIC / 2n), units/week; Infinity when the criteria are undefined. */
  readonly penalisedSigma: number;
}

/**
 * AIC and AICc of the one-step in-sample errors.
 * @param actual observed demand, units/week
 * @param fitted one-step in-sample forecasts of the same weeks, units/week (NaN / null weeks are skipped)
 * @param parameters k, including sigma²
 */
export function informationCriterion(
  actual: readonly number[],
  fitted: readonly (number | null)[],
  parameters: number,
): InformationCriterion {
  let sse = 0;
  let n = 0;
  const len = Math.min(actual.length, fitted.length);
  for (let t = 0; t < len; t++) {
    const f = fitted[t];
    const a = actual[t];
    if (f === null || f === undefined || a === undefined || !Number.isFinite(f) || !Number.isFinite(a)) continue;
    const e = a - f;
    sse += e * e;
    n++;
  }
  const k = parameters;
  if (!(n > k + 1)) {
    return { weeks: n, parameters: k, sse, aic: null, aicc: null, penalisedSigma: Number.POSITIVE_INFINITY };
  }
  // A perfect fit (SSE 0) has log(0) = -Infinity; a tiny floor keeps the ranking finite and still first.
  const meanSquare = Math.max(sse / n, 1e-300);
  const aic = n * Math.log(meanSquare) + 2 * k;
  const aicc = aic + (2 * k * (k + 1)) / (n - k - 1);
  return { weeks: n, parameters: k, sse, aic, aicc, penalisedSigma: Math.sqrt(meanSquare) * Math.exp(k / n) };
}
