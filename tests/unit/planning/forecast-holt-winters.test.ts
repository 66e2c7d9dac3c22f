import { describe, expect, it } from 'vitest';
import {
  fitHoltWinters,
  hasTwoFullSeasons,
  holtWintersModel,
  initialHoltWintersStates,
} from '@/server/planning/forecast/holt-winters';

// No published Holt-Winters table small enough to transcribe was available, so the recursions are checked against
// values computed by hand from the equations of FPP3 §8.3 ("Holt-Winters' damped method"), m = 2,
// alpha 0.5, beta* 0.5, gamma 0.25, phi 0.9, l0 10, b0 1.
describe('Holt-Winters (damped trend)', () => {
  // Additive, s = (-2, 2), y = 9, 14, 10:
  //   t0 base = 10 + 0.9 = 10.9; yhat = 10.9 - 2 = 8.9; l = 0.5*(9+2) + 0.5*10.9 = 10.95;
  //      s0 = 0.25*(9-10.9) + 0.75*(-2) = -1.975; b = 0.5*(10.95-10) + 0.5*0.9*1 = 0.925
  //   t1 base = 10.95 + 0.8325 = 11.7825; yhat = 13.7825; l = 0.5*(14-2) + 0.5*11.7825 = 11.89125;
  //      s1 = 0.25*(14-11.7825) + 0.75*2 = 2.054375; b = 0.5*0.94125 + 0.45*0.925 = 0.886875
  //   t2 base = 11.89125 + 0.7981875 = 12.6894375; yhat = 12.6894375 - 1.975 = 10.7144375; l = 12.33221875;
  //      s0 = -2.153609375; b = 0.619578125
  //   h=1: l + 0.9 b + s1 = 14.9442140625;  h=2: l + 1.71 b + s0 = 11.23808796875
  it('follows the additive recursion and forecast function (hand-computed)', () => {
    const params = { alpha: 0.5, betaStar: 0.5, gamma: 0.25, phi: 0.9, initialLevel: 10, initialTrend: 1, initialSeasonal: [-2, 2] };
    const model = holtWintersModel([9, 14, 10], params, 'additive');
    expect(model.fitted[0]).toBeCloseTo(8.9, 12);
    expect(model.fitted[1]).toBeCloseTo(13.7825, 12);
    expect(model.fitted[2]).toBeCloseTo(10.7144375, 12);
    const [h1, h2] = model.forecast(2);
    expect(h1).toBeCloseTo(14.9442140625, 10);
    expect(h2).toBeCloseTo(11.23808796875, 10);
  });

  // Multiplicative, s = (0.8, 1.2), y = 9, 14:
  //   t0 base 10.9; yhat = 8.72; l = 0.5*9/0.8 + 0.5*10.9 = 11.075; s0 = 0.25*9/10.9 + 0.75*0.8 = 0.806422...;
  //      b = 0.5*1.075 + 0.45 = 0.9875
  //   t1 base = 11.075 + 0.88875 = 11.96375; yhat = 11.96375*1.2 = 14.3565; l = 0.5*14/1.2 + 0.5*11.96375 = 11.8152083;
  //      s1 = 0.25*14/11.96375 + 0.9 = 1.1925504; b = 0.5*0.7402083 + 0.45*0.9875 = 0.8144792
  //   h=1: (l + 0.9 b) s0 = 10.1191767;  h=2: (l + 1.71 b) s1 = 15.7511673
  it('follows the multiplicative recursion and forecast function (hand-computed)', () => {
    const params = { alpha: 0.5, betaStar: 0.5, gamma: 0.25, phi: 0.9, initialLevel: 10, initialTrend: 1, initialSeasonal: [0.8, 1.2] };
    const model = holtWintersModel([9, 14], params, 'multiplicative');
    expect(model.fitted[0]).toBeCloseTo(8.72, 12);
    expect(model.fitted[1]).toBeCloseTo(14.3565, 10);
    const [h1, h2] = model.forecast(2);
    expect(h1).toBeCloseTo(10.119176691513763, 8);
    expect(h2).toBeCloseTo(15.751167341567845, 8);
  });

  // Checked by simulating the ETS(A,Ad,A) state-space model behind the additive method (FPP3 §8.5): y = l + phi b +
  // s_{t-m} + e; l <- l + phi b + alpha e; b <- phi b + beta e; s_t = s_{t-m} + gamma e, e ~ N(0, 1).
  it('grows the additive sigma as the simulated h-step error of ETS(A,Ad,A) (Monte Carlo)', () => {
    const m = 4;
    const p = { alpha: 0.3, betaStar: 0.2, gamma: 0.5, phi: 0.9, initialLevel: 0, initialTrend: 0, initialSeasonal: [0, 0, 0, 0] };
    const beta = p.alpha * p.betaStar;
    const horizon = 9;
    const growth = holtWintersModel([0, 0, 0, 0, 0, 0, 0, 0], p, 'additive').sigmaGrowth(horizon);
    let seed = 99;
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
      const seasonal = [0, 0, 0, 0];
      for (let h = 1; h <= horizon; h++) {
        const e = normal();
        const i = (h - 1) % m;
        const y = level + p.phi * trend + (seasonal[i] ?? 0) + e;
        level = level + p.phi * trend + p.alpha * e;
        trend = p.phi * trend + beta * e;
        seasonal[i] = (seasonal[i] ?? 0) + p.gamma * e;
        sumSquares[h - 1] = (sumSquares[h - 1] ?? 0) + y * y; // point forecast from the zero state is 0
      }
    }
    sumSquares.forEach((s, i) => expect(Math.abs(Math.sqrt(s / paths) / (growth[i] ?? NaN) - 1)).toBeLessThan(0.02));
    // The seasonal term adds gamma to the weight of the error one full season back: a jump at h = m + 1.
    expect((growth[4] ?? 0) - (growth[3] ?? 0)).toBeGreaterThan((growth[3] ?? 0) - (growth[2] ?? 0));
  });

  it('recovers the seasonal profile and trend of a noiseless seasonal series from the first two seasons', () => {
    const profile = [5, -3, 8, -10];
    const y = Array.from({ length: 16 }, (_, t) => 100 + 2 * t + (profile[t % 4] ?? 0));
    const init = initialHoltWintersStates(y, 4, 'additive');
    expect(init.initialTrend).toBeCloseTo(2, 10);
    init.initialSeasonal.forEach((s, i) => expect(s).toBeCloseTo(profile[i] ?? NaN, 10));
    expect(init.initialLevel).toBeCloseTo(98, 10); // level one week before t = 0
    const model = fitHoltWinters(y, 4, 'additive');
    const next = model.forecast(4);
    next.forEach((v, i) => expect(Math.abs(v - (100 + 2 * (16 + i) + (profile[i] ?? 0)))).toBeLessThan(1.5));
  });

  it('is fitted from one and a half seasons (the selection offers it from two), positive values for the multiplicative form', () => {
    expect(hasTwoFullSeasons(103, 52)).toBe(false);
    expect(hasTwoFullSeasons(104, 52)).toBe(true);
    expect(hasTwoFullSeasons(104, 1)).toBe(false);
    expect(() => fitHoltWinters([1, 2, 3, 4, 5], 4, 'additive')).toThrow(/one and a half seasons \(6 weeks\)/);
    expect(fitHoltWinters([1, 2, 3, 4, 5, 6], 4, 'additive').forecast(1)).toHaveLength(1);
    expect(() => fitHoltWinters([1, 2, 0, 4, 5, 6, 7, 8], 4, 'multiplicative')).toThrow(/> 0/);
  });
});
