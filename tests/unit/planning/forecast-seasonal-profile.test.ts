import { describe, expect, it } from 'vitest';
import {
  endAlignedStartPosition,
  estimateSeasonalProfile,
  flatSeasonalProfile,
  profileDegreesOfFreedom,
  seasonalIndexAt,
} from '@/server/planning/forecast';

/** Deterministic pseudo-random numbers in [0, 1). */
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

/** A yearly profile with a smooth swing and a year-end peak (mean 1), by season position. */
function trueProfile(m = 52): number[] {
  const raw = Array.from({ length: m }, (_, p) => (1 + 0.3 * Math.sin((2 * Math.PI * p) / m)) * (p === 47 ? 1.8 : p === 48 ? 1.4 : 1));
  const mean = raw.reduce((a, b) => a + b, 0) / m;
  return raw.map((v) => v / mean);
}

describe('estimateSeasonalProfile: group seasonal indices with James-Stein shrinkage', () => {
  // Hand computation of the estimator (Withycombe 1989 ratio of sums; Miller & Williams 2003 positive-part
  // James-Stein factor lambda = (m - 3) v / sum (R_p - 1)^2), m = 4, one season per series:
  //   A = 10 20 30 40 (mean 25), B = 20 20 40 40 (mean 30): R = (y_A + y_B) / 55 = 0.54545, 0.72727, 1.27273, 1.45455
  //   v_p = 2 [(y_A - R c_A)^2 + (y_B - R c_B)^2] / 55^2 -> mean v = 0.0109282; sum (R - 1)^2 = 0.5619835
  //   lambda = 0.0194458; S = 1 + (1 - lambda)(R - 1) = 0.554294, 0.732576, 1.267424, 1.445706
  it('matches the hand-computed ratio-of-sums indices, sampling variance and shrinkage (m = 4)', () => {
    const profile = estimateSeasonalProfile(
      [
        [10, 20, 30, 40],
        [20, 20, 40, 40],
      ],
      { periodLength: 4 },
    );
    [0.5454545454545454, 0.7272727272727273, 1.2727272727272727, 1.4545454545454546].forEach((r, p) =>
      expect(profile.rawIndices[p]).toBeCloseTo(r, 12),
    );
    expect(profile.noiseVariance).toBeCloseTo(0.01092821528584113, 12);
    expect(profile.shrinkage).toBeCloseTo(0.019445794846864362, 12);
    [0.554293543112211, 0.7325761258673267, 1.2674238741326733, 1.4457064568877889].forEach((s, p) =>
      expect(profile.indices[p]).toBeCloseTo(s, 12),
    );
    expect(profile.seriesCount).toBe(2);
    expect(profile.totalVolume).toBe(220);
  });

  it('recovers a common yearly profile from one year of 30 noisy series', () => {
    const truth = trueProfile();
    const random = rng(5);
    const series = Array.from({ length: 30 }, (_, i) => {
      const level = 20 + 10 * i;
      return truth.map((s) => Math.max(0, level * s * (1 + 0.15 * normal(random))));
    });
    const profile = estimateSeasonalProfile(series, { periodLength: 52 });
    expect(profile.shrinkage).toBeLessThan(0.1);
    // Relative error: the noise is multiplicative, so the peak week's index is the least precise in units.
    const relative = profile.indices.map((s, p) => s / (truth[p] ?? 1) - 1);
    // 15% noise over ~23 effective series: about 3% standard error per index.
    expect(Math.sqrt(relative.reduce((a, e) => a + e * e, 0) / 52)).toBeLessThan(0.045);
    expect(Math.max(...relative.map(Math.abs))).toBeLessThan(0.12);
    expect(profile.indices[47]).toBeGreaterThan(1.3); // the year-end peak (true index 1.47)
    expect(profile.indices.reduce((a, b) => a + b, 0) / 52).toBeCloseTo(1, 12);
  });

  it('shrinks pure noise to (almost) flat indices', () => {
    const random = rng(9);
    const series = Array.from({ length: 10 }, () => Array.from({ length: 52 }, () => 100 + 20 * normal(random)));
    const profile = estimateSeasonalProfile(series, { periodLength: 52 });
    expect(profile.shrinkage).toBeGreaterThan(0.8);
    for (const s of profile.indices) expect(Math.abs(s - 1)).toBeLessThan(0.05);
  });

  it('shrinks a noisy group toward its prior (a parent profile) rather than toward 1', () => {
    const truth = trueProfile();
    const prior = estimateSeasonalProfile([truth.map((s) => 1000 * s)], { periodLength: 52, shrinkage: 0 });
    // One small SKU of the category: the category's pattern under heavy noise.
    const random = rng(13);
    const noisy = [truth.map((s) => Math.max(0, 5 * s * (1 + 0.4 * normal(random))))];
    const child = estimateSeasonalProfile(noisy, { periodLength: 52, prior });
    const flat = estimateSeasonalProfile(noisy, { periodLength: 52 });
    const rmse = (a: readonly number[]) => Math.sqrt(a.reduce((sum, v, i) => sum + (v - (truth[i] ?? 1)) ** 2, 0) / a.length);
    expect(child.shrinkage).toBeGreaterThan(0.3);
    expect(rmse(child.indices)).toBeLessThan(0.5 * rmse(child.rawIndices));
    // Toward the prior beats toward 1 for a series that follows the prior.
    expect(rmse(child.indices)).toBeLessThan(rmse(flat.indices));
  });

  it('removes growth between years with two seasons (lines through the season means)', () => {
    const truth = trueProfile();
    const growing = Array.from({ length: 104 }, (_, t) => 100 * (1 + 0.01 * t) * (truth[t % 52] ?? 1));
    const profile = estimateSeasonalProfile([growing], { periodLength: 52, shrinkage: 0 });
    // 104 weeks end aligned: week 0 has position 0, as in truth.
    expect(Math.max(...profile.indices.map((s, p) => Math.abs(s - (truth[p] ?? 1))))).toBeLessThan(0.02);
  });

  it('aligns series at their end by default, or by the given start positions', () => {
    const truth = trueProfile();
    const year = truth.map((s) => 50 * s);
    const longer = [...year.slice(26), ...year]; // 78 weeks ending on the same week as `year`
    const a = estimateSeasonalProfile([year], { periodLength: 52, shrinkage: 0 });
    const b = estimateSeasonalProfile([longer], { periodLength: 52, shrinkage: 0 });
    a.indices.forEach((s, p) => expect(b.indices[p]).toBeCloseTo(s, 12));
    expect(endAlignedStartPosition(78, 52)).toBe(26);
    // The week after the history has position 0: the profile applies to next year's week p at index p.
    expect(seasonalIndexAt(a, endAlignedStartPosition(52, 52), 52 + 47)).toBeCloseTo(a.indices[47] ?? NaN, 12);
    // Explicit positions: the same data declared to start at position 10 moves every index by 10.
    const shifted = estimateSeasonalProfile([year], { periodLength: 52, shrinkage: 0, startPositions: [10] });
    expect(shifted.indices[(47 + 10) % 52]).toBeCloseTo(a.indices[47] ?? NaN, 12);
  });

  it('gives a flat profile when no series holds a full season with demand', () => {
    const profile = estimateSeasonalProfile([[1, 2, 3], new Array<number>(60).fill(0)], { periodLength: 52 });
    expect(profile.seriesCount).toBe(0);
    expect(profile.indices.every((s) => s === 1)).toBe(true);
    expect(profileDegreesOfFreedom(profile, 10)).toBe(0);
    expect(flatSeasonalProfile(52).indices).toHaveLength(52);
  });

  it('counts the parameters a profile spends on one series: (m - 1)(1 - lambda) x its share of the volume', () => {
    const profile = estimateSeasonalProfile(
      [
        [10, 20, 30, 40],
        [20, 20, 40, 40],
      ],
      { periodLength: 4 },
    );
    expect(profileDegreesOfFreedom(profile, 100)).toBeCloseTo(3 * (1 - profile.shrinkage) * (100 / 220), 12);
    expect(profileDegreesOfFreedom(profile, 1e9)).toBeCloseTo(3 * (1 - profile.shrinkage), 12);
  });

  it('rejects bad input with a clear error', () => {
    expect(() => estimateSeasonalProfile([[1, 2, 3]], { periodLength: 3 })).toThrow(/periodLength/);
    expect(() => estimateSeasonalProfile([[1, -2, 3, 4]], { periodLength: 4 })).toThrow(/series 0, week 1/);
    expect(() => estimateSeasonalProfile([[1, 2, 3, 4]], { periodLength: 4, startPositions: [0, 1] })).toThrow(/startPositions/);
    expect(() => estimateSeasonalProfile([[1, 2, 3, 4]], { periodLength: 4, shrinkage: 2 })).toThrow(/shrinkage/);
    expect(() => estimateSeasonalProfile([[1, 2, 3, 4]], { periodLength: 4, prior: flatSeasonalProfile(52) })).toThrow(/prior/);
  });
});
