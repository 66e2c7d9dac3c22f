/**
 * Automatic method selection: rolling-origin holdout (Tashman 2000, "Out-of-sample tests of forecasting accuracy",
 * International Journal of Forecasting 16(4); FPP3 §5.10 "time series cross-validation") combined with an
 * information criterion on the in-sample fit (as ETS implementations select: Hyndman et al. 2002, 2008 §7.1;
 * Billah, King, Snyder & Koehler 2006, "Exponential smoothing model selection for forecasting", IJF 22(2)).
 *
 * The last H weeks are held out (default H = min(13, floor(n/4)), at least 4). Each candidate is fitted once on the
 * weeks before them; then every held-out week is an origin: the candidate, with its parameters frozen, makes a
 * one-step-ahead forecast of that week from all the weeks before it (H origins: holdout MAE and MASE, scaled by the
 * in-sample seasonal naive MAE of the training weeks). The same fit gives the candidate's AIC (and AICc) on the
 * training weeks (information-criterion.ts; AIC rather than AICc, see there), as a penalised sigma in units/week.
 *
 * Criterion `combined` (default for smooth and erratic demand): the lowest  score = sqrt(holdout MAE x penalised sigma)  wins, the geometric mean
 * of the two error estimates, both in units/week. Thirteen one-step origins alone are a noisy judge: a method whose
 * seasonal states adapt quickly (additive Holt-Winters on a series whose swing grows with its level) can match the
 * right model over one quarter and lose badly over the next season; the in-sample likelihood over all training
 * weeks separates them, and its parameter penalty keeps 52-week seasonal models from fitting noise. Candidates
 * whose criterion is undefined (as many parameters as weeks) rank after the others, by holdout MAE. Criterion
 * `holdout`: lowest holdout MAE only (the scale is common to all candidates, so that is the lowest MASE). Ties keep
 * the candidate order, simplest first. Intermittent and lumpy demand is ranked by `holdout` unless told otherwise:
 * Croston's method and its variants have no likelihood to compare (Shenstone & Hyndman 2005, "Stochastic models
 * underlying Croston's method for intermittent demand forecasting", Journal of Forecasting 24(6)), and SES, whose
 * in-sample squared errors are the smallest by construction, would win the AIC. The winner is refitted on the
 * whole history.
 *
 * Candidates depend on the Syntetos–Boylan demand pattern of the history: intermittent or lumpy → SES, Croston,
 * SBA, TSB; otherwise SES, Holt damped, Holt-Winters additive and multiplicative, seasonal naive. Holt-Winters needs
 * two full seasons in the whole history (its holdout training weeks then hold at least 2m - 13, enough to
 * initialise it from m + ceil(m/2)), every value > 0 for the multiplicative form, and training weeks that pass the
 * X-11 F-test for stable seasonality (seasonality-test.ts). With a pooled `seasonalProfile` (seasonal-profile.ts),
 * each non-seasonal candidate of the pattern also competes deseasonalised by the profile (profile-adjusted.ts; the
 * profile's effective parameters count in its AIC), provided deseasonalising the history reduces its
 * variation around a straight line (a series that does not follow the group's season skips them). Histories too short for a holdout (< 16 weeks) get SBA when
 * intermittent or lumpy, SES otherwise (through the profile when one is given and not flat).
 */
import { classifyDemandPattern, isIntermittentPattern, type DemandPattern } from '../segmentation/demand-pattern';
import { accuracyReport, type AccuracyReport } from './accuracy';
import { canFit, fitMethod } from './fit-method';
import type { FittedModel, ForecastMethod } from './fitted-model';
import { hasTwoFullSeasons } from './holt-winters';
import { informationCriterion, parameterCount, type InformationCriterion } from './information-criterion';
import { fitProfileAdjusted, PROFILE_METHODS, profileReducesVariation } from './profile-adjusted';
import { usableSeasonLength } from './seasonal-naive';
import { endAlignedStartPosition, isFlatProfile, type SeasonalProfile } from './seasonal-profile';
import { stableSeasonalityTest } from './seasonality-test';

/** Longest default holdout: a quarter of a year of weekly origins. */
export const DEFAULT_MAX_HOLDOUT_WEEKS = 13;
/** Fewest holdout origins for a selection to be attempted. */
export const MIN_HOLDOUT_WEEKS = 4;

export type SelectionCriterion = 'combined' | 'holdout';

export interface SelectionOptions {
  /** Season length in weeks (52 for yearly seasonality of weekly data); omit for non-seasonal series. */
  readonly seasonLengthWeeks?: number;
  /** Number of held-out weeks (= forecast origins); default min(13, floor(n / 4)). */
  readonly holdoutWeeks?: number;
  /** Restrict the candidates (each is still checked against its data requirements). */
  readonly candidates?: readonly ForecastMethod[];
  /** 'combined': holdout MAE and AIC (default unless intermittent/lumpy); 'holdout': holdout MAE only. */
  readonly criterion?: SelectionCriterion;
  /** Pooled seasonal indices: adds the profile-adjusted non-seasonal candidates. */
  readonly seasonalProfile?: SeasonalProfile;
  /** Season position of the history's first week (default: aligned at the end, seasonal-profile.ts). */
  readonly seasonStartPosition?: number;
}

/** Holdout accuracy (and in-sample fit) of one candidate. */
export interface CandidateScore {
  readonly method: ForecastMethod;
  /** Rolling-origin holdout accuracy. */
  readonly accuracy: AccuracyReport;
  /** True when the candidate was fitted on demand deseasonalised by the pooled seasonal profile. */
  readonly seasonalProfile?: boolean;
  /** AIC / AICc of the fit on the training weeks. */
  readonly fit?: InformationCriterion;
  /** sqrt(holdout MAE x penalised sigma), units/week; Infinity when the criterion is undefined. */
  readonly score?: number;
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

const HOLT_WINTERS: readonly ForecastMethod[] = ['holt-winters-additive', 'holt-winters-multiplicative'];

/**
 * Candidate methods for a training series (data requirements only; selectMethod also applies the seasonality test).
 * @param training demand, units/week, on which the candidates will be fitted
 * @param seasonLengthWeeks season length in weeks (undefined: non-seasonal)
 * @param pattern Syntetos–Boylan demand pattern of the series
 * @param historyWeeks weeks of the whole history (training + holdout); Holt-Winters needs two full seasons of it
 */
export function candidateMethods(
  training: readonly number[],
  seasonLengthWeeks: number | undefined,
  pattern: DemandPattern,
  historyWeeks = training.length,
): ForecastMethod[] {
  const wanted: ForecastMethod[] = isIntermittentPattern(pattern)
    ? ['ses', 'croston', 'sba', 'tsb']
    : ['ses', 'holt-damped', 'holt-winters-additive', 'holt-winters-multiplicative', 'seasonal-naive'];
  return wanted.filter(
    (method) =>
      canFit(method, training, seasonLengthWeeks) &&
      (!HOLT_WINTERS.includes(method) || hasTwoFullSeasons(historyWeeks, seasonLengthWeeks)),
  );
}

interface Candidate {
  readonly method: ForecastMethod;
  readonly profile: boolean;
}

interface Evaluated {
  readonly score: CandidateScore;
  readonly candidate: Candidate;
}

function fitCandidate(
  candidate: Candidate,
  series: readonly number[],
  m: number | undefined,
  profile: SeasonalProfile | undefined,
  start: number,
): FittedModel {
  return candidate.profile && profile
    ? fitProfileAdjusted(candidate.method, series, profile, start)
    : fitMethod(candidate.method, series, m);
}

/** Holdout accuracy and training-weeks AIC of one candidate. */
function evaluateCandidate(
  candidate: Candidate,
  history: readonly number[],
  holdoutWeeks: number,
  m: number | undefined,
  profile: SeasonalProfile | undefined,
  start: number,
): CandidateScore | null {
  const n = history.length;
  const training = history.slice(0, n - holdoutWeeks);
  if (!canFit(candidate.method, training, m)) return null;
  const model = fitCandidate(candidate, training, m, profile, start);
  const oneStep = model.oneStepAhead(history);
  const scaleSeason = usableSeasonLength(training.length, m);
  const accuracy = accuracyReport(history.slice(n - holdoutWeeks), oneStep.slice(n - holdoutWeeks), training, scaleSeason);
  const k = parameterCount(candidate.method, m) + (model.seasonalProfile?.degreesOfFreedom ?? 0);
  const fit = informationCriterion(training, model.fitted, k);
  const mae = accuracy.mae;
  const score =
    mae !== null && Number.isFinite(fit.penalisedSigma) ? Math.sqrt(mae * fit.penalisedSigma) : Number.POSITIVE_INFINITY;
  return { method: candidate.method, accuracy, ...(candidate.profile ? { seasonalProfile: true } : {}), fit, score };
}

/**
 * Rolling-origin holdout accuracy of one method: fitted on history[0, n-H), one-step forecasts of each of the
 * last H weeks with frozen parameters.
 * @param history demand, units/week
 * @param holdoutWeeks H, weeks
 * @param seasonLengthWeeks season length, weeks (for the seasonal methods and the MASE scale)
 * @param profile optional pooled seasonal profile through which the method is fitted
 * @param seasonStartPosition season position of history[0] (default: aligned at the end)
 * @returns the accuracy report, or null when the method cannot be fitted on the training weeks
 */
export function holdoutAccuracy(
  method: ForecastMethod,
  history: readonly number[],
  holdoutWeeks: number,
  seasonLengthWeeks?: number,
  profile?: SeasonalProfile,
  seasonStartPosition?: number,
): AccuracyReport | null {
  const n = history.length;
  const h = Math.max(0, Math.min(n - 1, Math.floor(holdoutWeeks)));
  if (h === 0) return null;
  const start = seasonStartPosition ?? (profile ? endAlignedStartPosition(n, profile.periodLength) : 0);
  const usesProfile = profile !== undefined && PROFILE_METHODS.includes(method);
  const result = evaluateCandidate({ method, profile: usesProfile }, history, h, seasonLengthWeeks, profile, start);
  return result?.accuracy ?? null;
}

function fallbackMethod(pattern: DemandPattern, history: readonly number[]): ForecastMethod {
  return isIntermittentPattern(pattern) && canFit('sba', history) ? 'sba' : 'ses';
}

function byCriterion(criterion: SelectionCriterion): (a: Evaluated, b: Evaluated) => number {
  const mae = (e: Evaluated) => e.score.accuracy.mae ?? Number.POSITIVE_INFINITY;
  if (criterion === 'holdout') return (a, b) => mae(a) - mae(b);
  return (a, b) => {
    const sa = a.score.score ?? Number.POSITIVE_INFINITY;
    const sb = b.score.score ?? Number.POSITIVE_INFINITY;
    if (Number.isFinite(sa) || Number.isFinite(sb)) return sa === sb ? 0 : sa < sb ? -1 : 1;
    return mae(a) - mae(b);
  };
}

/**
 * Chooses a method (and whether to apply the pooled seasonal profile) and fits it on the whole history.
 * @param history demand, units/week, oldest first
 */
export function selectMethod(history: readonly number[], options: SelectionOptions = {}): Selection {
  const n = history.length;
  const profile = options.seasonalProfile && !isFlatProfile(options.seasonalProfile) ? options.seasonalProfile : undefined;
  const m = options.seasonLengthWeeks ?? options.seasonalProfile?.periodLength;
  const start = options.seasonStartPosition ?? (profile ? endAlignedStartPosition(n, profile.periodLength) : 0);
  const pattern = classifyDemandPattern(history).pattern;
  const holdoutWeeks = Math.min(Math.floor(options.holdoutWeeks ?? defaultHoldoutWeeks(n)), n - 1);
  if (holdoutWeeks < MIN_HOLDOUT_WEEKS) {
    const method = fallbackMethod(pattern, history);
    const model = profile ? fitProfileAdjusted(method, history, profile, start) : fitMethod(method, history, m);
    return { method, model, pattern, holdoutWeeks: 0, scores: [] };
  }
  const training = history.slice(0, n - holdoutWeeks);
  let plain = candidateMethods(training, m, pattern, n);
  if (plain.some((c) => HOLT_WINTERS.includes(c)) && !stableSeasonalityTest(training, m ?? 1).significant) {
    plain = plain.filter((c) => !HOLT_WINTERS.includes(c));
  }
  const candidates: Candidate[] = plain.map((method) => ({ method, profile: false }));
  if (profile && profileReducesVariation(history, profile, start)) {
    const pool = isIntermittentPattern(pattern) ? ['ses', 'croston', 'sba', 'tsb'] : ['ses', 'holt-damped'];
    for (const method of PROFILE_METHODS) {
      if (pool.includes(method) && canFit(method, training, m)) candidates.push({ method, profile: true });
    }
  }
  const allowed = options.candidates ? new Set(options.candidates) : null;
  const evaluated: Evaluated[] = [];
  for (const candidate of candidates) {
    if (allowed && !allowed.has(candidate.method)) continue;
    const score = evaluateCandidate(candidate, history, holdoutWeeks, m, profile, start);
    if (score && score.accuracy.mae !== null) evaluated.push({ score, candidate });
  }
  // Stable sort: equal scores keep the simpler (earlier) candidate, and plain before profile-adjusted.
  // Croston, SBA and TSB have no likelihood (Shenstone & Hyndman 2005): intermittent demand is ranked by holdout.
  evaluated.sort(byCriterion(options.criterion ?? (isIntermittentPattern(pattern) ? 'holdout' : 'combined')));
  const scores = evaluated.map((e) => e.score);
  for (const { candidate } of evaluated) {
    if (canFit(candidate.method, history, m)) {
      const model = fitCandidate(candidate, history, m, profile, start);
      return { method: candidate.method, model, pattern, holdoutWeeks, scores };
    }
  }
  const method = fallbackMethod(pattern, history);
  return { method, model: fitMethod(method, history, m), pattern, holdoutWeeks, scores };
}
