import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyDemandPattern } from '@/server/planning/segmentation';

// Syntetos, Boylan & Croston (2005), JORS 56: cut-offs ADI 1.32 and CV² 0.49.
describe('demand pattern (ADI / CV²)', () => {
  // FPP2 §12.2 / FPP3 §13.2, fpp2::productC, first 24 months. Intervals a_i = 2,2,2,5,2,1,6 -> ADI = 20/7 = 2.857;
  // sizes 2,1,11,2,6,3,7: mean 32/7, sample variance 12.952 -> CV² = 12.952 / (32/7)² = 0.6198 -> lumpy.
  it('classes the productC example lumpy (ADI 2.857, CV² 0.620; hand-computed)', () => {
    const r = classifyDemandPattern([0, 2, 0, 1, 0, 11, 0, 0, 0, 0, 2, 0, 6, 3, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0]);
    expect(r.adiWeeks).toBeCloseTo(20 / 7, 12);
    expect(r.cv2).toBeCloseTo(0.6197916666666667, 12);
    expect(r.pattern).toBe('lumpy');
    expect(r.demandWeeks).toBe(7);
  });

  it('classes the four quadrants (hand-computed)', () => {
    // Demand every week, sizes 10,12,11,9: CV² = (1.291/10.5)² = 0.0151 -> smooth
    expect(classifyDemandPattern([10, 12, 11, 9]).pattern).toBe('smooth');
    // Demand every week, sizes 1, 20, 2, 25: CV² = 0.885 -> erratic
    expect(classifyDemandPattern([1, 20, 2, 25]).pattern).toBe('erratic');
    // Demand every 3rd week, size 10 or 12: ADI 3, CV² 0.0083 -> intermittent
    expect(classifyDemandPattern([0, 0, 10, 0, 0, 12, 0, 0, 10]).pattern).toBe('intermittent');
    // Demand every 3rd week, sizes 1 and 30: ADI 3, CV² 1.75 -> lumpy
    expect(classifyDemandPattern([0, 0, 1, 0, 0, 30, 0, 0, 1]).pattern).toBe('lumpy');
  });

  it('puts the cut-off values themselves in the intermittent / erratic side', () => {
    // ADI = 1.32 exactly: 25 demands, the last one in week 33 (33 / 25 = 1.32).
    const y = new Array<number>(33).fill(0);
    let placed = 0;
    for (let t = 32; placed < 25; t -= 1) {
      if (t === 32 || t % 4 !== 1) {
        y[t] = 5;
        placed++;
      }
    }
    const r = classifyDemandPattern(y);
    expect(r.adiWeeks).toBeCloseTo(1.32, 12);
    expect(r.pattern).toBe('intermittent');
    expect(classifyDemandPattern([1, 2, 3], { adiWeeks: 2, cv2: 0.25 }).pattern).toBe('erratic'); // CV² = 0.25
  });

  it("returns 'none' without demand and CV² 0 for a single demand", () => {
    expect(classifyDemandPattern([0, 0, 0]).pattern).toBe('none');
    expect(classifyDemandPattern([]).pattern).toBe('none');
    const one = classifyDemandPattern([0, 0, 0, 8]);
    expect(one).toEqual({ pattern: 'intermittent', adiWeeks: 4, cv2: 0, demandWeeks: 1 });
  });

  it('agrees with its own statistics and the cut-offs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 80 }), (y) => {
        const r = classifyDemandPattern(y);
        if (r.adiWeeks === null || r.cv2 === null) {
          expect(r.pattern).toBe('none');
          return;
        }
        expect(r.adiWeeks).toBeGreaterThanOrEqual(1);
        const lumpyOrIntermittent = r.adiWeeks >= 1.32;
        const variable = r.cv2 >= 0.49;
        expect(r.pattern).toBe(lumpyOrIntermittent ? (variable ? 'lumpy' : 'intermittent') : variable ? 'erratic' : 'smooth');
      }),
    );
  });
});
