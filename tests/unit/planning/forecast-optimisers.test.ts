import { describe, expect, it } from 'vitest';
import { minimiseOnInterval } from '@/server/planning/forecast/golden-section';
import { nelderMead } from '@/server/planning/forecast/nelder-mead';
import { fromBounded, toBounded } from '@/server/planning/forecast/parameter-bounds';

describe('optimisers used to fit smoothing parameters', () => {
  // Rosenbrock (1960) banana function from the classic start (-1.2, 1), the test problem of Nelder & Mead (1965).
  it('Nelder–Mead finds the Rosenbrock minimum at (1, 1)', () => {
    const rosenbrock = (x: readonly number[]) => 100 * ((x[1] ?? 0) - (x[0] ?? 0) ** 2) ** 2 + (1 - (x[0] ?? 0)) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 2000, pointTolerance: 1e-9, functionTolerance: 1e-14 });
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
    expect(result.value).toBeLessThan(1e-8);
  });

  it('Nelder–Mead treats non-finite objective values as +Infinity', () => {
    const f = (x: readonly number[]) => ((x[0] ?? 0) < 0 ? Number.NaN : ((x[0] ?? 0) - 2) ** 2);
    expect(nelderMead(f, [1], { maxEvaluations: 500 }).x[0]).toBeCloseTo(2, 4);
  });

  it('golden section with a coarse grid finds the global minimum of a bimodal function', () => {
    // Local minimum near 0.2 (value 0.5), global one at 0.8 (value 0).
    const f = (x: number) => Math.min(0.5 + 10 * (x - 0.2) ** 2, 20 * (x - 0.8) ** 2);
    const best = minimiseOnInterval(f, 0, 1);
    expect(best.x).toBeCloseTo(0.8, 4);
  });

  it('maps between bounded and unconstrained parameters', () => {
    expect(toBounded(fromBounded(0.93, 0.8, 0.98), 0.8, 0.98)).toBeCloseTo(0.93, 12);
    expect(toBounded(-1000, 0.8, 0.98)).toBeGreaterThanOrEqual(0.8);
    expect(toBounded(1000, 0.8, 0.98)).toBeLessThanOrEqual(0.98);
  });
});
