import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyXyz, coefficientOfVariation, xyzClassOf } from '@/server/planning/segmentation';

// XYZ by the coefficient of variation of weekly demand, thresholds of DESIGN.md §5 (X < 0.5 <= Y < 1.0 <= Z).
// No published table was at hand, so the examples are computed by hand from CV = s / mean (s with n - 1).
describe('XYZ classification', () => {
  it('classes a steady series X (CV 0)', () => {
    expect(classifyXyz([10, 10, 10, 10])).toEqual({ xyzClass: 'X', cv: 0 });
  });

  it('classes 5, 15, 5, 15 as Y: mean 10, s = sqrt(100/3) = 5.7735, CV 0.577', () => {
    const r = classifyXyz([5, 15, 5, 15]);
    expect(r.cv).toBeCloseTo(Math.sqrt(100 / 3) / 10, 12);
    expect(r.xyzClass).toBe('Y');
  });

  it('classes 0, 0, 0, 40 as Z: mean 10, s = sqrt(1200/3) = 20, CV 2', () => {
    const r = classifyXyz([0, 0, 0, 40]);
    expect(r.cv).toBeCloseTo(2, 12);
    expect(r.xyzClass).toBe('Z');
  });

  it('puts the thresholds in the upper class and honours custom thresholds', () => {
    expect(xyzClassOf(0.5)).toBe('Y');
    expect(xyzClassOf(1.0)).toBe('Z');
    expect(xyzClassOf(0.49999)).toBe('X');
    expect(xyzClassOf(0.6, { x: 0.7, y: 1.2 })).toBe('X');
  });

  it('has no CV without demand or with a single week, and classes that Z', () => {
    expect(coefficientOfVariation([0, 0, 0])).toBeNull();
    expect(coefficientOfVariation([5])).toBeNull();
    expect(classifyXyz([0, 0]).xyzClass).toBe('Z');
  });

  it('is scale-invariant (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 60 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (y, k) => {
          const a = coefficientOfVariation(y);
          const b = coefficientOfVariation(y.map((v) => v * k));
          if (a === null) expect(b).toBeNull();
          else expect(b ?? NaN).toBeCloseTo(a, 6);
        },
      ),
    );
  });
});
