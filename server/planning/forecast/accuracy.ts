/**
 * Forecast accuracy measures (Hyndman & Athanasopoulos, FPP3 §5.8; Hyndman & Koehler 2006, "Another look at
 * measures of forecast accuracy", International Journal of Forecasting 22(4)). Errors are e_t = y_t - yhat_t.
 * Pairs where either value is not finite (e.g. warm-up weeks without a forecast) are skipped. A measure that is
 * undefined for the data (no pairs, zero denominator) is null.
 */

interface Pair {
  readonly actual: number;
  readonly forecast: number;
}

function pairs(actual: readonly number[], forecast: readonly number[]): Pair[] {
  const out: Pair[] = [];
  const n = Math.min(actual.length, forecast.length);
  for (let t = 0; t < n; t++) {
    const a = actual[t] ?? Number.NaN;
    const f = forecast[t] ?? Number.NaN;
    if (Number.isFinite(a) && Number.isFinite(f)) out.push({ actual: a, forecast: f });
  }
  return out;
}

/**
 * Mean absolute error, units/week: mean |y_t - yhat_t|.
 * @param actual observed demand, units/week
 * @param forecast forecasts of the same weeks, units/week
 */
export function meanAbsoluteError(actual: readonly number[], forecast: readonly number[]): number | null {
  const p = pairs(actual, forecast);
  if (p.length === 0) return null;
  return p.reduce((s, { actual: a, forecast: f }) => s + Math.abs(a - f), 0) / p.length;
}

/**
 * Weighted absolute percentage error (fraction): sum |e_t| / sum |y_t|. Null when every actual is zero.
 */
export function weightedAbsolutePercentageError(actual: readonly number[], forecast: readonly number[]): number | null {
  const p = pairs(actual, forecast);
  const denominator = p.reduce((s, { actual: a }) => s + Math.abs(a), 0);
  if (!(denominator > 0)) return null;
  return p.reduce((s, { actual: a, forecast: f }) => s + Math.abs(a - f), 0) / denominator;
}

/**
 * Mean absolute percentage error (fraction, 0.05 = 5%): mean of |e_t / y_t| over weeks with y_t != 0 (weeks with
 * zero demand are skipped because the ratio is undefined). Null when no week has non-zero demand.
 */
export function meanAbsolutePercentageError(actual: readonly number[], forecast: readonly number[]): number | null {
  const p = pairs(actual, forecast).filter(({ actual: a }) => a !== 0);
  if (p.length === 0) return null;
  return p.reduce((s, { actual: a, forecast: f }) => s + Math.abs((a - f) / a), 0) / p.length;
}

/**
 * Bias, units/week: mean(yhat_t - y_t). Positive means over-forecasting (FPP3's "mean error" has the opposite sign).
 */
export function forecastBias(actual: readonly number[], forecast: readonly number[]): number | null {
  const p = pairs(actual, forecast);
  if (p.length === 0) return null;
  return p.reduce((s, { actual: a, forecast: f }) => s + (f - a), 0) / p.length;
}

/**
 * Scale of MASE: in-sample MAE of the seasonal naive method on the training series, units/week:
 * (1 / (T - m)) sum_{t=m+1}^{T} |y_t - y_{t-m}| (Hyndman & Koehler 2006, eq. for seasonal series). Falls back to
 * m = 1 when the training series is not longer than one season. Null when fewer than two training weeks.
 * @param training the series the forecasts were fitted on, units/week
 * @param seasonLengthWeeks m, weeks (1 = non-seasonal naive)
 */
export function naiveScale(training: readonly number[], seasonLengthWeeks = 1): number | null {
  let m = Math.max(1, Math.floor(seasonLengthWeeks));
  if (training.length <= m) m = 1;
  if (training.length <= m) return null;
  let sum = 0;
  for (let t = m; t < training.length; t++) sum += Math.abs((training[t] ?? 0) - (training[t - m] ?? 0));
  return sum / (training.length - m);
}

/**
 * Mean absolute scaled error (dimensionless): MAE / naiveScale(training). Null when the scale is zero or undefined.
 */
export function meanAbsoluteScaledError(
  actual: readonly number[],
  forecast: readonly number[],
  training: readonly number[],
  seasonLengthWeeks = 1,
): number | null {
  const mae = meanAbsoluteError(actual, forecast);
  const scale = naiveScale(training, seasonLengthWeeks);
  if (mae === null || scale === null || !(scale > 0)) return null;
  return mae / scale;
}

/** All measures for one set of forecasts; units as in the individual functions. */
export interface AccuracyReport {
  /** Number of (actual, forecast) pairs evaluated. */
  readonly weeks: number;
  readonly mae: number | null;
  readonly wape: number | null;
  readonly mape: number | null;
  readonly mase: number | null;
  readonly bias: number | null;
}

/**
 * Computes every measure.
 * @param actual observed demand, units/week
 * @param forecast forecasts of the same weeks, units/week
 * @param training series used for fitting (MASE scale), units/week
 * @param seasonLengthWeeks season length for the MASE scale, weeks
 */
export function accuracyReport(
  actual: readonly number[],
  forecast: readonly number[],
  training: readonly number[],
  seasonLengthWeeks = 1,
): AccuracyReport {
  return {
    weeks: pairs(actual, forecast).length,
    mae: meanAbsoluteError(actual, forecast),
    wape: weightedAbsolutePercentageError(actual, forecast),
    mape: meanAbsolutePercentageError(actual, forecast),
    mase: meanAbsoluteScaledError(actual, forecast, training, seasonLengthWeeks),
    bias: forecastBias(actual, forecast),
  };
}
