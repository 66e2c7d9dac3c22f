/**
 * Selection by holdout MAE combined with AIC (Hyndman, Koehler, Snyder & Grose 2002; Hyndman, Koehler, Ord &
 * Snyder 2008, "Forecasting with Exponential Smoothing", §7.1; FPP3 §8.6), checked on series whose right answer is
 * known because they were generated from it.
 */
import { describe, expect, it } from 'vitest';
import { forecast } from '@/server/planning/forecast';
import { informationCriterion, parameterCount } from '@/server/planning/forecast/information-criterion';
import { fDistributionUpperTail, stableSeasonalityTest } from '@/server/planning/forecast/seasonality-test';
import { selectMethod } from '@/server/planning/forecast/select';
import type { ForecastMethod } from '@/server/planning/forecast';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
}
const shape = (t: number, m: number) => Math.sin((2 * Math.PI * t) / m) + 0.5 * Math.cos((4 * Math.PI * t) / m);

/** Multiplicative seasonality on a growing level: the seasonal swing grows with the level. */
function multiplicative(seed: number, weeks: number, m: number, growth: number, noise: number): number[] {
  const random = rng(seed);
  return Array.from({ length: weeks }, (_, t) => 100 * (1 + growth * t) * (1 + 0.5 * shape(t, m)) * (1 + noise * normal(random)));
}
/** Additive seasonality: a constant swing on a growing level. */
function additive(seed: number, weeks: number, m: number): number[] {
  const random = rng(seed);
  return Array.from({ length: weeks }, (_, t) => 300 + t + 60 * shape(t, m) + 6 * normal(random));
}

function tally(methods: ForecastMethod[]): Partial<Record<ForecastMethod, number>> {
  const out: Partial<Record<ForecastMethod, number>> = {};
  for (const m of methods) out[m] = (out[m] ?? 0) + 1;
  return out;
}

function nextSeasonMae(series: readonly number[], weeks: number, m: number, method: ForecastMethod): number {
  const f = forecast(series.slice(0, weeks), { horizon: m, seasonLength: m, method }).values;
  let e = 0;
  for (let h = 0; h < m; h++) e += Math.abs((series[weeks + h] ?? 0) - (f[h] ?? 0)) / m;
  return e;
}

describe('AIC / AICc of the in-sample fit (Hyndman et al. 2008 §7.1)', () => {
  // SSE = 0 + 1 + 1 + 1 + 1 + 1 = 5, n = 6, k = 2: AIC = 6 ln(5/6) + 4 = 2.906071; AICc = AIC + 2*2*3/3 = 6.906071;
  // penalised sigma = exp(AIC / 12) = sqrt(5/6) exp(2 / 6) = 0.912871 x 1.395612 = 1.274014.
  it('matches the hand computation and is undefined when n <= k + 1', () => {
    const ic = informationCriterion([1, 2, 3, 4, 5, 6], [1, 1, 2, 3, 4, 5], 2);
    expect(ic.sse).toBe(5);
    expect(ic.aic).toBeCloseTo(2.9060706592362724, 12);
    expect(ic.aicc).toBeCloseTo(6.906070659236272, 12);
    expect(ic.penalisedSigma).toBeCloseTo(Math.exp(2.9060706592362724 / 12), 12);
    expect(ic.penalisedSigma).toBeCloseTo(1.274014, 6);
    expect(informationCriterion([1, 2, 3], [1, 1, 2], 2).aicc).toBeNull();
    expect(informationCriterion([1, 2, 3, 4], [Number.NaN, null as unknown as number, 2, 3], 1).weeks).toBe(2);
  });

  it('counts smoothing parameters, initial states and sigma², with m - 1 seasonal states for Holt-Winters', () => {
    expect(parameterCount('ses')).toBe(3);
    expect(parameterCount('holt-damped')).toBe(6);
    expect(parameterCount('holt-winters-multiplicative', 52)).toBe(58);
    expect(parameterCount('seasonal-naive', 52)).toBe(1);
  });
});

describe('F-test for stable seasonality (X-11, Lothian & Morry 1978)', () => {
  // F distribution tables (e.g. NIST/SEMATECH e-Handbook §1.3.6.7.3): F_0.95(5, 10) = 3.326, F_0.95(1, 10) = 4.965,
  // F_0.99(10, 20) = 3.368.
  it('has the tabulated F upper tails', () => {
    expect(fDistributionUpperTail(3.326, 5, 10)).toBeCloseTo(0.05, 3);
    expect(fDistributionUpperTail(4.965, 1, 10)).toBeCloseTo(0.05, 3);
    expect(fDistributionUpperTail(3.368, 10, 20)).toBeCloseTo(0.01, 3);
  });

  it('finds seasonality in a seasonal series and none in noise', () => {
    const random = rng(2);
    const seasonal = Array.from({ length: 91 }, (_, t) => 100 + 30 * shape(t, 52) + 5 * normal(random));
    const noise = Array.from({ length: 91 }, () => 100 + 5 * normal(random));
    expect(stableSeasonalityTest(seasonal, 52).significant).toBe(true);
    expect(stableSeasonalityTest(noise, 52).significant).toBe(false);
    expect(stableSeasonalityTest(noise.slice(0, 53), 52).significant).toBe(false); // one replicate: no test
  });
});

describe('auto selection on series with known answers', () => {
  const m = 13; // a quarterly cycle in weekly data
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);

  it('multiplicative Holt-Winters wins when the seasonal swing grows with the level', () => {
    const chosen = seeds.map((seed) => selectMethod(multiplicative(seed, 4 * m, m, 0.02, 0.06), { seasonLengthWeeks: m }).method);
    expect(tally(chosen)['holt-winters-multiplicative'] ?? 0).toBeGreaterThanOrEqual(19);
    // ... and it is the right answer: over the next season it is about twice as accurate as the additive form.
    const ratio =
      seeds.reduce((s, seed) => s + nextSeasonMae(multiplicative(seed, 5 * m, m, 0.02, 0.06), 4 * m, m, 'holt-winters-multiplicative'), 0) /
      seeds.reduce((s, seed) => s + nextSeasonMae(multiplicative(seed, 5 * m, m, 0.02, 0.06), 4 * m, m, 'holt-winters-additive'), 0);
    expect(ratio).toBeLessThan(0.6);
  });

  it('AICc corrects the short holdout where it picks additive Holt-Winters for a growing swing', () => {
    // m = 12, 3 seasons, 9 holdout origins: the one series of this family where holdout MAE alone prefers the
    // additive form; the in-sample likelihood (AIC) over the 27 training weeks prefers multiplicative, which is ~2.7x as
    // accurate over the next season.
    const series = multiplicative(1, 48, 12, 0.03, 0.05);
    const history = series.slice(0, 36);
    expect(selectMethod(history, { seasonLengthWeeks: 12, criterion: 'holdout' }).method).toBe('holt-winters-additive');
    const combined = selectMethod(history, { seasonLengthWeeks: 12 });
    expect(combined.method).toBe('holt-winters-multiplicative');
    const additiveScore = combined.scores.find((s) => s.method === 'holt-winters-additive');
    expect(additiveScore?.accuracy.mae ?? 0).toBeLessThan(combined.scores[0]?.accuracy.mae ?? 0);
    expect(additiveScore?.fit?.aic ?? -Infinity).toBeGreaterThan(combined.scores[0]?.fit?.aic ?? Infinity);
    expect(nextSeasonMae(series, 36, 12, 'holt-winters-multiplicative')).toBeLessThan(
      0.5 * nextSeasonMae(series, 36, 12, 'holt-winters-additive'),
    );
  });

  it('additive Holt-Winters wins when the swing is constant', () => {
    const chosen = seeds.map((seed) => selectMethod(additive(seed, 5 * 12, 12), { seasonLengthWeeks: 12 }).method);
    expect(tally(chosen)['holt-winters-additive'] ?? 0).toBeGreaterThanOrEqual(16);
  });

  it('SES wins on flat noisy demand, and no seasonal method is chosen', () => {
    const chosen = seeds.map((seed) => {
      const random = rng(seed);
      return selectMethod(Array.from({ length: 5 * 12 }, () => 50 + 10 * normal(random)), { seasonLengthWeeks: 12 }).method;
    });
    expect(tally(chosen).ses ?? 0).toBeGreaterThanOrEqual(16);
    for (const m of chosen) expect(['ses', 'holt-damped']).toContain(m);
  });

  it('the Croston family wins on intermittent demand', () => {
    const chosen = Array.from({ length: 40 }, (_, i) => {
      const random = rng(i + 1);
      const y = Array.from({ length: 104 }, () => (random() < 0.25 ? Math.max(1, Math.round(10 * (0.7 + 0.6 * random()))) : 0));
      const s = selectMethod(y, { seasonLengthWeeks: 52 });
      expect(s.pattern).toBe('intermittent');
      return s.method;
    });
    const t = tally(chosen);
    expect((t.croston ?? 0) + (t.sba ?? 0) + (t.tsb ?? 0)).toBeGreaterThanOrEqual(30);
  });
});
