/**
 * Forecasting through a pooled seasonal profile (FPP3 §5.7 "Forecasting with decomposition": deseasonalise, forecast
 * with a non-seasonal method, reseasonalise; FPP3 §12.1 for weekly data) and Holt-Winters from two seasons.
 */
import { describe, expect, it } from 'vitest';
import {
  estimateSeasonalProfile,
  forecast,
  forecastGroup,
  seasonalIndexAt,
  type SeasonalProfile,
} from '@/server/planning/forecast';

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
function yearly(m = 52): number[] {
  const raw = Array.from({ length: m }, (_, p) => (1 + 0.35 * Math.cos((2 * Math.PI * (p - 45)) / m)) * (p === 47 ? 1.6 : 1));
  const mean = raw.reduce((a, b) => a + b, 0) / m;
  return raw.map((v) => v / mean);
}
function profileOf(indices: number[]): SeasonalProfile {
  return estimateSeasonalProfile([indices.map((s) => 1000 * s)], { periodLength: indices.length, shrinkage: 0 });
}

describe('forecast() with a pooled seasonal profile', () => {
  it('deseasonalises, forecasts the level and reseasonalises each forecast week', () => {
    const truth = yearly();
    const profile = profileOf(truth);
    const history = Array.from({ length: 40 }, (_, t) => 200 * seasonalIndexAt(profile, (52 - 40) % 52, t));
    const r = forecast(history, { horizon: 52, method: 'ses', seasonalProfile: profile });
    expect(r.seasonality).toBe('profile');
    expect(r.method).toBe('ses');
    r.values.forEach((v, h) => expect(v).toBeCloseTo(200 * (truth[h] ?? NaN), 6));
    r.seasonalIndices?.forEach((s, h) => expect(s).toBeCloseTo(truth[h] ?? NaN, 12));
  });

  it('scales sigma_h by the index of each forecast week', () => {
    const profile = profileOf(yearly());
    const random = rng(3);
    const history = Array.from({ length: 60 }, (_, t) => 100 * seasonalIndexAt(profile, (52 - 60 % 52) % 52, t) * (1 + 0.1 * normal(random)));
    const r = forecast(history, { horizon: 52, method: 'ses', seasonalProfile: profile });
    const perIndex = r.sigmaByHorizon.map((s, h) => s / (r.seasonalIndices?.[h] ?? NaN));
    for (let h = 1; h < 52; h++) expect(perIndex[h]).toBeGreaterThanOrEqual((perIndex[h - 1] ?? Infinity) - 1e-9);
    expect(r.upper?.[47] ?? 0).toBeGreaterThan(r.upper?.[20] ?? Infinity);
  });

  it('scales Croston / SBA / TSB forecasts by the indices for intermittent demand', () => {
    const profile = profileOf(yearly());
    const random = rng(8);
    const history = Array.from({ length: 52 }, () => (random() < 0.25 ? 4 + Math.floor(3 * random()) : 0));
    for (const method of ['croston', 'sba', 'tsb'] as const) {
      const r = forecast(history, { horizon: 52, method, seasonalProfile: profile });
      const rate = (r.values[0] ?? 0) / (r.seasonalIndices?.[0] ?? NaN);
      expect(rate).toBeGreaterThan(0);
      r.values.forEach((v, h) => expect(v).toBeCloseTo(rate * (r.seasonalIndices?.[h] ?? NaN), 9));
    }
  });

  it('forecastGroup: a category with one year of history forecasts its next season far better with pooled indices', () => {
    const truth = yearly();
    const random = rng(21);
    const skus = Array.from({ length: 20 }, (_, i) => {
      const level = 30 + 15 * i;
      return Array.from({ length: 104 }, (_, t) => Math.max(0, Math.round(level * (truth[t % 52] ?? 1) * (1 + 0.2 * normal(random)))));
    });
    const history = skus.map((s) => s.slice(0, 52));
    const { profile, results } = forecastGroup(history, { horizon: 52, seasonLength: 52 });
    expect(profile.seriesCount).toBe(20);
    let errorPooled = 0;
    let errorPlain = 0;
    let total = 0;
    skus.forEach((sku, i) => {
      const plain = forecast(history[i] ?? [], { horizon: 52 });
      for (let h = 0; h < 52; h++) {
        const y = sku[52 + h] ?? 0;
        errorPooled += Math.abs(y - (results[i]?.values[h] ?? 0));
        errorPlain += Math.abs(y - (plain.values[h] ?? 0));
        total += y;
      }
    });
    expect(results.filter((r) => r.seasonality === 'profile').length).toBeGreaterThanOrEqual(15);
    expect(errorPooled / total).toBeLessThan(0.75 * (errorPlain / total));
  });

  it('does not let one series fit its own one-year profile (AIC counts the 51 indices: undefined on 39 weeks)', () => {
    const random = rng(4);
    const y = Array.from({ length: 52 }, () => 100 + 15 * normal(random));
    const own = estimateSeasonalProfile([y], { periodLength: 52, shrinkage: 0 });
    const r = forecast(y, { horizon: 8, seasonalProfile: own });
    expect(r.seasonality).toBe('none');
    const viaProfile = r.candidates?.filter((c) => c.seasonalProfile) ?? [];
    expect(viaProfile.length).toBeGreaterThan(0);
    for (const c of viaProfile) expect(c.fit?.aic).toBeNull();
  });

  it('skips the profile for a series that does not follow the group season (no variation removed)', () => {
    const profile = profileOf(yearly());
    const random = rng(31);
    const flat = Array.from({ length: 78 }, () => 200 + 20 * normal(random));
    const r = forecast(flat, { horizon: 8, seasonalProfile: profile });
    expect(r.candidates?.some((c) => c.seasonalProfile)).toBe(false);
    expect(r.seasonality).toBe('none');
    const following = flat.map((y, t) => y * seasonalIndexAt(profile, (52 - (78 % 52)) % 52, t));
    expect(forecast(following, { horizon: 8, seasonalProfile: profile }).candidates?.some((c) => c.seasonalProfile)).toBe(true);
  });

  it('keeps the plain API: no profile, no change of shape; seasonality says where it comes from', () => {
    const y = Array.from({ length: 40 }, (_, t) => 100 + ((t * 37) % 11));
    const r = forecast(y, { horizon: 4 });
    expect(r.seasonality).toBe('none');
    expect(r.seasonalIndices).toBeUndefined();
    const seasonal = Array.from({ length: 36 }, (_, t) => 100 + 40 * Math.sin((2 * Math.PI * t) / 12));
    expect(forecast(seasonal, { horizon: 4, seasonLength: 12, method: 'holt-winters-additive' }).seasonality).toBe('fitted');
  });

  it('rejects a profile with a seasonal method, or with a different season length', () => {
    const profile = profileOf(yearly());
    const y = Array.from({ length: 110 }, (_, t) => 10 + (t % 52));
    expect(() => forecast(y, { horizon: 1, method: 'holt-winters-additive', seasonalProfile: profile })).toThrow(/models seasonality itself/);
    expect(() => forecast(y, { horizon: 1, seasonLength: 12, seasonalProfile: profile })).toThrow(/differs/);
    expect(() => forecast([1, -1, 2], { horizon: 1, seasonalProfile: profile })).toThrow(/>= 0/);
  });
});

describe('Holt-Winters with exactly two years of weekly history', () => {
  it('is a candidate at 104 weeks (training 91 weeks >= 1.5 seasons) when the weeks show stable seasonality', () => {
    const truth = yearly();
    const random = rng(17);
    const y = Array.from({ length: 104 }, (_, t) => 500 * (truth[t % 52] ?? 1) * (1 + 0.02 * normal(random)));
    const r = forecast(y, { horizon: 13, seasonLength: 52 });
    const methods = r.candidates?.map((c) => c.method) ?? [];
    expect(methods).toContain('holt-winters-additive');
    expect(methods).toContain('holt-winters-multiplicative');
    expect(['holt-winters-additive', 'holt-winters-multiplicative', 'seasonal-naive']).toContain(r.method);
  });

  it('is not fitted when the training weeks fail the stable-seasonality test (pure noise)', () => {
    const random = rng(18);
    const y = Array.from({ length: 104 }, () => 500 + 50 * normal(random));
    const methods = forecast(y, { horizon: 13, seasonLength: 52 }).candidates?.map((c) => c.method) ?? [];
    expect(methods).not.toContain('holt-winters-additive');
    expect(methods).toContain('seasonal-naive');
  });
});
