import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignRegions, holdingCostPerUnitShipped, type AssignmentLane } from '@/server/planning/allocation';

// The rule is DESIGN §5 "Region assignment"; the figures are hand-computed (no textbook example exists for it).
const regions = [
  { regionId: 'west', slaDeliveryDays: 2 },
  { regionId: 'northeast', slaDeliveryDays: 2 },
  { regionId: 'south', slaDeliveryDays: 3 },
];
const lanes: AssignmentLane[] = [
  { laneId: 'la-west-parcel', fromLocationId: 'la', toRegionId: 'west', transitDays: 1, shippingCostPerUnit: 4.0 },
  { laneId: 'chi-west-parcel', fromLocationId: 'chi', toRegionId: 'west', transitDays: 3, shippingCostPerUnit: 6.0 },
  { laneId: 'chi-ne-ltl', fromLocationId: 'chi', toRegionId: 'northeast', transitDays: 3, shippingCostPerUnit: 3.0 },
  { laneId: 'chi-ne-express', fromLocationId: 'chi', toRegionId: 'northeast', transitDays: 4, shippingCostPerUnit: 2.0 },
  { laneId: 'la-ne-air', fromLocationId: 'la', toRegionId: 'northeast', transitDays: 3, shippingCostPerUnit: 12.0 },
  { laneId: 'la-south', fromLocationId: 'la', toRegionId: 'south', transitDays: 3, shippingCostPerUnit: 5.0 },
  { laneId: 'chi-south', fromLocationId: 'chi', toRegionId: 'south', transitDays: 2, shippingCostPerUnit: 5.5 },
];

describe('region assignment', () => {
  it('picks the cheapest lane meeting the SLA, else the fastest lane flagged slaRisk', () => {
    const { assignments, unservedRegionIds } = assignRegions({ regions, lanes });
    expect(unservedRegionIds).toEqual([]);
    const byRegion = Object.fromEntries(assignments.map((a) => [a.regionId, a]));
    expect(byRegion.west).toMatchObject({ locationId: 'la', laneId: 'la-west-parcel', slaRisk: false });
    // No lane reaches the northeast in 2 days: the fastest (3 days) wins, the cheaper of the two 3-day lanes.
    expect(byRegion.northeast).toMatchObject({ locationId: 'chi', laneId: 'chi-ne-ltl', transitDays: 3, slaRisk: true });
    // Both meet 3 days: LA is cheaper (5.0 < 5.5) although slower.
    expect(byRegion.south).toMatchObject({ locationId: 'la', costPerUnit: 5, slaRisk: false });
  });

  it('adds the holding cost attributable at the origin', () => {
    const { assignments } = assignRegions({
      regions,
      lanes,
      locations: [
        { locationId: 'la', holdingCostPerUnit: 1.0 },
        { locationId: 'chi', holdingCostPerUnit: 0.2 },
      ],
    });
    const south = assignments.find((a) => a.regionId === 'south');
    expect(south).toMatchObject({ locationId: 'chi', shippingCostPerUnit: 5.5, holdingCostPerUnit: 0.2 });
    expect(south?.costPerUnit).toBeCloseTo(5.7, 12);
  });

  it('only uses open locations and reports regions it cannot reach', () => {
    const result = assignRegions({ regions: [...regions, { regionId: 'hawaii', slaDeliveryDays: 5 }], lanes, openLocationIds: ['chi'] });
    expect(result.assignments.map((a) => [a.regionId, a.locationId, a.slaRisk])).toEqual([
      ['west', 'chi', true],
      ['northeast', 'chi', true],
      ['south', 'chi', false],
    ]);
    expect(result.unservedRegionIds).toEqual(['hawaii']);
  });

  it('holding cost per unit shipped = C * h * days / 365: $120, 25%/year, 30 days -> $2.47', () => {
    expect(holdingCostPerUnitShipped({ unitCost: 120, holdingRateAnnual: 0.25, daysInStock: 30 })).toBeCloseTo(2.466, 3);
  });

  it('rejects a region listed twice', () => {
    expect(() => assignRegions({ regions: [regions[0]!, regions[0]!], lanes })).toThrow(RangeError);
  });

  it('assigns every region exactly once, to the best lane by the rule (property)', () => {
    const regionIds = ['r0', 'r1', 'r2', 'r3', 'r4'];
    const locationIds = ['l0', 'l1', 'l2'];
    const laneArb = fc.record({
      fromLocationId: fc.constantFrom(...locationIds),
      toRegionId: fc.constantFrom(...regionIds),
      transitDays: fc.integer({ min: 1, max: 7 }),
      shippingCostPerUnit: fc.integer({ min: 0, max: 2000 }).map((c) => c / 100),
    });
    fc.assert(
      fc.property(
        fc.array(laneArb, { maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 }),
        fc.subarray(locationIds, { minLength: 1 }),
        (randomLanes, slas, open) => {
          const rs = regionIds.map((regionId, i) => ({ regionId, slaDeliveryDays: slas[i] ?? 3 }));
          const { assignments, unservedRegionIds } = assignRegions({ regions: rs, lanes: randomLanes, openLocationIds: open });
          const listed = [...assignments.map((a) => a.regionId), ...unservedRegionIds].sort();
          expect(listed).toEqual([...regionIds].sort());
          for (const a of assignments) {
            const region = rs.find((r) => r.regionId === a.regionId)!;
            const usable = randomLanes.filter((l) => l.toRegionId === a.regionId && open.includes(l.fromLocationId));
            const meeting = usable.filter((l) => l.transitDays <= region.slaDeliveryDays);
            expect(open).toContain(a.locationId);
            expect(a.slaRisk).toBe(meeting.length === 0);
            if (meeting.length > 0) {
              expect(a.transitDays).toBeLessThanOrEqual(region.slaDeliveryDays);
              expect(a.costPerUnit).toBe(Math.min(...meeting.map((l) => l.shippingCostPerUnit)));
            } else {
              expect(a.transitDays).toBe(Math.min(...usable.map((l) => l.transitDays)));
            }
          }
          for (const id of unservedRegionIds) {
            expect(randomLanes.some((l) => l.toRegionId === id && open.includes(l.fromLocationId))).toBe(false);
          }
        },
      ),
    );
  });
});
