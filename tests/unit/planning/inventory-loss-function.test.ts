import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inverseNormalLoss, normalLoss, normalUpperTail } from '@/server/planning/inventory';

describe('standard normal loss function G(k)', () => {
  // Silver, Pyke & Peterson, Inventory Management and Production Planning and Scheduling, 3rd ed., appendix B
  // table of G_u(k), used with ch. 7 (fill-rate criterion P2); 4-decimal table values.
  it.each([
    [0, 0.3989],
    [0.5, 0.1978],
    [1, 0.0833],
    [1.5, 0.0293],
    [2, 0.0085],
    [2.5, 0.002],
    [3, 0.0004],
  ])('G(%s) = %s (Silver, Pyke & Peterson table)', (k, g) => {
    expect(normalLoss(k)).toBeCloseTo(g, 4);
  });

  it('G(-k) = G(k) + k (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 8, noNaN: true }), (k) => {
        expect(normalLoss(-k)).toBeCloseTo(normalLoss(k) + k, 12);
      }),
    );
  });

  it("is the expected shortfall E[(Z - k)+] (numerical integral) and G'(k) = -(1 - Phi(k))", () => {
    for (const k of [-1, 0, 0.7, 2]) {
      let integral = 0;
      const step = 1e-3;
      for (let z = k + step / 2; z < 12; z += step) integral += (z - k) * Math.exp(-0.5 * z * z) * step;
      expect(normalLoss(k)).toBeCloseTo(integral / Math.sqrt(2 * Math.PI), 6);
      const h = 1e-5;
      expect((normalLoss(k + h) - normalLoss(k - h)) / (2 * h)).toBeCloseTo(-normalUpperTail(k), 6);
    }
  });

  it('inverse: k = G^-1(G(k)) (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 7, noNaN: true }), (k) => {
        expect(inverseNormalLoss(normalLoss(k))).toBeCloseTo(k, 7);
      }),
    );
  });

  it('inverse of table values: G^-1(0.0833) ~ 1, G^-1(0.0085) ~ 2', () => {
    expect(inverseNormalLoss(0.08332)).toBeCloseTo(1, 3);
    expect(inverseNormalLoss(0.00849)).toBeCloseTo(2, 2);
  });

  it('inverse rejects loss <= 0', () => {
    expect(() => inverseNormalLoss(0)).toThrow(RangeError);
    expect(() => inverseNormalLoss(-1)).toThrow(RangeError);
  });
});
