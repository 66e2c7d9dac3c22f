import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalCdf, normalPdf, normalQuantile, normalUpperTail } from '@/server/planning/inventory';

describe('standard normal distribution', () => {
  // Standard normal table values (any statistics text, e.g. Chopra & Meindl appendix; Silver, Pyke & Peterson
  // appendix B), printed to 4 decimals.
  it.each([
    [0, 0.5],
    [1, 0.8413],
    [1.28, 0.8997],
    [1.645, 0.95],
    [1.96, 0.975],
    [2, 0.9772],
    [2.33, 0.9901],
    [3, 0.99865],
  ])('cdf(%s) = %s (normal table)', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 4);
  });

  it('cdf matches 15-digit reference values (Abramowitz & Stegun table 26.1 precision)', () => {
    expect(normalCdf(1)).toBeCloseTo(0.841344746068543, 13);
    expect(normalCdf(2)).toBeCloseTo(0.977249868051821, 13);
    expect(normalCdf(-3)).toBeCloseTo(0.00134989803163, 13);
  });

  it('upper tail keeps relative accuracy far out (1 - Phi(6) = 9.8659e-10)', () => {
    expect(normalUpperTail(6) / 9.865876450377e-10).toBeCloseTo(1, 9);
    expect(normalUpperTail(-6)).toBeCloseTo(1 - 9.865876450377e-10, 15);
  });

  it('pdf(0) = 1/sqrt(2 pi) = 0.398942, pdf(1) = 0.241971', () => {
    expect(normalPdf(0)).toBeCloseTo(0.398942280401433, 14);
    expect(normalPdf(1)).toBeCloseTo(0.241970724519143, 14);
  });

  // Quantiles used for service levels: z(0.90) = 1.2816, z(0.95) = 1.6449, z(0.975) = 1.9600, z(0.99) = 2.3263.
  it.each([
    [0.9, 1.2816],
    [0.95, 1.6449],
    [0.975, 1.96],
    [0.99, 2.3263],
    [0.999, 3.0902],
    [0.05, -1.6449],
  ])('quantile(%s) = %s (normal table)', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 4);
  });

  it('quantile is accurate to 1e-9 against reference values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 9);
    expect(normalQuantile(0.99)).toBeCloseTo(2.326347874040841, 9);
    expect(normalQuantile(1e-9)).toBeCloseTo(-5.997807015007687, 9);
  });

  it('quantile inverts cdf (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const z = normalQuantile(p);
        const back = p < 0.5 ? normalCdf(z) : normalUpperTail(z);
        const target = p < 0.5 ? p : 1 - p;
        expect(Math.abs(back - target) / target).toBeLessThan(1e-8);
      }),
    );
  });

  it('cdf is symmetric and increasing (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 1e-6, max: 2, noNaN: true }), (z, dz) => {
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 14);
        expect(normalCdf(z + dz)).toBeGreaterThanOrEqual(normalCdf(z));
      }),
    );
  });

  it('quantile rejects probabilities outside [0, 1] and maps the ends to infinities', () => {
    expect(() => normalQuantile(1.2)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
});
