import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalQuantile, pooledSd, poolingComparison, safetyStock, squareRootLaw } from '@/server/planning/inventory';

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
function sampleSd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}
function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  const cov = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? 0) - my), 0) / (xs.length - 1);
  return cov / (sampleSd(xs) * sampleSd(ys));
}

describe('risk pooling', () => {
  // Simchi-Levi, Kaminsky & Simchi-Levi, Designing and Managing the Supply Chain, ch. 2 (risk pooling example:
  // ACME's Massachusetts and New Jersey warehouses, eight weeks of demand for products A and B). Summary table:
  // A: sd 13.2 (MA), 12.0 (NJ), 20.7 (centralized); B: sd 1.36, 1.58, 1.9.
  const massachusettsA = [33, 45, 37, 38, 55, 30, 18, 58];
  const newJerseyA = [46, 35, 41, 40, 26, 48, 18, 55];
  const massachusettsB = [0, 2, 3, 0, 0, 1, 3, 0];
  const newJerseyB = [2, 4, 0, 0, 3, 1, 0, 0];

  it('Simchi-Levi et al. ch. 2 (ACME): the regional sds of the example data', () => {
    expect(sampleSd(massachusettsA)).toBeCloseTo(13.2, 1);
    expect(sampleSd(newJerseyA)).toBeCloseTo(12.0, 1);
    expect(sampleSd(massachusettsB)).toBeCloseTo(1.36, 2);
    expect(sampleSd(newJerseyB)).toBeCloseTo(1.58, 2);
  });

  it('Simchi-Levi et al. ch. 2 (ACME): pooled sd with the sample correlation = 20.7 (A) and 1.9 (B)', () => {
    for (const [ma, nj, expected] of [
      [massachusettsA, newJerseyA, 20.7],
      [massachusettsB, newJerseyB, 1.9],
    ] as const) {
      const rho = correlation(ma, nj);
      const pooled = pooledSd({ sds: [sampleSd(ma), sampleSd(nj)], correlation: [[1, rho], [rho, 1]] });
      expect(pooled).toBeCloseTo(expected, 1);
      // Same as the sd of the summed series.
      expect(pooled).toBeCloseTo(sampleSd(ma.map((x, i) => x + (nj[i] ?? 0))), 10);
    }
  });

  it('Simchi-Levi et al. ch. 2 (ACME, 97% service, L = 1 week): centralizing A cuts safety stock', () => {
    const z = normalQuantile(0.97); // 1.88 in the book
    expect(z).toBeCloseTo(1.88, 2);
    const sds = [sampleSd(massachusettsA), sampleSd(newJerseyA)];
    const rho = correlation(massachusettsA, newJerseyA);
    const comparison = poolingComparison({ sds, safetyFactor: z, correlation: rho });
    expect(comparison.centralizedSafetyStockUnits).toBeCloseTo(z * 20.71, 0);
    expect(comparison.centralizedSafetyStockUnits).toBeLessThan(comparison.decentralizedSafetyStockUnits);
  });

  // Chopra & Meindl, Supply Chain Management, ch. 12 ("impact of aggregation on safety inventory", the BMW
  // dealerships example): four regions, weekly demand 25 cars, sd 5, independent, L = 2 weeks, CSL = 0.90.
  // Safety inventory: 9.06 per dealer, 36.24 in total; 18.12 when aggregated.
  it('Chopra & Meindl ch. 12 (BMW dealerships): 36.24 decentralized vs 18.12 aggregated', () => {
    const perDealer = safetyStock({ method: 'cycle-service', serviceLevel: 0.9, demandMean: 25, demandSd: 5, leadTime: 2 });
    expect(perDealer).toBeCloseTo(9.06, 2);
    const pooled = pooledSd({ sds: [5, 5, 5, 5] });
    expect(pooled).toBe(10);
    const aggregated = safetyStock({ method: 'cycle-service', serviceLevel: 0.9, demandMean: 100, demandSd: pooled, leadTime: 2 });
    expect(4 * perDealer).toBeCloseTo(36.24, 1);
    expect(aggregated).toBeCloseTo(18.12, 1);
    expect(squareRootLaw({ totalSafetyStockUnits: 4 * perDealer, fromNodeCount: 4, toNodeCount: 1 })).toBeCloseTo(aggregated, 10);
  });

  it('independent regions: sqrt(sum sd^2); perfectly correlated: sum sd', () => {
    expect(pooledSd({ sds: [3, 4] })).toBe(5);
    expect(pooledSd({ sds: [3, 4], correlation: 1 })).toBeCloseTo(7, 12);
    expect(pooledSd({ sds: [3, 4], correlation: -1 })).toBeCloseTo(1, 12);
    expect(pooledSd({ sds: [3, 4, 12], correlation: 0.5 })).toBeCloseTo(Math.sqrt(9 + 16 + 144 + 12 + 36 + 48), 12);
  });

  it('square-root law: consolidating n equal independent nodes divides safety stock by sqrt(n) (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.double({ min: 0.1, max: 1e4, noNaN: true }), (n, sd) => {
        const comparison = poolingComparison({ sds: Array.from({ length: n }, () => sd), safetyFactor: 1.6449 });
        expect(comparison.centralizedSafetyStockUnits).toBeCloseTo(comparison.decentralizedSafetyStockUnits / Math.sqrt(n), 6);
        expect(squareRootLaw({ totalSafetyStockUnits: comparison.decentralizedSafetyStockUnits, fromNodeCount: n, toNodeCount: 1 })).toBeCloseTo(
          comparison.centralizedSafetyStockUnits,
          6,
        );
      }),
    );
  });

  it('pooled sd never exceeds the sum of sds and grows with correlation (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (sds, rho) => {
          const sum = sds.reduce((s, x) => s + x, 0);
          expect(pooledSd({ sds, correlation: rho })).toBeLessThanOrEqual(sum * (1 + 1e-12) + 1e-9);
          expect(pooledSd({ sds, correlation: rho + 0.1 })).toBeGreaterThanOrEqual(pooledSd({ sds, correlation: rho }) - 1e-9);
        },
      ),
    );
  });

  it('rejects invalid correlations', () => {
    expect(() => pooledSd({ sds: [1, 1, 1, 1], correlation: -0.5 })).toThrow(RangeError); // below -1/(n-1)
    expect(() => pooledSd({ sds: [1, 1], correlation: [[1, 0.2], [0.3, 1]] })).toThrow(RangeError);
    expect(() => pooledSd({ sds: [1, 1], correlation: 1.5 })).toThrow(RangeError);
    expect(() => squareRootLaw({ totalSafetyStockUnits: 10, fromNodeCount: 0, toNodeCount: 1 })).toThrow(RangeError);
  });
});
