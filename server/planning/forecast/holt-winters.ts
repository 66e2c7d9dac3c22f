/**
 * Holt-Winters seasonal methods with damped trend (Hyndman & Athanasopoulos, FPP3 §8.3, "Holt-Winters' damped
 * method"), additive and multiplicative seasonality, season length m weeks:
 *
 * additive        y_{t+h|t} = l_t + phi_h b_t + s_{t+h-m(k+1)}
 *                 l_t = alpha (y_t - s_{t-m}) + (1 - alpha)(l_{t-1} + phi b_{t-1})
 *                 b_t = beta* (l_t - l_{t-1}) + (1 - beta*) phi b_{t-1}
 *                 s_t = gamma (y_t - l_{t-1} - phi b_{t-1}) + (1 - gamma) s_{t-m}
 * multiplicative  y_{t+h|t} = (l_t + phi_h b_t) s_{t+h-m(k+1)}
 *                 l_t = alpha y_t / s_{t-m} + (1 - alpha)(l_{t-1} + phi b_{t-1})
 *                 s_t = gamma y_t / (l_{t-1} + phi b_{t-1}) + (1 - gamma) s_{t-m}
 * with phi_h = phi + ... + phi^h and k = floor((h-1)/m). Restrictions (FPP3 §8.6): 0 < alpha < 1,
 * 0 < beta* < 1, 0 < gamma < 1 - alpha, 0.8 <= phi <= 0.98. Fitted from one and a half seasons on
 * (multiplicative: every value > 0); the automatic selection only offers it once the whole history holds two full
 * seasons (select.ts), so that its holdout training weeks (two seasons minus the holdout) can still be fitted.
 * Initial states come from the first two seasons, or the first season and the part of the second one observed
 * (classical-decomposition heuristic, Hyndman et al. 2008 §2.6.1, with a straight line through the first season's
 * mean whose slope is the mean year-over-year change, (y_{m+i} - y_i) / m, over the weeks of the second season);
 * alpha, beta*, gamma and phi are fitted by Nelder–Mead on the in-sample one-step SSE.
 */
import { linearModelSigmaGrowth, sqrtHorizonGrowth, type FittedModel } from './fitted-model';
import { dampedSum } from './holt-damped';
import { nelderMead } from './nelder-mead';
import { SMOOTHING_BOUNDS, fromBounded, toBounded } from './parameter-bounds';

export type Seasonality = 'additive' | 'multiplicative';

/** Smoothing parameters and initial states; levels in units/week, seasonal indices in units/week (additive) or as
 * ratios (multiplicative). */
export interface HoltWintersParameters {
  readonly alpha: number;
  readonly betaStar: number;
  /** Seasonal smoothing parameter gamma of the component form, 0 < gamma < 1 - alpha. */
  readonly gamma: number;
  readonly phi: number;
  readonly initialLevel: number;
  readonly initialTrend: number;
  /** s for season positions 0..m-1 (week t uses position t mod m). */
  readonly initialSeasonal: readonly number[];
}

/** True when `historyWeeks` covers two full seasons of `seasonLengthWeeks` (>= 2) weeks. */
export function hasTwoFullSeasons(historyWeeks: number, seasonLengthWeeks: number | undefined): boolean {
  const m = Math.floor(seasonLengthWeeks ?? 1);
  return m >= 2 && historyWeeks >= 2 * m;
}

/**
 * Fewest weeks from which Holt-Winters can be initialised: one full season plus half of the next (the slope needs
 * year-over-year changes), i.e. m + ceil(m / 2) for a season of m >= 2 weeks.
 */
export function minimumHoltWintersWeeks(seasonLengthWeeks: number): number {
  const m = Math.floor(seasonLengthWeeks);
  return m + Math.ceil(m / 2);
}

/** True when Holt-Winters can be fitted on `historyWeeks` weeks (see minimumHoltWintersWeeks). */
export function canInitialiseHoltWinters(historyWeeks: number, seasonLengthWeeks: number | undefined): boolean {
  const m = Math.floor(seasonLengthWeeks ?? 1);
  return m >= 2 && historyWeeks >= minimumHoltWintersWeeks(m);
}

/**
 * Initial level, slope and seasonal indices from the first season and the observed part of the second (both whole
 * seasons when the series has them: then the slope is the difference of the two season means over m).
 */
export function initialHoltWintersStates(
  series: readonly number[],
  m: number,
  seasonality: Seasonality,
): { initialLevel: number; initialTrend: number; initialSeasonal: number[] } {
  let mean0 = 0;
  for (let i = 0; i < m; i++) mean0 += (series[i] ?? 0) / m;
  const overlap = Math.max(0, Math.min(m, series.length - m));
  let change = 0;
  for (let i = 0; i < overlap; i++) change += (series[m + i] ?? 0) - (series[i] ?? 0);
  const trend = overlap > 0 ? change / overlap / m : 0;
  const line = (t: number) => mean0 + (t - (m - 1) / 2) * trend;
  const seasonal: number[] = [];
  for (let i = 0; i < m; i++) {
    const a = series[i] ?? 0;
    const first = seasonality === 'additive' ? a - line(i) : a / line(i);
    if (i >= overlap) {
      seasonal.push(first);
      continue;
    }
    const b = series[m + i] ?? 0;
    seasonal.push((first + (seasonality === 'additive' ? b - line(m + i) : b / line(m + i))) / 2);
  }
  const centre = seasonal.reduce((s, v) => s + v, 0) / m;
  for (let i = 0; i < m; i++) {
    const v = seasonal[i] ?? 0;
    seasonal[i] = seasonality === 'additive' ? v - centre : v / centre;
  }
  return { initialLevel: line(-1), initialTrend: trend, initialSeasonal: seasonal };
}

/**
 * Runs the recursion with fixed parameters.
 * @param series demand, units/week
 * @returns one-step forecasts (units/week), the final level and slope, the seasonal states by position, and the
 *   in-sample SSE (Infinity if a multiplicative run hits a non-positive level or index)
 */
export function holtWintersRecursion(
  series: readonly number[],
  p: HoltWintersParameters,
  seasonality: Seasonality,
  recordFitted = true,
): { fitted: number[]; level: number; trend: number; seasonal: number[]; sse: number } {
  const m = p.initialSeasonal.length;
  const seasonal = p.initialSeasonal.slice();
  const fitted: number[] = [];
  const { alpha, betaStar, gamma, phi } = p;
  let level = p.initialLevel;
  let trend = p.initialTrend;
  let sse = 0;
  const additive = seasonality === 'additive';
  for (let t = 0; t < series.length; t++) {
    const y = series[t] ?? 0;
    const i = t % m;
    const s = seasonal[i] ?? (additive ? 0 : 1);
    const base = level + phi * trend;
    let newLevel: number;
    let forecast: number;
    if (additive) {
      forecast = base + s;
      newLevel = alpha * (y - s) + (1 - alpha) * base;
      seasonal[i] = gamma * (y - base) + (1 - gamma) * s;
    } else {
      if (!(base > 0) || !(s > 0)) sse = Number.POSITIVE_INFINITY;
      const safeBase = base > 1e-12 ? base : 1e-12;
      const safeS = s > 1e-12 ? s : 1e-12;
      forecast = base * s;
      newLevel = (alpha * y) / safeS + (1 - alpha) * base;
      seasonal[i] = (gamma * y) / safeBase + (1 - gamma) * s;
    }
    if (recordFitted) fitted.push(forecast);
    const e = y - forecast;
    sse += e * e;
    trend = betaStar * (newLevel - level) + (1 - betaStar) * phi * trend;
    level = newLevel;
  }
  return { fitted, level, trend, seasonal, sse };
}

/**
 * Fits a Holt-Winters damped method.
 * @param history demand, units/week; needs m + ceil(m/2) weeks (and all values > 0 when multiplicative)
 * @param seasonLengthWeeks season length m in weeks (52 for yearly seasonality of weekly data)
 * @throws Error when the history does not meet those conditions
 */
export function fitHoltWintersParameters(
  history: readonly number[],
  seasonLengthWeeks: number,
  seasonality: Seasonality,
): HoltWintersParameters {
  const m = Math.floor(seasonLengthWeeks);
  if (!canInitialiseHoltWinters(history.length, m)) {
    throw new Error(`Holt-Winters needs one and a half seasons (${minimumHoltWintersWeeks(m)} weeks)`);
  }
  if (seasonality === 'multiplicative' && history.some((y) => !(y > 0))) {
    throw new Error('Multiplicative Holt-Winters needs every value > 0');
  }
  const init = initialHoltWintersStates(history, m, seasonality);
  const { min, max, phiMin, phiMax } = SMOOTHING_BOUNDS;
  const decode = (u: readonly number[]): HoltWintersParameters => {
    const alpha = toBounded(u[0] ?? 0, min, max);
    return {
      alpha,
      betaStar: toBounded(u[1] ?? 0, min, max),
      gamma: (1 - alpha) * toBounded(u[2] ?? 0, min, max),
      phi: toBounded(u[3] ?? 0, phiMin, phiMax),
      ...init,
    };
  };
  const start = [
    fromBounded(0.3, min, max),
    fromBounded(0.05, min, max),
    fromBounded(0.1, min, max),
    fromBounded(0.9, phiMin, phiMax),
  ];
  const result = nelderMead((u) => holtWintersRecursion(history, decode(u), seasonality, false).sse, start, {
    initialStep: 1,
    maxEvaluations: 400,
    functionTolerance: 1e-9,
    pointTolerance: 1e-3,
  });
  return decode(result.x);
}

/**
 * Holt-Winters with given parameters as a FittedModel.
 * @param history demand, units/week
 */
export function holtWintersModel(
  history: readonly number[],
  p: HoltWintersParameters,
  seasonality: Seasonality,
): FittedModel {
  const { fitted, level, trend, seasonal } = holtWintersRecursion(history, p, seasonality);
  const m = p.initialSeasonal.length;
  const n = history.length;
  const beta = p.alpha * p.betaStar;
  return {
    method: seasonality === 'additive' ? 'holt-winters-additive' : 'holt-winters-multiplicative',
    params: {
      alpha: p.alpha,
      betaStar: p.betaStar,
      gamma: p.gamma,
      phi: p.phi,
      initialLevel: p.initialLevel,
      initialTrend: p.initialTrend,
      seasonLengthWeeks: m,
    },
    fitted,
    forecast(horizonWeeks) {
      const out: number[] = [];
      for (let h = 1; h <= horizonWeeks; h++) {
        const base = level + dampedSum(p.phi, h) * trend;
        const s = seasonal[(n - 1 + h) % m] ?? (seasonality === 'additive' ? 0 : 1);
        out.push(seasonality === 'additive' ? base + s : base * s);
      }
      return out;
    },
    // Additive: ETS(A,Ad,A) weights c_j = alpha + beta phi_j + gamma [j mod m = 0] (Hyndman et al. 2008, Table
    // 6.1). Multiplicative: no closed form for this method, so sqrt(h).
    sigmaGrowth: (horizonWeeks) =>
      seasonality === 'additive'
        ? linearModelSigmaGrowth(
            horizonWeeks,
            (j) => p.alpha + beta * dampedSum(p.phi, j) + (j % m === 0 ? p.gamma : 0),
          )
        : sqrtHorizonGrowth(horizonWeeks),
    oneStepAhead: (series) => holtWintersRecursion(series, p, seasonality).fitted,
  };
}

/**
 * Fits Holt-Winters (damped trend) with the given seasonality.
 * @param history demand, units/week, at least seasonLengthWeeks + ceil(seasonLengthWeeks / 2) weeks
 * @param seasonLengthWeeks season length in weeks
 */
export function fitHoltWinters(
  history: readonly number[],
  seasonLengthWeeks: number,
  seasonality: Seasonality,
): FittedModel {
  return holtWintersModel(history, fitHoltWintersParameters(history, seasonLengthWeeks, seasonality), seasonality);
}
