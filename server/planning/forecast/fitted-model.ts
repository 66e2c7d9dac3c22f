/**
 * The shape every forecasting method returns once fitted. Pure types, no behaviour.
 *
 * Units: a series is demand in units per week (one number per week, oldest first); every forecast, fitted value
 * and residual is in the same units per week. Horizons and season lengths are counted in weeks.
 */

/** The forecasting methods of the planning engine (DESIGN.md §5). */
export type ForecastMethod =
  | 'seasonal-naive'
  | 'ses'
  | 'holt-damped'
  | 'holt-winters-additive'
  | 'holt-winters-multiplicative'
  | 'croston'
  | 'sba'
  | 'tsb';

/** Every method, in a stable order (used for option validation and reports). */
export const FORECAST_METHODS: readonly ForecastMethod[] = [
  'seasonal-naive',
  'ses',
  'holt-damped',
  'holt-winters-additive',
  'holt-winters-multiplicative',
  'croston',
  'sba',
  'tsb',
];

/** A method fitted to one series, with its smoothing parameters and initial states frozen. */
export interface FittedModel {
  readonly method: ForecastMethod;
  /** Fitted smoothing parameters and initial states (names as in the method's source file). */
  readonly params: Readonly<Record<string, number>>;
  /**
   * One-step-ahead in-sample forecasts, units/week: `fitted[t]` is the forecast of week t made at the end of
   * week t-1. NaN for warm-up weeks where the method has no forecast yet (e.g. the first season of seasonal naive).
   */
  readonly fitted: readonly number[];
  /** Point forecasts for the next `horizonWeeks` weeks, units/week (not yet clamped at 0). */
  forecast(horizonWeeks: number): number[];
  /**
   * sigma_h / sigma_1 for h = 1..horizonWeeks (dimensionless): how the one-step residual standard deviation grows
   * with the horizon. Methods with a published formula use it; the others use sqrt(h).
   */
  sigmaGrowth(horizonWeeks: number): number[];
  /**
   * One-step-ahead forecasts over `series`, units/week, with parameters and initial states frozen at their fitted
   * values. `series` must start with the series the model was fitted on; entries beyond it are genuine
   * out-of-sample forecasts (used for rolling-origin holdout evaluation).
   */
  oneStepAhead(series: readonly number[]): number[];
  /**
   * Present when the method was fitted on demand deseasonalised by a pooled seasonal profile (seasonal-profile.ts,
   * profile-adjusted.ts): the forecasts above are already reseasonalised.
   */
  readonly seasonalProfile?: {
    /** Parameters the profile spends on this series (for AIC), possibly fractional. */
    readonly degreesOfFreedom: number;
    /** Seasonal index of week t (0 = the first week of the fitted history; t >= n for the forecast weeks). */
    indexAt(week: number): number;
  };
  /**
   * sigma_h for h = 1..horizonWeeks, units/week, when the method knows better than sigma x sigmaGrowth (a profile
   * scales the deseasonalised sigma by each forecast week's index).
   */
  horizonSigma?(horizonWeeks: number): number[];
}

/** sqrt(h) for h = 1..horizonWeeks: the fallback growth of sigma with the horizon (random-walk-like errors). */
export function sqrtHorizonGrowth(horizonWeeks: number): number[] {
  const out: number[] = [];
  for (let h = 1; h <= horizonWeeks; h++) out.push(Math.sqrt(h));
  return out;
}

/**
 * sigma_h / sigma_1 for linear innovations state-space models: sqrt(1 + sum_{j=1}^{h-1} c_j^2), where c_j is the
 * weight of a one-step error on the j-step-ahead forecast (Hyndman, Koehler, Ord & Snyder 2008, "Forecasting with
 * Exponential Smoothing", §6.1; the closed forms of FPP3 Table 8.8 are special cases).
 * @param horizonWeeks number of weeks ahead
 * @param errorWeight c_j for j >= 1 (dimensionless)
 */
export function linearModelSigmaGrowth(horizonWeeks: number, errorWeight: (j: number) => number): number[] {
  const out: number[] = [];
  let sumSquares = 0;
  for (let h = 1; h <= horizonWeeks; h++) {
    out.push(Math.sqrt(1 + sumSquares));
    const c = errorWeight(h);
    sumSquares += c * c;
  }
  return out;
}
