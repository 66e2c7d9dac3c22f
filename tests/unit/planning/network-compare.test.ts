import { beforeAll, describe, expect, it } from 'vitest';
import { compareNetworks, type NetworkComparison, type ScenarioRow } from '@/server/planning/network/compare';
import { evaluateNetwork } from '@/server/planning/network/evaluate';
import type { NetworkModel } from '@/server/planning/network/types';

/** The seed's setting: an importer serving four US regions from one DC or four regional DCs (plus a Reno option). */
const regions = ['east', 'west', 'midwest', 'south'];
const model: NetworkModel = {
  locations: [
    { locationId: 'memphis', leadTimeDays: 28, reviewPeriodDays: 7, fixedCostPerYear: 400_000 },
    { locationId: 'reno', leadTimeDays: 24, reviewPeriodDays: 7, fixedCostPerYear: 350_000 },
    ...regions.map((r) => ({ locationId: `dc-${r}`, leadTimeDays: 30, reviewPeriodDays: 7, fixedCostPerYear: r === 'midwest' ? 700_000 : 250_000 })),
  ],
  regions: regions.map((regionId) => ({ regionId, slaDeliveryDays: 3, serviceLevel: 0.95 })),
  skus: [
    { skuId: 'phone', unitCost: 120, holdingRateAnnual: 0.25, demand: regions.map((regionId) => ({ regionId, demandPerDay: 150, demandSdPerDay: 60 })) },
    { skuId: 'cable', unitCost: 6, holdingRateAnnual: 0.25, demand: regions.map((regionId) => ({ regionId, demandPerDay: 400, demandSdPerDay: 120 })) },
  ],
  lanes: [
    ...regions.map((r, i) => ({ fromLocationId: 'memphis', toRegionId: r, transitDays: [3, 5, 2, 2][i]!, shippingCostPerUnit: [8, 11, 7, 7][i]! })),
    ...regions.map((r, i) => ({ fromLocationId: 'reno', toRegionId: r, transitDays: [6, 2, 4, 4][i]!, shippingCostPerUnit: [12, 5, 9, 9][i]! })),
    ...regions.map((r) => ({ fromLocationId: `dc-${r}`, toRegionId: r, transitDays: 1, shippingCostPerUnit: 4 })),
    ...regions.map((r) => ({ fromLocationId: `dc-${r}`, toRegionId: r === 'east' ? 'midwest' : 'east', transitDays: 3, shippingCostPerUnit: 7 })),
  ],
};
const current = regions.map((r) => `dc-${r}`);

describe('compareNetworks', () => {
  let comparison: NetworkComparison;
  let centralized: ScenarioRow;
  let now: ScenarioRow;
  let optimized: ScenarioRow;
  beforeAll(async () => {
    comparison = await compareNetworks(model, { currentOpenLocationIds: current, sla: { mode: 'penalty', penaltyPerUnitDayLate: 0.5 } });
    [centralized, now, optimized] = comparison.rows;
  });

  it('centralized = the best single location by evaluating each one alone', () => {
    const singles = model.locations.map((l) => evaluateNetwork(model, [l.locationId]));
    const servesAll = singles.filter((e) => e.unservedRegionIds.length === 0);
    const best = servesAll.reduce((a, b) => (a.totals.totalCostPerYear <= b.totals.totalCostPerYear ? a : b));
    expect(centralized.scenario).toBe('centralized');
    expect(centralized.openLocationIds).toEqual(best.openLocationIds);
    expect(comparison.singleLocationRanking[0]?.locationId).toBe(best.openLocationIds[0]);
  });

  it('current = the given open set, evaluated exactly', () => {
    expect(now.openLocationIds).toEqual(current);
    expect(now.evaluation.totals).toEqual(evaluateNetwork(model, current).totals);
  });

  it('optimized is never worse than centralized or current on the MILP objective', () => {
    expect(optimized.openLocationIds.length).toBeLessThanOrEqual(current.length);
    expect(optimized.milpObjectivePerYear!).toBeLessThanOrEqual(centralized.milpObjectivePerYear! + 1e-6);
    expect(optimized.milpObjectivePerYear!).toBeLessThanOrEqual(now.milpObjectivePerYear! + 1e-6);
  });

  it("reproduces the seed's shape: distributing cuts delivery days and shipping cost per unit but holds more inventory", () => {
    expect(now.evaluation.totals.averageDeliveryDays).toBeLessThan(centralized.evaluation.totals.averageDeliveryDays);
    expect(now.evaluation.totals.shippingCostPerUnit).toBeLessThan(centralized.evaluation.totals.shippingCostPerUnit);
    expect(now.changeVsCentralized.inventoryValue!).toBeGreaterThan(0);
    expect(now.changeVsCentralized.inventoryValue!).toBeCloseTo(
      now.evaluation.totals.inventoryValue / centralized.evaluation.totals.inventoryValue - 1,
      12,
    );
    console.info(
      comparison.rows
        .map((r) => `${r.scenario.padEnd(11)} ${r.openLocationIds.join('+').padEnd(40)} delivery ${r.evaluation.totals.averageDeliveryDays.toFixed(2)} d, ` +
          `ship $${r.evaluation.totals.shippingCostPerUnit.toFixed(2)}/u, inventory $${(r.evaluation.totals.inventoryValue / 1e6).toFixed(2)}M ` +
          `(${((r.changeVsCentralized.inventoryValue ?? 0) * 100).toFixed(0)}%), fill ${(r.evaluation.totals.expectedFillRate * 100).toFixed(1)}%, ` +
          `total $${(r.evaluation.totals.totalCostPerYear / 1e6).toFixed(2)}M/yr`)
        .join('\n'),
    );
  });
});
