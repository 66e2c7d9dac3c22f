/**
 * The one place the planning run calls the engine's forecast API. Method selection is being improved in
 * server/planning/forecast (seasonality from one year of history); swap the call here and the run follows.
 */
import { forecast, holdoutAccuracy, defaultHoldoutWeeks, type AccuracyReport, type ForecastResult } from '@/server/planning/forecast';
import { MIN_HOLDOUT_WEEKS } from '@/server/planning/forecast/select';

/** Yearly seasonality of weekly demand. */
export const SEASON_LENGTH_WEEKS = 52;
/** Coverage of the stored prediction band. */
export const BAND_LEVEL = 0.95;

export type SeriesForecast = ForecastResult;

/** Forecast of one weekly series (units/week, oldest first) for `horizonWeeks` weeks, method chosen automatically. */
export function forecastSeries(history: readonly number[], options: { horizonWeeks: number }): SeriesForecast {
  return forecast(history, { horizon: options.horizonWeeks, seasonLength: SEASON_LENGTH_WEEKS, level: BAND_LEVEL });
}

/** Holdout weeks the selection uses for a history of n weeks (0 when too short to hold any out). */
export function holdoutWeeksFor(historyWeeks: number): number {
  const h = Math.min(defaultHoldoutWeeks(historyWeeks), historyWeeks - 1);
  return h >= MIN_HOLDOUT_WEEKS ? h : 0;
}

/** Seasonal naive on the same holdout weeks: the benchmark the Forecasts page compares accuracy against. */
export function seasonalNaiveHoldout(history: readonly number[]): AccuracyReport | null {
  const h = holdoutWeeksFor(history.length);
  if (h === 0) return null;
  return holdoutAccuracy('seasonal-naive', history, h, SEASON_LENGTH_WEEKS);
}
