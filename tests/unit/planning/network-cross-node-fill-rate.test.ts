/**
 * crossNodeFillRate: the network fill rate when a location short of stock ships from another open location.
 * Checked against the closed form for one SKU (sigma_net * G(sum SS / sigma_net) per cycle of Q = d * R), against
 * the evaluator for one open location, and for the fallback when back-up lanes are missing.
 */
import { describe, expect, it } from 'vitest';
import { crossNodeFillRate } from '@/server/planning/network/cross-node-fill-rate';
import { evaluateNetwork } from '@/server/planning/network/evaluate';
import type { NetworkModel } from '@/server/planning/network/types';
import { leadTimeDemand, normalLoss, normalQuantile } from '@/server/planning/inventory';

const regions = ['a', 'b'];
function model(withBackupLanes: boolean): NetworkModel {
  return {
    locations: ['x', 'y', 'hub'].map((locationId) => ({ locationId, leadTimeDays: 20, leadTimeSdDays: 2, reviewPeriodDays: 7 })),
    regions: regions.map((regionId) => ({ regionId, slaDeliveryDays: 3, serviceLevel: 0.9 })),
    skus: [{ skuId: 's', unitCost: 10, holdingRateAnnual: 0.2, demand: [{ regionId: 'a', demandPerDay: 30, demandSdPerDay: 12 }, { regionId: 'b', demandPerDay: 10, demandSdPerDay: 6 }] }],
    lanes: [
      { fromLocationId: 'x', toRegionId: 'a', transitDays: 1, shippingCostPerUnit: 2 },
      { fromLocationId: 'y', toRegionId: 'b', transitDays: 1, shippingCostPerUnit: 2 },
      { fromLocationId: 'hub', toRegionId: 'a', transitDays: 2, shippingCostPerUnit: 3 },
      { fromLocationId: 'hub', toRegionId: 'b', transitDays: 2, shippingCostPerUnit: 3 },
      ...(withBackupLanes
        ? [
            { fromLocationId: 'x', toRegionId: 'b', transitDays: 4, shippingCostPerUnit: 6 },
            { fromLocationId: 'y', toRegionId: 'a', transitDays: 4, shippingCostPerUnit: 6 },
          ]
        : []),
    ],
  };
}

describe('crossNodeFillRate', () => {
  it('one open location: the evaluator’s fill rate, no back-up shipping', () => {
    const m = model(true);
    const evaluation = evaluateNetwork(m, ['hub']);
    const result = crossNodeFillRate(m, evaluation);
    expect(result.crossShipping).toBe(false);
    expect(result.fillRate).toBe(evaluation.totals.expectedFillRate);
    expect(result.safetyStockValue + result.cycleStockValue).toBeCloseTo(evaluation.totals.inventoryValue, 9);
  });

  it('two nodes backing each other up: shortage of the network as a whole (closed form)', () => {
    const m = model(true);
    const evaluation = evaluateNetwork(m, ['x', 'y']);
    const result = crossNodeFillRate(m, evaluation);
    const z = normalQuantile(0.9);
    const ss = [
      z * leadTimeDemand({ demandMean: 30, demandSd: 12, leadTime: 27, leadTimeSd: 2 }).sdUnits,
      z * leadTimeDemand({ demandMean: 10, demandSd: 6, leadTime: 27, leadTimeSd: 2 }).sdUnits,
    ];
    const sigmaNet = leadTimeDemand({ demandMean: 40, demandSd: Math.sqrt(12 ** 2 + 6 ** 2), leadTime: 27, leadTimeSd: 2 }).sdUnits;
    const expected = 1 - (sigmaNet * normalLoss((ss[0]! + ss[1]!) / sigmaNet)) / (40 * 7);
    expect(result.crossShipping).toBe(true);
    expect(result.fillRate).toBeCloseTo(expected, 12);
    expect(result.fillRate).toBeGreaterThan(evaluation.totals.expectedFillRate);
    expect(result.backupShare).toBeCloseTo(result.fillRate - evaluation.totals.expectedFillRate, 12);
    expect(result.safetyStockValue).toBeCloseTo((ss[0]! + ss[1]!) * 10, 9);
  });

  it('without lanes from every open node to every region, falls back to each node’s own stock', () => {
    const m = model(false);
    const evaluation = evaluateNetwork(m, ['x', 'y']);
    const result = crossNodeFillRate(m, evaluation);
    expect(result.crossShipping).toBe(false);
    expect(result.fillRate).toBe(evaluation.totals.expectedFillRate);
  });
});
