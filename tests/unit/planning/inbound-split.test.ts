import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitInbound } from '@/server/planning/allocation';

const unitsOf = (result: ReturnType<typeof splitInbound>) => result.parts.map((p) => p.units);

describe('inbound split by fair share', () => {
  it('empty locations: proportional to demand (40/35/25 of 1,000)', () => {
    const result = splitInbound({
      arrivalUnits: 1000,
      locations: [
        { locationId: 'east', stockPositionUnits: 0, demandPerDay: 40 },
        { locationId: 'west', stockPositionUnits: 0, demandPerDay: 35 },
        { locationId: 'midwest', stockPositionUnits: 0, demandPerDay: 25 },
      ],
    });
    expect(unitsOf(result)).toEqual([400, 350, 250]);
    expect(result.targetDaysOfSupply).toBe(10);
  });

  it('water-filling: the location already above the common level gets nothing (hand-computed)', () => {
    // a: 100 units, 10/day (10 days); b: 0 units, 10/day. 100 arriving: level 10 days, all to b.
    const locations = [
      { locationId: 'a', stockPositionUnits: 100, demandPerDay: 10 },
      { locationId: 'b', stockPositionUnits: 0, demandPerDay: 10 },
    ];
    expect(unitsOf(splitInbound({ arrivalUnits: 100, locations }))).toEqual([0, 100]);
    // 300 arriving: level (300 + 100) / 20 = 20 days -> a 100, b 200.
    const r = splitInbound({ arrivalUnits: 300, locations });
    expect(unitsOf(r)).toEqual([100, 200]);
    expect(r.parts.map((p) => p.daysOfSupplyAfter)).toEqual([20, 20]);
  });

  it('rounds to case packs by largest remainder; the loose leftover goes to the neediest location', () => {
    // Ideal 400 / 350 / 250 with cases of 12 -> 33.33 / 29.17 / 20.83 cases; 83 whole cases in 1,000 units.
    // Floors 33 + 29 + 20 = 82; the one remaining case goes to the largest remainder (midwest, .83).
    // Leftover 1,000 - 83 * 12 = 4 units -> lowest days of supply after: east 396/40 = 9.9 days.
    const result = splitInbound({
      arrivalUnits: 1000,
      casePackUnits: 12,
      locations: [
        { locationId: 'east', stockPositionUnits: 0, demandPerDay: 40 },
        { locationId: 'west', stockPositionUnits: 0, demandPerDay: 35 },
        { locationId: 'midwest', stockPositionUnits: 0, demandPerDay: 25 },
      ],
    });
    expect(result.parts.map((p) => p.cases)).toEqual([33, 29, 21]);
    expect(unitsOf(result)).toEqual([400, 348, 252]);
    expect(result.leftoverUnits).toBe(4);
    expect(result.leftoverLocationId).toBe('east');
  });

  it('no demand anywhere: even split', () => {
    const result = splitInbound({
      arrivalUnits: 10,
      locations: [
        { locationId: 'a', stockPositionUnits: 5, demandPerDay: 0 },
        { locationId: 'b', stockPositionUnits: 0, demandPerDay: 0 },
        { locationId: 'c', stockPositionUnits: 0, demandPerDay: 0 },
      ],
    });
    expect(unitsOf(result).reduce((s, x) => s + x, 0)).toBe(10);
    expect([...unitsOf(result)].sort()).toEqual([3, 3, 4]);
    expect(result.targetDaysOfSupply).toBeNull();
  });

  it('rejects fractional arrivals and case packs', () => {
    const locations = [{ locationId: 'a', stockPositionUnits: 0, demandPerDay: 1 }];
    expect(() => splitInbound({ arrivalUnits: 10.5, locations })).toThrow(RangeError);
    expect(() => splitInbound({ arrivalUnits: 10, casePackUnits: 0, locations })).toThrow(RangeError);
  });

  const locationsArb = fc
    .array(
      fc.record({
        stockPositionUnits: fc.integer({ min: -200, max: 5000 }),
        demandPerDay: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 500, noNaN: true })),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((rows) => rows.map((row, i) => ({ locationId: `l${i}`, ...row })));

  it('conserves units exactly and respects case packs (property)', () => {
    fc.assert(
      fc.property(locationsArb, fc.integer({ min: 1, max: 48 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 47 }), (locations, casePack, cases, loose) => {
        const arrivalUnits = cases * casePack + (loose % casePack);
        const result = splitInbound({ arrivalUnits, casePackUnits: casePack, locations });
        const units = unitsOf(result);
        expect(units.reduce((s, x) => s + x, 0)).toBe(arrivalUnits);
        for (const u of units) expect(Number.isInteger(u) && u >= 0).toBe(true);
        expect(result.leftoverUnits).toBe(arrivalUnits % casePack);
        const multiples = units.filter((u) => u % casePack === 0).length;
        expect(multiples).toBeGreaterThanOrEqual(units.length - (result.leftoverUnits > 0 ? 1 : 0));
        if (arrivalUnits % casePack === 0) for (const u of units) expect(u % casePack).toBe(0);
      }),
    );
  });

  it('equalizes days of supply: each part within one case of the fair share (property)', () => {
    fc.assert(
      fc.property(locationsArb, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 3000 }), (locations, casePack, cases) => {
        const arrivalUnits = cases * casePack;
        const result = splitInbound({ arrivalUnits, casePackUnits: casePack, locations });
        const level = result.targetDaysOfSupply;
        if (level === null) return;
        result.parts.forEach((part, i) => {
          const loc = locations[i]!;
          const ideal = loc.demandPerDay > 0 ? Math.max(0, level * loc.demandPerDay - loc.stockPositionUnits) : 0;
          expect(Math.abs(part.units - ideal)).toBeLessThan(casePack + 1e-6);
        });
      }),
    );
  });
});
