/**
 * Automatic method selection by rolling-origin holdout (Tashman 2000, "Out-of-sample tests of forecasting
 * accuracy", International Journal of Forecasting 16(4); FPP3 §5.10 "time series cross-validation").
 *
 * The last H weeks are held out (default H = min(13, floor(n/4)), at least 4). Each candidate is fitted once on
 * the weeks before them; then every held-out week is an origin: the candidate, with its parameters frozen, makes a
 * one-step-ahead forecast of that week from all the weeks before it. The candidate with the lowest MASE over the
 * H origins wins (MASE scaled by the in-sample seasonal naive MAE of the training weeks; since the scale is
 * common to all candidates this is the lowest MAE, which also decides when the scale is zero). Ties keep the
 * candidate order, simplest first. The winner is then refitted on the whole history.
 *
 * Candidates depend on the Syntetos–Boylan demand pattern of the history: intermittent or lumpy → Croston, SBA,
 * TSB and SES; otherwise SES, Holt damped, Holt-Winters additive and multiplicative (only when the training weeks
 * hold two full seasons; multiplicative only when all of them are > 0) and seasonal naive. Histories too short for
 * a holdout (< 16 weeks) get SBA when intermittent or lumpy, SES otherwise.
 */
import { classifyDemandPattern, isIntermittentPattern, type DemandPattern } from '../segmentation/demand-pattern';
import { accuracyReport, type AccuracyReport } from './accuracy';
import { canFit, fitMethod } from './fit-method';
import type { FittedModel, ForecastMethod } from './fitted-model';
import { usableSeasonLength } from './seasonal-naive';

/** Longest default holdout: a quarter of a year of weekly origins. */
export const DEFAULT_MAX_HOLDOUT_WEEKS = 13;
/** Fewest holdout origins for a selection to be attempted. */
export const MIN_HOLDOUT_WEEKS = 4;

export interface SelectionOptions {
  /** Season length in weeks (52 for yearly seasonality of weekly data); omit for non-seasonal series. */
  readonly seasonLengthWeeks?: number;
  /** Number of held-out weeks (= forecast origins); default min(13, floor(n / 4)). */
  readonly holdoutWeeks?: number;
  /** Restrict the candidates (each is still checked against its data requirements). */
  readonly candidates?: readonly ForecastMethod[];
}

/** Holdout accuracy of one candidate. */
export interface CandidateScore {
  readonly method: ForecastMethod;
  readonly accuracy: AccuracyReport;
}

export interface Selection {
  readonly method: ForecastMethod;
  /** The chosen method fitted on the whole history. */
  readonly model: FittedModel;
  readonly pattern: DemandPattern;
  /** Held-out weeks used (0 when the history was too short for a selection). */
  readonly holdoutWeeks: number;
  /** Candidates in ranking order, best first. */
  readonly scores: readonly CandidateScore[];
}

/**
 * Default holdout length in weeks for a history of `historyWeeks` weeks: min(13, floor(n / 4)).
 */
export function defaultHoldoutWeeks(historyWeeks: number): number {
  return Math.min(DEFAULT_MAX_HOLDOUT_WEEKS, Math.floor(historyWeeks / 4));
}

/**
 * Candidate methods for a training series.
 * @param training demand, units/week, on which the candidates will be fitted
 * @param seasonLengthWeeks season length in weeks (undefined: non-seasonal)
 * @param pattern Syntetos–Boylan demand pattern of the series
 */
export function candidateMethods(
  training: readonly number[],
  seasonLengthWeeks: number | undefined,
  pattern: DemandPattern,
): ForecastMethod[] {
  const wanted: ForecastMethod[] = isIntermittentPattern(pattern)
    ? ['ses', 'croston', 'sba', 'tsb']
    : ['ses', 'holt-damped', 'holt-winters-additive', 'holt-winters-multiplicative', 'seasonal-naive'];
  return wanted.filter((method) => canFit(method, training, seasonLengthWeeks));
}

/**
 * Rolling-origin holdout accuracy of one method: fitted on history[0, n-H), one-step forecasts of each of the
 * last H weeks with frozen parameters.
 * @param history demand, units/week
 * @param holdoutWeeks H, weeks
 * @param seasonLengthWeeks season length, weeks (for the seasonal methods and the MASE scale)
 * @returns the accuracy report, or null when the method cannot be fitted on the training weeks
 */
export function holdoutAccuracy(
  method: ForecastMethod,
  history: readonly number[],
  holdoutWeeks: number,
  seasonLengthWeeks?: number,
): AccuracyReport | null {
  const n = history.length;
  const h = Math.max(0, Math.min(n - 1, Math.floor(holdoutWeeks)));
  const training = history.slice(0, n - h);
  if (h === 0 || !canFit(method, training, seasonLengthWeeks)) return null;
  const model = fitMethod(method, training, seasonLengthWeeks);
  const oneStep = model.oneStepAhead(history);
  const scaleSeason = usableSeasonLength(training.length, seasonLengthWeeks);
  return accuracyReport(history.slice(n - h), oneStep.slice(n - h), training, scaleSeason);
}

function fallbackMethod(pattern: DemandPattern, history: readonly number[]): ForecastMethod {
  return isIntermittentPattern(pattern) && canFit('sba', history) ? 'sba' : 'ses';
}

/**
 * Chooses a method by rolling-origin holdout and fits it on the whole history.
 * @param history demand, units/week, oldest first
 */
export function selectMethod(history: readonly number[], options: SelectionOptions = {}): Selection {
  const n = history.length;
  const m = options.seasonLengthWeeks;
  const pattern = classifyDemandPattern(history).pattern;
  const holdoutWeeks = Math.min(Math.floor(options.holdoutWeeks ?? defaultHoldoutWeeks(n)), n - 1);
  if (holdoutWeeks < MIN_HOLDOUT_WEEKS) {
    const method = fallbackMethod(pattern, history);
    return { method, model: fitMethod(method, history, m), pattern, holdoutWeeks: 0, scores: [] };
  }
  const training = history.slice(0, n - holdoutWeeks);
  let candidates = candidateMethods(training, m, pattern);
  if (options.candidates) {
    const allowed = new Set(options.candidates);
    candidates = candidates.filter((c) => allowed.has(c));
  }
  const scores: CandidateScore[] = [];
  for (const method of candidates) {
    const accuracy = holdoutAccuracy(method, history, holdoutWeeks, m);
    if (accuracy && accuracy.mae !== null) scores.push({ method, accuracy });
  }
  // Stable sort: equal MAE keeps the simpler (earlier) candidate.
  scores.sort((a, b) => (a.accuracy.mae ?? Infinity) - (b.accuracy.mae ?? Infinity));
  for (const { method } of scores) {
    if (canFit(method, history, m)) {
      return { method, model: fitMethod(method, history, m), pattern, holdoutWeeks, scores };
    }
  }
  const method = fallbackMethod(pattern, history);
  return { method, model: fitMethod(method, history, m), pattern, holdoutWeeks, scores };
}
