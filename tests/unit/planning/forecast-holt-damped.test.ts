import { describe, expect, it } from 'vitest';
import {
  dampedSum,
  fitHoltDamped,
  holtDampedModel,
  holtDampedRecursion,
} from '@/server/planning/forecast/holt-damped';

describe("Holt's linear and damped trend methods", () => {
  // FPP3 §8.2, Table 8.2: Holt's linear method (phi = 1) on Australia's population (millions), alpha = 0.9999,
  // beta* = 0.3267, l_0 = 10.05, b_0 = 0.22. Rows re-derived by hand from the published equations:
  //   1960 y=10.28 yhat = 10.05 + 0.22 = 10.27  l = 10.28  b = 0.3267*(10.28-10.05) + 0.6733*0.22 = 0.22
  //   1961 y=10.48 yhat = 10.28 + 0.2233 = 10.50 l = 10.48  b = 0.3267*0.20 + 0.6733*0.2233 = 0.22
  //   1962 y=10.74 yhat = 10.48 + 0.2157 = 10.70 l = 10.74  b = 0.3267*0.26 + 0.6733*0.2157 = 0.23
  it('reproduces the first rows of FPP3 Table 8.2 (Australian population) with phi = 1', () => {
    const params = { alpha: 0.9999, betaStar: 0.3267, phi: 1, initialLevel: 10.05, initialTrend: 0.22 };
    const { fitted, level, trend } = holtDampedRecursion([10.28, 10.48, 10.74], params);
    expect(fitted.map((v) => Number(v.toFixed(2)))).toEqual([10.27, 10.5, 10.7]);
    expect(level).toBeCloseTo(10.74, 2);
    expect(trend).toBeCloseTo(0.23, 2);
  });

  // Damped trend (FPP3 §8.2 equations, Gardner & McKenzie 1985), computed by hand with alpha 0.5, beta* 0.4,
  // phi 0.9, l0 10, b0 1, y = 12, 13, 15:
  //   t1 yhat = 10 + 0.9*1 = 10.9;          l = 0.5*12 + 0.5*10.9 = 11.45;     b = 0.4*1.45 + 0.6*0.9*1 = 1.12
  //   t2 yhat = 11.45 + 0.9*1.12 = 12.458;  l = 0.5*13 + 0.5*12.458 = 12.729;  b = 0.4*1.279 + 0.54*1.12 = 1.1164
  //   t3 yhat = 12.729 + 0.9*1.1164 = 13.73376; l = 14.36688; b = 0.4*1.63788 + 0.54*1.1164 = 1.258008
  //   forecasts l + (phi + ... + phi^h) b: 15.4990872, 16.51807368, 17.435161512
  it('follows the damped-trend recursion and forecast function (hand-computed)', () => {
    const params = { alpha: 0.5, betaStar: 0.4, phi: 0.9, initialLevel: 10, initialTrend: 1 };
    const model = holtDampedModel([12, 13, 15], params);
    expect(model.fitted[0]).toBeCloseTo(10.9, 12);
    expect(model.fitted[1]).toBeCloseTo(12.458, 12);
    expect(model.fitted[2]).toBeCloseTo(13.73376, 12);
    const [f1, f2, f3] = model.forecast(3);
    expect(f1).toBeCloseTo(15.4990872, 9);
    expect(f2).toBeCloseTo(16.51807368, 9);
    expect(f3).toBeCloseTo(17.435161512, 9);
  });

  // FPP3 Table 8.8 closed form for Holt's linear method (ETS(A,A,N)), with beta = alpha * beta*:
  //   sigma_h^2 / sigma^2 = 1 + (h-1)[alpha^2 + alpha beta h + beta^2 h (2h-1) / 6]
  it("grows sigma as FPP3 Table 8.8's closed form for Holt's linear method (phi = 1)", () => {
    const alpha = 0.6;
    const betaStar = 0.3;
    const beta = alpha * betaStar;
    const holt = holtDampedModel([1, 2, 3], { alpha, betaStar, phi: 1, initialLevel: 0, initialTrend: 1 });
    holt.sigmaGrowth(6).forEach((g, i) => {
      const h = i + 1;
      const v = 1 + (h - 1) * (alpha ** 2 + alpha * beta * h + (beta ** 2 * h * (2 * h - 1)) / 6);
      expect(g).toBeCloseTo(Math.sqrt(v), 10);
    });
  });

  // For the damped trend the variance is checked by simulating the ETS(A,Ad,N) state-space model that underlies the
  // method (FPP3 §8.5): y_t = l + phi b + e, l <- l + phi b + alpha e, b <- phi b + beta e, e ~ N(0, 1).
  it('grows sigma as the simulated h-step error of ETS(A,Ad,N) (Monte Carlo, 40,000 paths)', () => {
    const alpha = 0.5;
    const betaStar = 0.4;
    const beta = alpha * betaStar;
    const phi = 0.9;
    const model = holtDampedModel([1, 2, 3], { alpha, betaStar, phi, initialLevel: 0, initialTrend: 0 });
    const horizon = 8;
    const growth = model.sigmaGrowth(horizon);
    let seed = 20240611;
    const uniform = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return (seed + 0.5) / 2 ** 32;
    };
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const sumSquares = new Array<number>(horizon).fill(0);
    const paths = 40_000;
    for (let path = 0; path < paths; path++) {
      let level = 0;
      let trend = 0;
      for (let h = 1; h <= horizon; h++) {
        const e = normal();
        const y = level + phi * trend + e;
        level = level + phi * trend + alpha * e;
        trend = phi * trend + beta * e;
        // The point forecast from the origin state (0, 0) is 0 for every h, so y is the h-step error.
        sumSquares[h - 1] = (sumSquares[h - 1] ?? 0) + y * y;
      }
    }
    sumSquares.forEach((s, i) => {
      const simulated = Math.sqrt(s / paths);
      expect(Math.abs(simulated / (growth[i] ?? NaN) - 1)).toBeLessThan(0.02);
    });
    // And the growth is strictly between SES (beta = 0) and undamped Holt at h = 8.
    const ses = Math.sqrt(1 + alpha ** 2 * 7);
    expect(growth[7]).toBeGreaterThan(ses);
  });

  it('sums the damping factors phi + ... + phi^h', () => {
    expect(dampedSum(0.9, 3)).toBeCloseTo(2.439, 12);
    expect(dampedSum(1, 5)).toBe(5);
  });

  it('fits a noiseless linear trend with near-zero one-step error', () => {
    const y = Array.from({ length: 40 }, (_, t) => 50 + 3 * t);
    const model = fitHoltDamped(y);
    const next = model.forecast(1)[0] ?? NaN;
    expect(Math.abs(next - (50 + 3 * 40))).toBeLessThan(0.5);
    expect(model.params.phi).toBeGreaterThanOrEqual(0.8);
    expect(model.params.phi).toBeLessThanOrEqual(0.98);
  });
});
