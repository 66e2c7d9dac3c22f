import { describe, expect, it } from 'vitest';
import { normalQuantile } from '@/server/planning/inventory/normal';
import { predictionIntervals, residualSigma } from '@/server/planning/forecast/prediction-interval';
import { fitSeasonalNaive } from '@/server/planning/forecast/seasonal-naive';

describe('prediction intervals', () => {
  // FPP3 §5.5, Table 5.1: multipliers for prediction intervals (to 2 d.p.).
  it.each([
    [0.5, 0.67],
    [0.7, 1.04],
    [0.8, 1.28],
    [0.9, 1.64],
    [0.95, 1.96],
    [0.98, 2.33],
    [0.99, 2.58],
  ])('uses the FPP3 Table 5.1 multiplier for a %s interval (%s)', (level, multiplier) => {
    expect(Number(normalQuantile((1 + level) / 2).toFixed(2))).toBe(multiplier);
  });

  it('matches standard normal table quantiles to 6 decimals (standard normal tables, e.g. Abramowitz & Stegun ch. 26)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
  });

  it('is yhat ± z sigma_h, with the lower bound clamped at zero demand', () => {
    const { lower, upper } = predictionIntervals([100, 5], 10, [1, 2], 0.95);
    expect(lower[0]).toBeCloseTo(100 - 19.59964, 4);
    expect(upper[0]).toBeCloseTo(100 + 19.59964, 4);
    expect(lower[1]).toBe(0);
    expect(upper[1]).toBeCloseTo(5 + 39.19928, 4);
    expect(() => predictionIntervals([1], 1, [1], 1)).toThrow(RangeError);
  });

  it('takes sigma as the RMSE of the one-step residuals, skipping warm-up weeks', () => {
    expect(residualSigma([1, 2, 4, 4], [Number.NaN, 1, 2, 5])).toBeCloseTo(Math.sqrt((1 + 4 + 1) / 3), 12);
    expect(residualSigma([3], [Number.NaN])).toBe(0);
  });

  // FPP3 §5.5, Table 5.2: seasonal naive sigma_h = sigma sqrt(k + 1), k = floor((h - 1) / m); naive sigma sqrt(h).
  it('grows the seasonal naive sigma as sqrt(floor((h-1)/m) + 1) and the naive one as sqrt(h) (FPP3 Table 5.2)', () => {
    const seasonal = fitSeasonalNaive([1, 2, 3, 4, 5, 6, 7, 8, 9], 4);
    expect(seasonal.sigmaGrowth(9)).toEqual([1, 1, 1, 1, Math.SQRT2, Math.SQRT2, Math.SQRT2, Math.SQRT2, Math.sqrt(3)]);
    const naive = fitSeasonalNaive([1, 2, 3], 1);
    expect(naive.sigmaGrowth(3)).toEqual([1, Math.SQRT2, Math.sqrt(3)]);
  });

  it('forecasts the last observed season, repeated (FPP3 §5.2 seasonal naive)', () => {
    const model = fitSeasonalNaive([1, 2, 3, 4, 5, 6, 7, 8, 9], 4);
    expect(model.forecast(6)).toEqual([6, 7, 8, 9, 6, 7]);
    expect(model.fitted.slice(0, 5)).toEqual([NaN, NaN, NaN, NaN, 1]);
    // Fewer weeks than one season + 1: naive.
    expect(fitSeasonalNaive([3, 5], 4).forecast(2)).toEqual([5, 5]);
  });
});
