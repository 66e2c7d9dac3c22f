/** summarizeReplay: the compact figures the app stores, checked against the raw replay result they come from. */
import { describe, expect, it } from 'vitest';
import { runReplay, summarizeReplay, type ReplayInput } from '@/server/planning/replay';

function input(): ReplayInput {
  const T = 30;
  const demand = new Float64Array(2 * 2 * T);
  for (let w = 0; w < T; w++) {
    demand[0 * T + w] = 10; // sku 0, region 0: steady
    demand[1 * T + w] = w % 3 === 0 ? 12 : 0; // sku 0, region 1: lumpy
    demand[2 * T + w] = w === 25 ? 0 : 4; // sku 1, region 0: one week without demand
    demand[3 * T + w] = w === 25 ? 0 : 4 + (w % 2) * 6; // sku 1, region 1
  }
  return {
    weekCount: T,
    firstSimulatedWeek: 14,
    skus: [
      { skuId: 'steady', unitCost: 2, unitPrice: 3, casePackUnits: 1, moqUnits: 0, leadTimeDays: 7, leadTimeSdDays: 0 },
      { skuId: 'noisy', unitCost: 8, unitPrice: 12, casePackUnits: 1, moqUnits: 0, leadTimeDays: 14, leadTimeSdDays: 0 },
    ],
    regions: [
      { regionId: 'r0', slaDeliveryDays: 2, targetFillRate: 0.95 },
      { regionId: 'r1', slaDeliveryDays: 2, targetFillRate: 0.9 },
    ],
    locations: [
      { locationId: 'l0', holdingRateAnnual: 0.2, isCentral: true },
      { locationId: 'l1', holdingRateAnnual: 0.2, isCentral: false },
    ],
    lanes: [
      { fromLocationId: 'l0', toRegionId: 'r0', transitDays: 1, costPerUnit: 1 },
      { fromLocationId: 'l0', toRegionId: 'r1', transitDays: 3, costPerUnit: 2 },
      { fromLocationId: 'l1', toRegionId: 'r1', transitDays: 1, costPerUnit: 1 },
    ],
    transferLanes: [],
    demand,
  };
}

describe('summarizeReplay', () => {
  it('keeps totals, weekly series, regions with labels, locations with demand, and ranks SKUs by their fill spread', () => {
    const inp = input();
    const result = runReplay(inp, { policies: ['independent', 'centralized'] });
    const weeks = Array.from({ length: 16 }, (_, i) => `2025-W${i + 1}`);
    const summary = summarizeReplay(inp, result, {
      weeks,
      skus: [
        { id: 'steady', code: 'S-1', name: 'Steady' },
        { id: 'noisy', code: 'S-2', name: 'Noisy' },
      ],
      regions: [
        { id: 'r0', code: 'R0', name: 'Zero', hasSla: true },
        { id: 'r1', code: 'R1', name: 'One', hasSla: true },
      ],
      locations: [
        { id: 'l0', code: 'L0', name: 'Central' },
        { id: 'l1', code: 'L1', name: 'Branch' },
      ],
    });
    expect(summary.weeks).toEqual(weeks);
    expect(summary.policies.map((p) => p.label)).toEqual(['Independent reorder points', 'Fully centralized']);
    const [independent, centralized] = summary.policies;
    expect(independent!.totals).toEqual(result.policies[0]!.totals);
    // Week index 11 = week 25: sku 1 has no demand, sku 0 still has region 0's 10 units.
    expect(independent!.weekly.demandUnits[11]).toBe(10);
    expect(independent!.weekly.fillRate.every((f) => f === null || (f >= 0 && f <= 1))).toBe(true);
    // Locations: the independent network uses both, the centralized one only L0.
    expect(independent!.locations.map((l) => l.code)).toEqual(['L0', 'L1']);
    expect(centralized!.locations.map((l) => l.code)).toEqual(['L0']);
    const served = independent!.locations.reduce((s, l) => s + l.servedUnits, 0);
    expect(served).toBeCloseTo(independent!.totals.servedUnits, 9);
    // Regions carry labels and whether the SLA was met (centralized reaches R1 in 3 days > 2).
    const r1 = centralized!.regions.find((r) => r.code === 'R1')!;
    expect(r1.averageDeliveryDays).toBeCloseTo(3, 12);
    expect(r1.meetsSla).toBe(false);
    // SKU differences: both SKUs, sorted by fill spread x demand.
    expect(summary.skuDifferences).toHaveLength(2);
    const [first, second] = summary.skuDifferences;
    expect(first!.fillSpread * first!.demandUnits).toBeGreaterThanOrEqual(second!.fillSpread * second!.demandUnits);
    for (const d of summary.skuDifferences) {
      expect(d.fillRate).toHaveLength(2);
      expect(d.fillSpread).toBeCloseTo(Math.max(...d.fillRate) - Math.min(...d.fillRate), 12);
    }
    // JSON round trip: nothing typed-array-shaped is left.
    expect(JSON.parse(JSON.stringify(summary)).policies[0].weekly.inventoryValue).toEqual(independent!.weekly.inventoryValue);
  });
});
