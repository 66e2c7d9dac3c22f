/**
 * Demand forecasting for the planning engine (DESIGN.md §5). Pure: numbers in, numbers out.
 *
 * `forecast(history, options)` takes weekly demand (units/week, oldest first) and returns point forecasts for the
 * next `horizon` weeks (units/week, clamped at 0), the one-step residual sigma (units/week) and normal prediction
 * intervals, with the method chosen automatically (rolling-origin holdout combined with AIC, select.ts) unless one
 * is forced. `seasonalProfile` applies seasonal indices pooled across a group of series (seasonal-profile.ts);
 * `forecastGroup` estimates the profile of a group and forecasts each of its series with it.
 */
import type { DemandPattern } from '../segmentation/demand-pattern';
import { classifyDemandPattern } from '../segmentation/demand-pattern';
import type { AccuracyReport } from './accuracy';
import { canFit, fitMethod } from './fit-method';
import { FORECAST_METHODS, type FittedModel, type ForecastMethod } from './fitted-model';
import { predictionIntervals, residualSigma } from './prediction-interval';
import { fitProfileAdjusted, PROFILE_METHODS } from './profile-adjusted';
import {
  defaultHoldoutWeeks,
  holdoutAccuracy,
  MIN_HOLDOUT_WEEKS,
  selectMethod,
  type CandidateScore,
  type SelectionCriterion,
} from './select';
import {
  endAlignedStartPosition,
  estimateSeasonalProfile,
  isFlatProfile,
  type SeasonalProfile,
  type SeasonalProfileOptions,
} from './seasonal-profile';

export type { FittedModel, ForecastMethod } from './fitted-model';
export { FORECAST_METHODS } from './fitted-model';
export * from './accuracy';
export { canFit, fitMethod } from './fit-method';
export {
  candidateMethods,
  defaultHoldoutWeeks,
  holdoutAccuracy,
  selectMethod,
  type CandidateScore,
  type Selection,
  type SelectionCriterion,
} from './select';
export { predictionIntervals, residualSigma } from './prediction-interval';
export {
  endAlignedStartPosition,
  estimateSeasonalProfile,
  flatSeasonalProfile,
  isFlatProfile,
  MIN_SEASONAL_INDEX,
  profileDegreesOfFreedom,
  seasonalIndexAt,
  type SeasonalProfile,
  type SeasonalProfileOptions,
} from './seasonal-profile';
export { fitProfileAdjusted, PROFILE_METHODS } from './profile-adjusted';
export { informationCriterion, parameterCount, type InformationCriterion } from './information-criterion';
export { stableSeasonalityTest, type SeasonalityTest } from './seasonality-test';

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
  /** Selection criterion of 'auto': 'combined' (default, holdout MAE and AIC) or 'holdout' (holdout MAE only). */
  readonly criterion?: SelectionCriterion;
  /**
   * Seasonal indices pooled across a group of series (estimateSeasonalProfile). With 'auto' the non-seasonal
   * candidates also compete deseasonalised by it; a forced non-seasonal method is fitted through it. Its period
   * is the season length when `seasonLength` is omitted (they must agree when both are given).
   */
  readonly seasonalProfile?: SeasonalProfile;
  /** Season position of history[0] for the profile; default: the history ends where the profile's series end. */
  readonly seasonStartPosition?: number;
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
  /**
   * Where the seasonality of the forecast comes from: 'profile' (pooled indices applied to a non-seasonal method),
   * 'fitted' (Holt-Winters or seasonal naive on this series alone) or 'none'.
   */
  readonly seasonality: 'none' | 'fitted' | 'profile';
  /** With 'profile': the seasonal index applied to each forecast week (dimensionless). */
  readonly seasonalIndices?: number[];
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
  const profile = options.seasonalProfile;
  if (profile) {
    if (options.seasonLength !== undefined && options.seasonLength !== profile.periodLength) {
      throw new RangeError(`seasonLength ${options.seasonLength} differs from the seasonal profile's period ${profile.periodLength}`);
    }
    if (method !== 'auto' && !PROFILE_METHODS.includes(method)) {
      throw new RangeError(`method ${method} models seasonality itself and cannot be combined with a seasonal profile`);
    }
    if (history.some((y) => y < 0)) throw new RangeError('a seasonal profile needs demand >= 0 in every week');
  }
  const start = options.seasonStartPosition;
  if (start !== undefined && !Number.isInteger(start)) {
    throw new RangeError(`seasonStartPosition must be an integer week position, got ${start}`);
  }
}

const FITTED_SEASONAL: readonly ForecastMethod[] = ['holt-winters-additive', 'holt-winters-multiplicative', 'seasonal-naive'];

/**
 * Forecasts weekly demand.
 * @param history demand, units/week, oldest first (may be empty)
 * @param options horizon (weeks), season length (weeks), method, interval level, holdout length (weeks)
 */
export function forecast(history: readonly number[], options: ForecastOptions): ForecastResult {
  validate(history, options);
  const given = options.seasonalProfile;
  const profile = given && !isFlatProfile(given) ? given : undefined;
  const m = options.seasonLength ?? given?.periodLength;
  const start = options.seasonStartPosition ?? (given ? endAlignedStartPosition(history.length, given.periodLength) : 0);
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
    const selection = selectMethod(history, {
      seasonLengthWeeks: m,
      holdoutWeeks: options.holdoutWeeks,
      criterion: options.criterion,
      seasonalProfile: profile,
      seasonStartPosition: start,
    });
    model = selection.model;
    pattern = selection.pattern;
    candidates = selection.scores;
    const viaProfile = selection.model.seasonalProfile !== undefined;
    accuracy = selection.scores.find((s) => s.method === selection.method && (s.seasonalProfile ?? false) === viaProfile)?.accuracy;
  } else {
    pattern = classifyDemandPattern(history).pattern;
    if (!canFit(requested, history, m)) {
      throw new RangeError(`method ${requested} cannot be fitted on this history (${history.length} weeks)`);
    }
    model = profile ? fitProfileAdjusted(requested, history, profile, start) : fitMethod(requested, history, m);
    const holdout = options.holdoutWeeks ?? defaultHoldoutWeeks(history.length);
    if (holdout >= MIN_HOLDOUT_WEEKS) accuracy = holdoutAccuracy(requested, history, holdout, m, profile, start) ?? undefined;
  }

  const values = model.forecast(options.horizon).map((v) => (Number.isFinite(v) ? Math.max(0, v) : 0));
  const sigma = residualSigma(history, model.fitted);
  const growth = model.sigmaGrowth(options.horizon);
  const sigmaByHorizon = model.horizonSigma ? model.horizonSigma(options.horizon) : growth.map((g) => sigma * g);
  // Intervals from sigma_h directly (growth relative to 1 keeps predictionIntervals' formula).
  const { lower, upper } = predictionIntervals(values, 1, sigmaByHorizon, level);
  const seasonalProfile = model.seasonalProfile;
  const seasonality = seasonalProfile ? 'profile' : FITTED_SEASONAL.includes(model.method) && (m ?? 1) > 1 ? 'fitted' : 'none';
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
    seasonality,
    ...(seasonalProfile
      ? { seasonalIndices: values.map((_, h) => seasonalProfile.indexAt(history.length + h)) }
      : {}),
  };
}

export interface ForecastGroupOptions extends Omit<ForecastOptions, 'seasonalProfile' | 'seasonStartPosition' | 'seasonLength'> {
  /** Season length m in weeks (52 for yearly seasonality of weekly data). */
  readonly seasonLength: number;
  /** Profile estimation: alignment, prior (e.g. the network's profile), shrinkage, weighting. */
  readonly profile?: Omit<SeasonalProfileOptions, 'periodLength'>;
}

/**
 * Forecasts a group of series that share a calendar (the SKUs of a category, the regions of one SKU) with seasonal
 * indices pooled across them: estimateSeasonalProfile on the whole group, then forecast() of each series with it.
 * @param seriesList demand, units/week, oldest first, one array per series
 * @returns the group's profile and one result per series, in input order
 */
export function forecastGroup(
  seriesList: readonly (readonly number[])[],
  options: ForecastGroupOptions,
): { profile: SeasonalProfile; results: ForecastResult[] } {
  const { profile: profileOptions, seasonLength, ...rest } = options;
  const profile = estimateSeasonalProfile(seriesList, { ...profileOptions, periodLength: seasonLength });
  const results = seriesList.map((series, i) => {
    const startPosition = profileOptions?.startPositions?.[i];
    return forecast(series, {
      ...rest,
      seasonLength,
      seasonalProfile: profile,
      ...(startPosition !== undefined ? { seasonStartPosition: startPosition } : {}),
    });
  });
  return { profile, results };
}
