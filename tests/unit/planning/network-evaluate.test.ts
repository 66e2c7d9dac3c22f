import { describe, expect, it } from 'vitest';
import { evaluateNetwork } from '@/server/planning/network/evaluate';
import type { NetworkModel } from '@/server/planning/network/types';
import { normalLoss } from '@/server/planning/inventory/loss-function';
import { normalQuantile } from '@/server/planning/inventory/normal';

/**
 * Four equal, independent regions (the seed's "4 regional centers"), one SKU. Weekly review (R = 7 days), lead time
 * L = 7 days, 95% cycle service level. Central DC: one location serving all four regions; regional DCs: one each.
 */
const d = 100; // units/day per region
const sd = 35; // units/day per region (daily CV 0.35)
const regions = ['east', 'west', 'midwest', 'south'];
const model: NetworkModel = {
  locations: [
    { locationId: 'central', leadTimeDays: 7, reviewPeriodDays: 7, fixedCostPerYear: 50_000 },
    ...regions.map((r) => ({ locationId: `dc-${r}`, leadTimeDays: 7, reviewPeriodDays: 7, fixedCostPerYear: 50_000 })),
  ],
  regions: regions.map((regionId) => ({ regionId, slaDeliveryDays: 3, serviceLevel: 0.95 })),
  skus: [{ skuId: 'S', unitCost: 40, holdingRateAnnual: 0.25, demand: regions.map((regionId) => ({ regionId, demandPerDay: d, demandSdPerDay: sd })) }],
  lanes: [
    ...regions.map((r, i) => ({ fromLocationId: 'central', toRegionId: r, transitDays: 2 + i, shippingCostPerUnit: 8 + i })),
    ...regions.map((r) => ({ fromLocationId: `dc-${r}`, toRegionId: r, transitDays: 1, shippingCostPerUnit: 4 })),
  ],
};

describe('evaluateNetwork', () => {
  const z = normalQuantile(0.95);
  const central = evaluateNetwork(model, ['central']);
  const distributed = evaluateNetwork(model, regions.map((r) => `dc-${r}`));

  it('pools the variance of the regions a node serves (sigma = sqrt(sum sd^2)) over L + R', () => {
    const pooledSigma = Math.sqrt(14) * Math.sqrt(4 * sd * sd);
    expect(central.totals.safetyStockUnits).toBeCloseTo(z * pooledSigma, 6);
    expect(distributed.totals.safetyStockUnits).toBeCloseTo(4 * z * Math.sqrt(14) * sd, 6);
    // Square-root law: four equal independent nodes hold sqrt(4) = 2x the safety stock of one.
    expect(distributed.totals.safetyStockUnits / central.totals.safetyStockUnits).toBeCloseTo(2, 9);
  });

  it('computes cycle stock Q/2 with Q = d * R, holding and fixed cost per year', () => {
    expect(central.totals.cycleStockUnits).toBeCloseTo((4 * d * 7) / 2, 9);
    expect(distributed.totals.cycleStockUnits).toBeCloseTo(4 * ((d * 7) / 2), 9);
    const units = central.totals.cycleStockUnits + central.totals.safetyStockUnits;
    expect(central.totals.inventoryValue).toBeCloseTo(units * 40, 6);
    expect(central.totals.holdingCostPerYear).toBeCloseTo(units * 40 * 0.25, 6);
    expect(central.totals.fixedCostPerYear).toBe(50_000);
    expect(distributed.totals.fixedCostPerYear).toBe(200_000);
  });

  it('weights delivery days and shipping cost per unit by demand', () => {
    expect(central.totals.averageDeliveryDays).toBeCloseTo((2 + 3 + 4 + 5) / 4, 9);
    expect(central.totals.shippingCostPerUnit).toBeCloseTo((8 + 9 + 10 + 11) / 4, 9);
    expect(central.totals.shippingCostPerYear).toBeCloseTo(4 * d * 365 * 9.5, 6);
    expect(distributed.totals.averageDeliveryDays).toBe(1);
    expect(distributed.totals.shippingCostPerUnit).toBe(4);
    // SLA 3 days: from the central DC only east (2 d) and west (3 d) are within SLA.
    expect(central.totals.slaMetShare).toBeCloseTo(0.5, 9);
    expect(central.assignments.filter((a) => a.slaRisk).map((a) => a.regionId).sort()).toEqual(['midwest', 'south']);
    expect(distributed.totals.slaMetShare).toBe(1);
  });

  it('gives the loss-function fill rate 1 - sigma * G(k) / Q at each node', () => {
    const sigma = Math.sqrt(14) * Math.sqrt(4 * sd * sd);
    expect(central.totals.expectedFillRate).toBeCloseTo(1 - (sigma * normalLoss(z)) / (4 * d * 7), 9);
  });

  it('makes the seed\'s "+15-30% inventory when distributing" fall out of the formulas', () => {
    const increase = distributed.totals.inventoryValue / central.totals.inventoryValue - 1;
    // Cycle stock is the same (Q = d * R per node); the increase is the doubled safety stock.
    const expected = central.totals.safetyStockUnits / (central.totals.cycleStockUnits + central.totals.safetyStockUnits);
    expect(increase).toBeCloseTo(expected, 9);
    expect(increase).toBeGreaterThan(0.15);
    expect(increase).toBeLessThan(0.3);
  });

  it('honours an explicit split assignment (share * mean, share * sd) and reports capacity utilisation', () => {
    const capped: NetworkModel = {
      ...model,
      locations: model.locations.map((l) => (l.locationId === 'central' ? { ...l, capacityPerDay: 500 } : l)),
    };
    const split = evaluateNetwork(capped, ['central', 'dc-east'], {
      assignments: [
        ...regions.map((regionId) => ({ regionId, locationId: 'central', share: regionId === 'east' ? 0.5 : 1 })),
        { regionId: 'east', locationId: 'dc-east', share: 0.5 },
      ],
    });
    const east = split.nodes.find((n) => n.locationId === 'dc-east')!;
    expect(east.demandPerDay).toBeCloseTo(50, 9);
    expect(east.safetyStockUnits).toBeCloseTo(z * Math.sqrt(14) * 0.5 * sd, 6);
    const centralNode = split.nodes.find((n) => n.locationId === 'central')!;
    expect(centralNode.utilisation).toBeCloseTo(350 / 500, 9);
    expect(split.unservedRegionIds).toEqual([]);
    expect(split.totals.unservedDemandPerDay).toBeCloseTo(0, 9);
  });

  it('reports regions no open location can reach as unserved', () => {
    const evaluation = evaluateNetwork(model, ['dc-east']);
    expect(evaluation.unservedRegionIds.sort()).toEqual(['midwest', 'south', 'west']);
    expect(evaluation.totals.unservedDemandPerDay).toBeCloseTo(300, 9);
  });

  it('continuous review with an order cost: Q = EOQ, ordering + cycle holding = sqrt(2 D S H) (Harris)', () => {
    const eoqModel: NetworkModel = {
      ...model,
      locations: [{ locationId: 'central', leadTimeDays: 7, orderCostPerOrder: 200 }],
    };
    const e = evaluateNetwork(eoqModel, ['central']);
    const D = 4 * d * 365;
    const H = 40 * 0.25;
    const Q = Math.sqrt((2 * D * 200) / H);
    expect(e.totals.cycleStockUnits).toBeCloseTo(Q / 2, 6);
    expect(e.totals.orderingCostPerYear + (Q / 2) * H).toBeCloseTo(Math.sqrt(2 * D * 200 * H), 6);
    const sigma = Math.sqrt(7) * Math.sqrt(4 * sd * sd); // continuous review: protection over L only
    expect(e.totals.safetyStockUnits).toBeCloseTo(z * sigma, 6);
    expect(e.totals.expectedFillRate).toBeCloseTo(1 - (sigma * normalLoss(z)) / Q, 9);
  });

  it('refuses a continuous-review location without an order cost (Q unknown)', () => {
    const bad: NetworkModel = { ...model, locations: [{ locationId: 'central', leadTimeDays: 7, reviewPeriodDays: 0 }] };
    expect(() => evaluateNetwork(bad, ['central'])).toThrow(/Q is known/);
  });
});
