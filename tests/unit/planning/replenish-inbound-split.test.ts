import { describe, expect, it } from 'vitest';
import { recommendInboundSplit } from '@/server/planning/recommendations/inbound-split';

describe('recommendInboundSplit (recommendations over the allocation fair-share split)', () => {
  it("turns the seed's 40/35/25 split of an arriving purchase order into three recommendations", () => {
    const { recommendations, split } = recommendInboundSplit({
      skuId: 'JACKET',
      arrivalLocationId: 'port-LA',
      arrivalUnits: 1000,
      casePackUnits: 10,
      locations: [
        { locationId: 'NJ', stockPositionUnits: 0, demandPerDay: 40 },
        { locationId: 'LA', stockPositionUnits: 0, demandPerDay: 35 },
        { locationId: 'CHI', stockPositionUnits: 0, demandPerDay: 25 },
      ],
      freightCostPerUnitByLocation: { NJ: 1.2, LA: 0.3, CHI: 0.8 },
    });
    expect(recommendations.map((r) => [r.toLocationId, r.qty, r.share])).toEqual([
      ['NJ', 400, 0.4],
      ['LA', 350, 0.35],
      ['CHI', 250, 0.25],
    ]);
    expect(recommendations.every((r) => r.kind === 'inbound-split' && r.fromLocationId === 'port-LA')).toBe(true);
    expect(recommendations[0]?.impact).toEqual({ units: 400, costDelta: 480, daysOfSupplyAfter: { to: 10 } });
    expect(recommendations[0]?.reason).toBe('Send 40% of the 1000-unit arrival (400 units) to NJ: raises it from 0 to 10 days of supply (fair-share target 10 days).');
    expect(recommendations[0]?.priority).toBe('high');
    expect(split.targetDaysOfSupply).toBe(10);
  });

  it('leaves out locations that receive nothing', () => {
    const { recommendations } = recommendInboundSplit({
      skuId: 'S',
      arrivalUnits: 100,
      locations: [
        { locationId: 'full', stockPositionUnits: 1000, demandPerDay: 10 },
        { locationId: 'empty', stockPositionUnits: 0, demandPerDay: 10 },
      ],
    });
    expect(recommendations.map((r) => r.toLocationId)).toEqual(['empty']);
    expect(recommendations[0]?.priority).toBe('high');
  });
});
