/**
 * Seasonal profiles pooled across series: seasonality from one year of history (DESIGN.md §5, "Seasonality from one
 * year").
 *
 * One year of one SKU cannot separate seasonality from noise (52 indices from 52 weeks), and Holt-Winters needs two
 * seasons plus a holdout. A group of series that share a calendar (the SKUs of a category, the regions of one SKU,
 * the whole network) can: their multiplicative seasonal indices are estimated together, shrunk toward 1 (or toward
 * a parent profile) as far as the group's own noise calls for, and applied to each series by deseasonalising it,
 * fitting a non-seasonal method and reseasonalising the forecasts (FPP3 §5.7 "Forecasting with decomposition",
 * §12.1 for weekly data, where m = 52 is too long for seasonal ETS).
 *
 * Estimation (group seasonal indices: Withycombe 1989, "Forecasting with combined seasonal indices", IJF 5(4);
 * Chen & Boylan 2007, "Use of individual and group seasonal indices in subaggregate demand forecasting", JORS 58):
 *  - each series contributes its last k = floor(n / m) full seasons (series shorter than one season, or without
 *    demand, contribute nothing);
 *  - its reference level c_t is the mean of its season when k = 1, else the straight lines joining the means of
 *    its successive seasons (placed at their centres, extended at both ends), which removes growth between years.
 *    With a single season, a trend inside the year cannot be told from seasonality: it is read as seasonality;
 *  - the raw index of season position p is the ratio of sums  R_p = sum y_t / sum c_t  over every series and season
 *    at p: with `weighting: 'volume'` (default) a series weighs by its volume (the index of the group's total
 *    demand), with 'equal' each series weighs the same; R is scaled to mean 1;
 *  - shrinkage, positive-part James–Stein (Miller & Williams 2003, "Shrinkage estimators of time series seasonal
 *    factors and their effect on forecasting accuracy", IJF 19(4)): S_p = P_p + (1 - lambda)(R_p - P_p) with
 *    lambda = min(1, (m - 3) v / sum_p (R_p - P_p)^2), P the prior (1 everywhere, or a parent profile) and v the
 *    mean sampling variance of R_p: from the spread of the per-series-and-season ratios at each position when
 *    there are two or more of them, else from the profile's roughness (difference-based estimator of Gasser,
 *    Sroka & Jennen-Steinmetz 1986: v = sum (R_p - (R_{p-1} + R_{p+1}) / 2)^2 / (1.5 m));
 *  - indices are kept >= 0.05 and scaled back to mean 1.
 *
 * Season positions: week t of a series has position (start + t) mod m. By default every series is aligned at its
 * end: the week after its last week has position 0 (series that end on the same calendar week line up whatever
 * their lengths). Pass `startPositions` (e.g. week of year - 1 of each series' first week) to align otherwise, and
 * the same position to `forecast(..., { seasonStartPosition })`.
 */

/** Smallest seasonal index kept (a position with no demand would otherwise forecast zero for ever). */
export const MIN_SEASONAL_INDEX = 0.05;

export interface SeasonalProfile {
  /** m, weeks. */
  readonly periodLength: number;
  /** Multiplicative indices by season position (length m, mean 1, each >= MIN_SEASONAL_INDEX), after shrinkage. */
  readonly indices: readonly number[];
  /** Indices before shrinkage (mean 1). */
  readonly rawIndices: readonly number[];
  /** lambda in [0, 1]: 0 = the group's raw indices, 1 = the prior (flat when no prior). */
  readonly shrinkage: number;
  /** Mean sampling variance of a raw index (dimensionless, index units squared). */
  readonly noiseVariance: number;
  /** Series that contributed (at least one full season with demand). */
  readonly seriesCount: number;
  /** Full seasons used, summed over the contributing series. */
  readonly seasonsUsed: number;
  /** How series were weighted. */
  readonly weighting: 'volume' | 'equal';
  /** Sum of demand over the weeks used, units (the share of one series in the estimate is its volume over this). */
  readonly totalVolume: number;
}

export interface SeasonalProfileOptions {
  /** Season length m in weeks (52 for yearly seasonality of weekly data), >= 4. */
  readonly periodLength: number;
  /** Season position of each series' first week; default: aligned at the end (see the file header). */
  readonly startPositions?: readonly number[];
  /** Profile to shrink toward (e.g. the network's profile for a category); default flat (all 1). */
  readonly prior?: SeasonalProfile;
  /** 'james-stein' (default) or a fixed lambda in [0, 1]. */
  readonly shrinkage?: 'james-stein' | number;
  /** 'volume' (default): ratio of sums; 'equal': every series counts the same. */
  readonly weighting?: 'volume' | 'equal';
}

/** Position of week 0 of a series of `historyWeeks` weeks aligned at its end (the next week has position 0). */
export function endAlignedStartPosition(historyWeeks: number, periodLength: number): number {
  const m = Math.floor(periodLength);
  return (((-historyWeeks) % m) + m) % m;
}

/** Seasonal index of week t (0-based) of a series whose week 0 has season position `startPosition`. */
export function seasonalIndexAt(profile: SeasonalProfile, startPosition: number, week: number): number {
  const m = profile.periodLength;
  return profile.indices[(((startPosition + week) % m) + m) % m] ?? 1;
}

/** A flat profile (every index 1): no seasonality. */
export function flatSeasonalProfile(periodLength: number): SeasonalProfile {
  const m = Math.floor(periodLength);
  const ones = new Array<number>(m).fill(1);
  return {
    periodLength: m,
    indices: ones,
    rawIndices: ones.slice(),
    shrinkage: 1,
    noiseVariance: 0,
    seriesCount: 0,
    seasonsUsed: 0,
    weighting: 'volume',
    totalVolume: 0,
  };
}

/** True when every index is 1 (applying the profile changes nothing). */
export function isFlatProfile(profile: SeasonalProfile): boolean {
  return profile.indices.every((v) => Math.abs(v - 1) < 1e-12);
}

/** Reference levels c_t of the last k full seasons of a series (see the file header). */
function referenceLevels(values: readonly number[], offset: number, seasons: number, m: number): number[] {
  const means: number[] = [];
  for (let j = 0; j < seasons; j++) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += values[offset + j * m + i] ?? 0;
    means.push(sum / m);
  }
  const out: number[] = [];
  const centre = (m - 1) / 2;
  for (let u = 0; u < seasons * m; u++) {
    if (seasons === 1) {
      out.push(means[0] ?? 0);
      continue;
    }
    // Segment j joins the centres of seasons j and j + 1; before the first / after the last centre, extend.
    const j = Math.min(seasons - 2, Math.max(0, Math.floor((u - centre) / m)));
    const a = means[j] ?? 0;
    const b = means[j + 1] ?? 0;
    const x = (u - (j * m + centre)) / m;
    out.push(Math.max(0, a + (b - a) * x));
  }
  return out;
}

function validateOptions(seriesList: readonly (readonly number[])[], options: SeasonalProfileOptions): number {
  const m = options.periodLength;
  if (!Number.isInteger(m) || m < 4) throw new RangeError(`periodLength must be an integer number of weeks >= 4, got ${m}`);
  if (options.startPositions && options.startPositions.length !== seriesList.length) {
    throw new RangeError(`startPositions has ${options.startPositions.length} entries for ${seriesList.length} series`);
  }
  if (options.prior && options.prior.periodLength !== m) {
    throw new RangeError(`prior profile has period ${options.prior.periodLength}, expected ${m}`);
  }
  const s = options.shrinkage;
  if (s !== undefined && s !== 'james-stein' && !(typeof s === 'number' && s >= 0 && s <= 1)) {
    throw new RangeError(`shrinkage must be 'james-stein' or a number in [0, 1], got ${String(s)}`);
  }
  seriesList.forEach((series, i) => {
    const bad = series.findIndex((y) => !Number.isFinite(y) || y < 0);
    if (bad >= 0) throw new RangeError(`series ${i}, week ${bad}: demand must be a finite number >= 0`);
  });
  return m;
}

/** Scales indices to mean 1 after flooring them at MIN_SEASONAL_INDEX. */
function normalise(indices: number[]): number[] {
  const floored = indices.map((v) => Math.max(MIN_SEASONAL_INDEX, v));
  const mean = floored.reduce((s, v) => s + v, 0) / floored.length;
  return floored.map((v) => v / mean);
}

/**
 * Estimates a seasonal profile from a group of weekly demand series.
 * @param seriesList demand, units/week, oldest first, one array per series (e.g. the SKUs of a category)
 * @param options period length (weeks), alignment, prior, shrinkage, weighting
 */
export function estimateSeasonalProfile(
  seriesList: readonly (readonly number[])[],
  options: SeasonalProfileOptions,
): SeasonalProfile {
  const m = validateOptions(seriesList, options);
  const weighting = options.weighting ?? 'volume';
  const prior = options.prior?.indices ?? new Array<number>(m).fill(1);
  const sumY = new Float64Array(m);
  const sumC = new Float64Array(m);
  // Replicates (one per series and season) at each position, for the sampling variance.
  const replicateY: number[][] = Array.from({ length: m }, () => []);
  const replicateC: number[][] = Array.from({ length: m }, () => []);
  let seriesCount = 0;
  let seasonsUsed = 0;
  let totalVolume = 0;
  seriesList.forEach((values, i) => {
    const n = values.length;
    const seasons = Math.floor(n / m);
    if (seasons < 1) return;
    const offset = n - seasons * m;
    const levels = referenceLevels(values, offset, seasons, m);
    let levelTotal = 0;
    let volume = 0;
    for (let u = 0; u < seasons * m; u++) {
      levelTotal += levels[u] ?? 0;
      volume += values[offset + u] ?? 0;
    }
    if (!(levelTotal > 0)) return;
    const weight = weighting === 'equal' ? 1 / levelTotal : 1;
    const start = options.startPositions?.[i] ?? endAlignedStartPosition(n, m);
    seriesCount++;
    seasonsUsed += seasons;
    totalVolume += volume;
    for (let u = 0; u < seasons * m; u++) {
      const p = (((start + offset + u) % m) + m) % m;
      const y = (values[offset + u] ?? 0) * weight;
      const c = (levels[u] ?? 0) * weight;
      sumY[p] = (sumY[p] ?? 0) + y;
      sumC[p] = (sumC[p] ?? 0) + c;
      replicateY[p]?.push(y);
      replicateC[p]?.push(c);
    }
  });
  if (seriesCount === 0) {
    const base = options.prior ?? flatSeasonalProfile(m);
    return { ...base, shrinkage: 1, seriesCount: 0, seasonsUsed: 0, weighting, totalVolume: 0 };
  }

  const raw: number[] = [];
  for (let p = 0; p < m; p++) raw.push((sumC[p] ?? 0) > 0 ? (sumY[p] ?? 0) / (sumC[p] ?? 1) : (prior[p] ?? 1));
  const rawMean = raw.reduce((s, v) => s + v, 0) / m;
  const rawIndices = raw.map((v) => v / rawMean);

  // Sampling variance of the ratio of sums (linearisation), averaged over positions; roughness when one replicate.
  let variance = 0;
  let positionsWithReplicates = 0;
  for (let p = 0; p < m; p++) {
    const ys = replicateY[p] ?? [];
    const cs = replicateC[p] ?? [];
    const count = ys.length;
    const totalC = sumC[p] ?? 0;
    if (count < 2 || !(totalC > 0)) continue;
    const r = (sumY[p] ?? 0) / totalC;
    let ss = 0;
    for (let j = 0; j < count; j++) {
      const d = (ys[j] ?? 0) - r * (cs[j] ?? 0);
      ss += d * d;
    }
    variance += ((count / (count - 1)) * ss) / (totalC * totalC) / (rawMean * rawMean);
    positionsWithReplicates++;
  }
  if (positionsWithReplicates > 0) {
    variance /= positionsWithReplicates;
  } else {
    let rough = 0;
    for (let p = 0; p < m; p++) {
      const d = (rawIndices[p] ?? 1) - ((rawIndices[(p + m - 1) % m] ?? 1) + (rawIndices[(p + 1) % m] ?? 1)) / 2;
      rough += d * d;
    }
    variance = rough / (1.5 * m);
  }

  let distance = 0;
  for (let p = 0; p < m; p++) distance += ((rawIndices[p] ?? 1) - (prior[p] ?? 1)) ** 2;
  const lambda =
    typeof options.shrinkage === 'number'
      ? options.shrinkage
      : distance > 0
        ? Math.min(1, Math.max(0, ((m - 3) * variance) / distance))
        : 1;
  const shrunk = rawIndices.map((r, p) => (prior[p] ?? 1) + (1 - lambda) * (r - (prior[p] ?? 1)));
  return {
    periodLength: m,
    indices: normalise(shrunk),
    rawIndices,
    shrinkage: lambda,
    noiseVariance: variance,
    seriesCount,
    seasonsUsed,
    weighting,
    totalVolume,
  };
}

/**
 * Effective number of parameters a pooled profile spends on one series, for AIC: the m - 1 free indices, times
 * the part not shrunk away (1 - lambda), times the series' share of the estimate (its volume over the group's,
 * or 1 / seriesCount with equal weights). A profile estimated from this series alone counts fully.
 * @param seriesVolume the series' total demand, units
 */
export function profileDegreesOfFreedom(profile: SeasonalProfile, seriesVolume: number): number {
  if (isFlatProfile(profile)) return 0;
  const share =
    profile.seriesCount === 0
      ? 0
      : profile.weighting === 'equal'
        ? 1 / profile.seriesCount
        : profile.totalVolume > 0
          ? Math.min(1, Math.max(0, seriesVolume / profile.totalVolume))
          : 1;
  return (profile.periodLength - 1) * (1 - profile.shrinkage) * share;
}
