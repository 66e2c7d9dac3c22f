import { describe, expect, it } from 'vitest';
import { nodeTargets } from '@/server/planning/allocation';
import { normalQuantile } from '@/server/planning/inventory';

// Chopra & Meindl, Supply Chain Management, ch. 12 (impact of aggregation, the BMW dealerships example): four
// regions with demand 25/period, sd 5, independent, L = 2 periods, CSL 0.90 -> safety inventory 9.06 per
// dealership (36.24 in total), 18.12 when one location serves all four.
const regions = ['r1', 'r2', 'r3', 'r4'].map((regionId) => ({ regionId, demandPerDay: 25, demandSdPerDay: 5, serviceLevel: 0.9 }));
const locations = ['d1', 'd2', 'd3', 'd4', 'hub'].map((locationId) => ({ locationId, leadTimeDays: 2 }));

describe('node targets', () => {
  it('Chopra & Meindl ch. 12 (BMW): one location per region -> 9.06 each, 36.24 in total', () => {
    const targets = nodeTargets({ regions, locations, assignments: regions.map((r, i) => ({ regionId: r.regionId, locationId: `d${i + 1}` })) });
    expect(targets).toHaveLength(4);
    for (const t of targets) {
      expect(t.safetyStockUnits).toBeCloseTo(9.06, 2);
      expect(t.reorderPointUnits).toBeCloseTo(50 + 9.06, 2);
    }
    expect(targets.reduce((s, t) => s + t.safetyStockUnits, 0)).toBeCloseTo(36.24, 1);
  });

  it('Chopra & Meindl ch. 12 (BMW): one location serving all regions -> pooled sd 10, safety stock 18.12', () => {
    const [hub] = nodeTargets({ regions, locations, assignments: regions.map((r) => ({ regionId: r.regionId, locationId: 'hub' })) });
    expect(hub).toMatchObject({ locationId: 'hub', regionIds: ['r1', 'r2', 'r3', 'r4'], demandPerDay: 100, demandSdPerDay: 10 });
    expect(hub?.safetyStockUnits).toBeCloseTo(18.12, 2);
  });

  it('uses the strictest SLA service level of the regions served', () => {
    const mixed = regions.map((r, i) => ({ ...r, serviceLevel: i === 2 ? 0.99 : 0.9 }));
    const [hub] = nodeTargets({ regions: mixed, locations, assignments: mixed.map((r) => ({ regionId: r.regionId, locationId: 'hub' })) });
    expect(hub?.serviceLevel).toBe(0.99);
    expect(hub?.safetyStockUnits).toBeCloseTo(2.3263 * 10 * Math.SQRT2, 2);
  });

  it('pools with the sub-matrix of the correlation of the regions it serves', () => {
    const rho = [
      [1, 0.5, 0, 0],
      [0.5, 1, 0, 0],
      [0, 0, 1, 0.9],
      [0, 0, 0.9, 1],
    ];
    const targets = nodeTargets({
      regions,
      locations,
      correlation: rho,
      assignments: [
        { regionId: 'r1', locationId: 'd1' },
        { regionId: 'r2', locationId: 'd1' },
        { regionId: 'r3', locationId: 'd2' },
        { regionId: 'r4', locationId: 'd2' },
      ],
    });
    expect(targets[0]?.demandSdPerDay).toBeCloseTo(Math.sqrt(25 + 25 + 25), 10);
    expect(targets[1]?.demandSdPerDay).toBeCloseTo(Math.sqrt(25 + 25 + 45), 10);
  });

  it('review period: safety stock over L + R, order-up-to d(L+R)+SS, Q = dR, fill rate from G(k)', () => {
    const [t] = nodeTargets({
      regions: [{ regionId: 'r', demandPerDay: 40, demandSdPerDay: 12, serviceLevel: 0.95 }],
      locations: [{ locationId: 'x', leadTimeDays: 10, leadTimeSdDays: 2, reviewPeriodDays: 7 }],
      assignments: [{ regionId: 'r', locationId: 'x' }],
    });
    const sigma = Math.sqrt(17 * 144 + 1600 * 4);
    expect(t?.protectionDemandSdUnits).toBeCloseTo(sigma, 10);
    expect(t?.safetyStockUnits).toBeCloseTo(normalQuantile(0.95) * sigma, 8);
    expect(t?.reorderPointUnits).toBeCloseTo(400 + normalQuantile(0.95) * sigma, 8);
    expect(t?.orderUpToUnits).toBeCloseTo(680 + normalQuantile(0.95) * sigma, 8);
    expect(t?.orderQuantityUnits).toBe(280);
    expect(t?.cycleStockUnits).toBe(140);
    // G(1.6449) = 0.0209 (loss table): fill rate = 1 - sigma * 0.0209 / 280.
    expect(t?.expectedFillRate).toBeCloseTo(1 - (sigma * 0.02089) / 280, 3);
  });

  it('rejects assignments to a location without replenishment parameters', () => {
    expect(() => nodeTargets({ regions, locations: [], assignments: [{ regionId: 'r1', locationId: 'nowhere' }] })).toThrow(RangeError);
  });
});
