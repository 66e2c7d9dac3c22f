import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annualConsumptionValue, classifyAbc, type AbcInput } from '@/server/planning/segmentation';

// Heizer & Render, Operations Management, chapter "Inventory Management", Example 1 (ABC analysis of ten chip items,
// annual volume x unit cost). Total $232,057; the book puts 10286 and 11526 in A (72%), 12760, 10867 and 10500 in
// B (23%), the other five in C (5%).
const heizerRender: [string, number, number][] = [
  ['10286', 1000, 90.0],
  ['11526', 500, 154.0],
  ['12760', 1550, 17.0],
  ['10867', 350, 42.86],
  ['10500', 1000, 12.5],
  ['12572', 600, 14.17],
  ['14075', 2000, 0.6],
  ['01036', 100, 8.5],
  ['01307', 1200, 0.42],
  ['10572', 250, 0.6],
];
const items: AbcInput[] = heizerRender.map(([id, units, cost]) => ({ id, annualConsumptionValue: annualConsumptionValue(units, cost) }));

describe('ABC classification by annual consumption value', () => {
  it('computes the annual dollar volumes and shares of Heizer & Render Example 1', () => {
    const total = items.reduce((s, it) => s + it.annualConsumptionValue, 0);
    expect(total).toBeCloseTo(232057, 6);
    const result = classifyAbc(items);
    const percent = result.map((r) => Number((100 * r.share).toFixed(1)));
    expect(percent).toEqual([38.8, 33.2, 11.4, 6.5, 5.4, 3.7, 0.5, 0.4, 0.2, 0.1]);
  });

  it("reproduces the book's classes with cut-offs A 80% / B 16%", () => {
    // Cumulative shares: 38.8, 72.0, 83.4, 89.8, 95.17, 98.8, ... The book's B class ends at item 10500
    // (cumulative 95.17%), so its boundary sits between 95.17% and 98.8%.
    const result = classifyAbc(items, { aShare: 0.8, bShare: 0.16 });
    expect(result.map((r) => r.abcClass).join('')).toBe('AABBBCCCCC');
  });

  it('with the default 80/15/5 cut-offs puts item 10500 (cumulative 95.17% > 95%) in C', () => {
    const result = classifyAbc(items);
    expect(result.map((r) => r.abcClass).join('')).toBe('AABBCCCCCC');
    expect(result[4]?.cumulativeShare).toBeCloseTo(220851 / 232057, 12);
  });

  it('always puts the largest item in A and zero-value items in C', () => {
    // 'big' alone is 95% of the value, above the 80% A cut, and is still A; the next 5% is C.
    const dominated = classifyAbc([
      { id: 'big', annualConsumptionValue: 950 },
      { id: 'small', annualConsumptionValue: 50 },
      { id: 'none', annualConsumptionValue: 0 },
    ]);
    expect(dominated.map((r) => r.abcClass)).toEqual(['A', 'C', 'C']);
    // cumulative 0.6 (A), 0.9 (B), 1.0 (C)
    const spread = classifyAbc([
      { id: 'p', annualConsumptionValue: 600 },
      { id: 'q', annualConsumptionValue: 300 },
      { id: 'r', annualConsumptionValue: 100 },
    ]);
    expect(spread.map((r) => r.abcClass)).toEqual(['A', 'B', 'C']);
    expect(classifyAbc([{ id: 'x', annualConsumptionValue: 0 }])[0]?.abcClass).toBe('C');
    expect(() => classifyAbc(items, { aShare: 0.9, bShare: 0.2 })).toThrow(RangeError);
  });

  it('covers every item once, ranks classes by value and keeps the A share within the cut (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        (values, aShare) => {
          const bShare = (1 - aShare) / 2;
          const input = values.map((v, i) => ({ id: String(i), annualConsumptionValue: v }));
          const result = classifyAbc(input, { aShare, bShare });
          expect(result).toHaveLength(input.length);
          result.forEach((r, i) => expect(r.id).toBe(String(i)));
          const total = values.reduce((s, v) => s + v, 0);
          const shareOf = (cls: string) => result.filter((r) => r.abcClass === cls).reduce((s, r) => s + r.annualConsumptionValue, 0) / (total || 1);
          const aCount = result.filter((r) => r.abcClass === 'A').length;
          if (aCount > 1) expect(shareOf('A')).toBeLessThanOrEqual(aShare + 1e-9);
          // Classes are monotone in value: no B or C item is worth more than an A item, no C more than a B.
          const rank = { A: 0, B: 1, C: 2 } as const;
          const sorted = [...result].sort((x, y) => x.rank - y.rank);
          for (let k = 1; k < sorted.length; k++) {
            expect(rank[sorted[k]!.abcClass]).toBeGreaterThanOrEqual(rank[sorted[k - 1]!.abcClass]);
          }
        },
      ),
    );
  });
});
