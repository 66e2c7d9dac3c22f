import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crostonModel,
  crostonRecursion,
  demandSizesAndIntervals,
  fitCroston,
} from '@/server/planning/forecast/croston';
import { fitTsb, tsbModel, tsbRecursion } from '@/server/planning/forecast/tsb';

// FPP2 §12.2 / FPP3 §13.2 ("Time series of counts"): the first 24 months of fpp2::productC and its Croston
// decomposition into non-zero demands q_i and inter-arrival times a_i.
const productC = [0, 2, 0, 1, 0, 11, 0, 0, 0, 0, 2, 0, 6, 3, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0];

/** Park–Miller style deterministic generator for the Monte Carlo test. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

describe("Croston's method and SBA", () => {
  it('splits productC into the sizes and intervals printed in FPP (q = 2,1,11,2,6,3,7; a = 2,2,2,5,2,1,6)', () => {
    const { sizes, intervalsWeeks } = demandSizesAndIntervals(productC);
    expect(sizes).toEqual([2, 1, 11, 2, 6, 3, 7]);
    expect(intervalsWeeks).toEqual([2, 2, 2, 5, 2, 1, 6]);
  });

  // Croston (1972) with alpha = 0.1 for both (R forecast::croston default), initialised at q_1 = 2, a_1 = 2.
  // By hand: z = 2, 1.9, 2.81, 2.729, 3.0561, 3.05049, 3.445441; p = 2, 2, 2, 2.3, 2.27, 2.143, 2.5287.
  // Croston forecast z/p = 1.3625345; SBA (Syntetos & Boylan 2005) (1 - 0.1/2) z/p = 1.2944078.
  it('reproduces the Croston and SBA recursion on productC (hand-computed, alpha = 0.1)', () => {
    const p = { alphaSize: 0.1, alphaInterval: 0.1 };
    const croston = crostonRecursion(productC, p, 'croston');
    expect(croston.size).toBeCloseTo(3.445441, 10);
    expect(croston.intervalWeeks).toBeCloseTo(2.5287, 10);
    expect(croston.next).toBeCloseTo(1.3625345038952823, 10);
    expect(crostonRecursion(productC, p, 'sba').next).toBeCloseTo(1.2944077787005182, 10);
    // No forecast before the first demand; flat forecast z/p between demands.
    expect(croston.fitted[0]).toBeNaN();
    expect(croston.fitted[1]).toBeNaN();
    expect(croston.fitted[2]).toBeCloseTo(1, 12);
  });

  it('SBA is Croston times (1 - alphaInterval / 2) for any parameters (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (a, b) => {
        const p = { alphaSize: a, alphaInterval: b };
        const c = crostonModel(productC, p, 'croston').forecast(1)[0] ?? NaN;
        const s = crostonModel(productC, p, 'sba').forecast(1)[0] ?? NaN;
        expect(s).toBeCloseTo((1 - b / 2) * c, 10);
      }),
    );
  });

  // Syntetos & Boylan (2001, 2005): Croston's estimator of mean demand per period is biased upwards, by about
  // alpha/(2-alpha) * (ADI-1)/ADI; SBA removes most of it. Bernoulli demand (p = 0.25, size 1): true mean 0.25;
  // with alpha = 0.2 the predicted Croston bias is +8.3%, SBA's about -2.5%.
  it('shows the positive bias of Croston that SBA corrects (Monte Carlo, Syntetos & Boylan 2005)', () => {
    const rand = lcg(12345);
    const p = { alphaSize: 0.2, alphaInterval: 0.2 };
    let croston = 0;
    let sba = 0;
    let count = 0;
    const y: number[] = [];
    for (let t = 0; t < 40000; t++) y.push(rand() < 0.25 ? 1 : 0);
    const cr = crostonRecursion(y, p, 'croston').fitted;
    const sb = crostonRecursion(y, p, 'sba').fitted;
    for (let t = 100; t < y.length; t++) {
      croston += cr[t] ?? 0;
      sba += sb[t] ?? 0;
      count++;
    }
    const crostonBias = croston / count / 0.25 - 1;
    const sbaBias = sba / count / 0.25 - 1;
    expect(crostonBias).toBeGreaterThan(0.05);
    expect(crostonBias).toBeLessThan(0.12);
    expect(Math.abs(sbaBias)).toBeLessThan(0.04);
  });

  it('fits parameters inside (0, 1) and forecasts a non-negative constant', () => {
    const model = fitCroston(productC, 'sba');
    expect(model.params.alphaSize).toBeGreaterThan(0);
    expect(model.params.alphaInterval).toBeLessThan(1);
    const values = model.forecast(5);
    expect(new Set(values).size).toBe(1);
    expect(values[0]).toBeGreaterThan(0);
  });
});

describe('TSB (Teunter, Syntetos & Babai 2011)', () => {
  // Hand-computed from the TSB equations, alpha 0.2, beta 0.3, p0 0.5, z0 4, y = 0, 6, 0, 0:
  //   t0 f = 0.5*4 = 2;       zero: p = 0.7*0.5 = 0.35
  //   t1 f = 0.35*4 = 1.4;    demand: p = 0.35 + 0.3*0.65 = 0.545, z = 4 + 0.2*(6-4) = 4.4
  //   t2 f = 0.545*4.4 = 2.398; zero: p = 0.3815
  //   t3 f = 0.3815*4.4 = 1.6786; zero: p = 0.26705; next = 0.26705*4.4 = 1.17502
  it('follows the TSB recursion (hand-computed)', () => {
    const run = tsbRecursion([0, 6, 0, 0], { alpha: 0.2, beta: 0.3, initialProbability: 0.5, initialSize: 4 });
    expect(run.fitted[0]).toBeCloseTo(2, 12);
    expect(run.fitted[1]).toBeCloseTo(1.4, 12);
    expect(run.fitted[2]).toBeCloseTo(2.398, 12);
    expect(run.fitted[3]).toBeCloseTo(1.6786, 12);
    expect(run.probability * run.size).toBeCloseTo(1.17502, 12);
  });

  it('decays towards zero when demand stops, where Croston stays flat (the obsolescence argument of the paper)', () => {
    const active = [3, 0, 4, 0, 0, 5, 2, 0, 3, 0, 4, 0];
    const y = [...active, ...new Array<number>(30).fill(0)];
    const tsb = tsbModel(y, { alpha: 0.2, beta: 0.2, initialProbability: 0.5, initialSize: 3.5 });
    const croston = crostonModel(y, { alphaSize: 0.2, alphaInterval: 0.2 }, 'croston');
    const tsbNow = tsb.forecast(1)[0] ?? NaN;
    const crostonNow = croston.forecast(1)[0] ?? NaN;
    const tsbBefore = tsbModel(active, { alpha: 0.2, beta: 0.2, initialProbability: 0.5, initialSize: 3.5 }).forecast(1)[0] ?? NaN;
    const crostonBefore = crostonModel(active, { alphaSize: 0.2, alphaInterval: 0.2 }, 'croston').forecast(1)[0] ?? NaN;
    expect(tsbNow).toBeCloseTo(tsbBefore * 0.8 ** 30, 10);
    expect(crostonNow).toBe(crostonBefore);
  });

  it('fits alpha and beta and initialises at the share of demand weeks and the mean demand size', () => {
    const model = fitTsb(productC);
    expect(model.params.initialProbability).toBeCloseTo(7 / 24, 12);
    expect(model.params.initialSize).toBeCloseTo(32 / 7, 12);
    expect(model.params.alpha).toBeGreaterThan(0);
    expect(model.params.beta).toBeLessThan(1);
  });
});
