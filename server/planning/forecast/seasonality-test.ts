/**
 * F-test for stable seasonality, as X-11 applies it before seasonal adjustment (Lothian & Morry 1978, "A test for
 * the presence of identifiable seasonality when using the X-11 program", Statistics Canada; Ladiray & Quenneville
 * 2001, "Seasonal Adjustment with the X-11 Method", table D8): a one-way analysis of variance of the detrended series
 * by season position. Here the trend is a least-squares line, the test is at the 0.1% level by default (X-11's),
 * and the selection (select.ts) only fits per-series Holt-Winters when the training weeks pass it.
 *
 *   F = (SS_between / (P - 1)) / (SS_within / (n - P - 1)),  P = season positions observed,
 *   p-value = P(F(P - 1, n - P - 1) > F) = I_{d2 / (d2 + d1 F)}(d2 / 2, d1 / 2)  (regularised incomplete beta).
 */

/** ln Gamma(x), x > 0 (Lanczos, g = 7, n = 9; ~1e-15 relative). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] ?? 1;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] ?? 0) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta (modified Lentz; Press et al., Numerical Recipes §6.4). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let k = 1; k <= 300; k++) {
    const k2 = 2 * k;
    let num = (k * (b - k) * x) / ((a + k2 - 1) * (a + k2));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    num = (-(a + k) * (a + b + k) * x) / ((a + k2) * (a + k2 + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-14) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b), 0 <= x <= 1, a, b > 0. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Upper tail P(F > f) of the F distribution with (d1, d2) degrees of freedom. */
export function fDistributionUpperTail(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  return regularizedIncompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

export interface SeasonalityTest {
  /** F statistic (dimensionless); Infinity when the within-position variation is zero but the between is not. */
  readonly f: number;
  readonly pValue: number;
  readonly significant: boolean;
}

/**
 * Tests a weekly series for stable seasonality of period m.
 * @param series demand, units/week
 * @param seasonLengthWeeks m, weeks (>= 2)
 * @param significance level of the test (default 0.001, X-11's)
 * @returns the test, or a non-significant result when the series has no replicated position (n <= m + 1)
 */
export function stableSeasonalityTest(
  series: readonly number[],
  seasonLengthWeeks: number,
  significance = 0.001,
): SeasonalityTest {
  const m = Math.floor(seasonLengthWeeks);
  const n = series.length;
  const none = { f: 0, pValue: 1, significant: false };
  if (m < 2 || n <= m + 1) return none;
  // Least-squares line.
  const tMean = (n - 1) / 2;
  let yMean = 0;
  for (const y of series) yMean += y / n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tMean) * ((series[t] ?? 0) - yMean);
    sxx += (t - tMean) * (t - tMean);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  const residuals = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const r = (series[t] ?? 0) - yMean - slope * (t - tMean);
    residuals[t] = r;
    sums[t % m] = (sums[t % m] ?? 0) + r;
    counts[t % m] = (counts[t % m] ?? 0) + 1;
  }
  let between = 0;
  let positions = 0;
  for (let p = 0; p < m; p++) {
    const c = counts[p] ?? 0;
    if (c === 0) continue;
    positions++;
    between += ((sums[p] ?? 0) * (sums[p] ?? 0)) / c; // residual grand mean is 0
  }
  let within = 0;
  for (let t = 0; t < n; t++) {
    const p = t % m;
    const d = (residuals[t] ?? 0) - (sums[p] ?? 0) / (counts[p] ?? 1);
    within += d * d;
  }
  const d1 = positions - 1;
  const d2 = n - positions - 1;
  if (d1 < 1 || d2 < 1) return none;
  const scale = between + within;
  if (!(scale > 0)) return none;
  if (within <= 1e-12 * scale) return { f: Number.POSITIVE_INFINITY, pValue: 0, significant: true };
  const f = between / d1 / (within / d2);
  const pValue = fDistributionUpperTail(f, d1, d2);
  return { f, pValue, significant: pValue < significance };
}
