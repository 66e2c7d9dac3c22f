import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fitSes,
  fitSesParameters,
  sesModel,
  sesRecursion,
} from '@/server/planning/forecast/simple-exponential-smoothing';

describe('simple exponential smoothing', () => {
  // Hyndman & Athanasopoulos, Forecasting: Principles and Practice (3rd ed.), §8.1, Table 8.1: exports of goods and
  // services from Algeria (% of GDP), alpha = 0.84, l_0 = 39.54 (1959). The first rows of the table, re-derived by
  // hand from l_t = alpha y_t + (1 - alpha) l_{t-1}:
  //   1960 y=39.04  yhat=39.54  l = 0.84*39.04 + 0.16*39.54 = 39.12
  //   1961 y=46.24  yhat=39.12  l = 0.84*46.24 + 0.16*39.12 = 45.10
  //   1962 y=19.79  yhat=45.10  l = 0.84*19.79 + 0.16*45.10 = 23.84
  //   1963 y=24.68  yhat=23.84  l = 0.84*24.68 + 0.16*23.84 = 24.55
  it('reproduces the level recursion of FPP3 Table 8.1 (Algeria exports, alpha 0.84, l0 39.54)', () => {
    const exports = [39.04, 46.24, 19.79, 24.68];
    const { fitted, level } = sesRecursion(exports, 0.84, 39.54);
    expect(fitted.map((v) => Number(v.toFixed(2)))).toEqual([39.54, 39.12, 45.1, 23.84]);
    expect(level).toBeCloseTo(24.55, 2);
  });

  it('forecasts flat at the last level for every horizon (FPP3 §8.1 forecast equation)', () => {
    const model = sesModel([39.04, 46.24, 19.79, 24.68], { alpha: 0.84, initialLevel: 39.54 });
    const values = model.forecast(3);
    expect(values[0]).toBeCloseTo(24.5456, 3);
    expect(values[2]).toBe(values[0]);
  });

  it('grows sigma as sqrt(1 + alpha^2 (h-1)) (FPP3 Table 8.8, ETS(A,N,N))', () => {
    const model = sesModel([1, 2, 3], { alpha: 0.6, initialLevel: 1 });
    const growth = model.sigmaGrowth(4);
    for (let h = 1; h <= 4; h++) expect(growth[h - 1]).toBeCloseTo(Math.sqrt(1 + 0.36 * (h - 1)), 12);
  });

  it('fits alpha and l0 at the least-squares minimum (checked against a brute-force grid)', () => {
    const y = [12, 15, 11, 18, 14, 16, 21, 17, 19, 22, 18, 24, 20, 23];
    const fitted = fitSesParameters(y);
    const sse = (alpha: number, l0: number) =>
      sesRecursion(y, alpha, l0).fitted.reduce((s, f, t) => s + ((y[t] ?? 0) - f) ** 2, 0);
    const best = sse(fitted.alpha, fitted.initialLevel);
    let gridBest = Infinity;
    for (let a = 0.01; a <= 0.99; a += 0.01) for (let l0 = 5; l0 <= 25; l0 += 0.05) gridBest = Math.min(gridBest, sse(a, l0));
    expect(best).toBeLessThanOrEqual(gridBest + 1e-6);
  });

  it('forecasts a constant series as that constant with zero residuals (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 60 }), (c, n) => {
        const model = fitSes(new Array<number>(n).fill(c));
        const value = model.forecast(1)[0] ?? NaN;
        expect(Math.abs(value - c)).toBeLessThanOrEqual(1e-9 * Math.max(1, c));
      }),
    );
  });
});
