import { describe, expect, it } from 'vitest';
import { assessCentralization } from '@/server/planning/recommendations/centralize';
import type { NetworkModel, NetworkSku } from '@/server/planning/network/types';
import { normalQuantile } from '@/server/planning/inventory/normal';

/**
 * Four equal independent regions; a central DC 2-5 days and $8-11/unit away, regional DCs 1 day and $4/unit away.
 * Weekly review, 7-day lead time, 95% CSL. Hand formulas: SS = z * sqrt(L + R) * sigma, cycle = d * R / 2.
 */
const regions = ['east', 'west', 'midwest', 'south'];
const z = normalQuantile(0.95);
const L_PLUS_R = 14;

function model(sku: NetworkSku, slaDeliveryDays: number): NetworkModel {
  return {
    locations: [
      { locationId: 'central', leadTimeDays: 7, reviewPeriodDays: 7 },
      ...regions.map((r) => ({ locationId: `dc-${r}`, leadTimeDays: 7, reviewPeriodDays: 7 })),
    ],
    regions: regions.map((regionId) => ({ regionId, slaDeliveryDays, serviceLevel: 0.95 })),
    skus: [sku],
    lanes: [
      ...regions.map((r, i) => ({ fromLocationId: 'central', toRegionId: r, transitDays: 2 + i, shippingCostPerUnit: 8 + i })),
      ...regions.map((r) => ({ fromLocationId: `dc-${r}`, toRegionId: r, transitDays: 1, shippingCostPerUnit: 4 })),
    ],
  };
}

function sku(skuId: string, unitCost: number, demandPerDay: number, demandSdPerDay: number): NetworkSku {
  return { skuId, unitCost, holdingRateAnnual: 0.25, demand: regions.map((regionId) => ({ regionId, demandPerDay, demandSdPerDay })) };
}

/** Hand-computed compared cost (holding + shipping, currency/year) of both configurations. */
function handCosts(unitCost: number, d: number, sd: number) {
  const h = unitCost * 0.25;
  const cycle = (4 * d * 7) / 2;
  const central = h * (cycle + z * Math.sqrt(L_PLUS_R) * Math.sqrt(4) * sd) + 4 * d * 365 * 9.5;
  const regional = h * (cycle + 4 * z * Math.sqrt(L_PLUS_R) * sd) + 4 * d * 365 * 4;
  return { central, regional };
}

const regionalIds = regions.map((r) => `dc-${r}`);

describe('assessCentralization', () => {
  it('recommends centralizing a slow, expensive, volatile SKU (class C) when pooling saves more than shipping costs', () => {
    const slow = sku('C-1', 5000, 1, 1.5);
    const result = assessCentralization({
      skuId: 'C-1', model: model(slow, 5), centralLocationId: 'central', regionalLocationIds: regionalIds, current: 'regional', abcClass: 'C',
    });
    const hand = handCosts(5000, 1, 1.5);
    expect(result.central.comparedCostPerYear).toBeCloseTo(hand.central, 4);
    expect(result.regional.comparedCostPerYear).toBeCloseTo(hand.regional, 4);
    expect(result.recommendation?.kind).toBe('centralize');
    expect(result.recommendation?.impact.costDelta).toBeCloseTo(hand.central - hand.regional, 4);
    expect(result.recommendation?.toLocationId).toBe('central');
    expect(result.recommendation?.reason).toContain('matches the class C stocking policy');
    expect(result.policyConfiguration).toBe('central');
  });

  it('recommends decentralizing a fast, cheap SKU (class A) where shipping dominates', () => {
    const fast = sku('A-1', 10, 200, 40);
    const result = assessCentralization({
      skuId: 'A-1', model: model(fast, 5), centralLocationId: 'central', regionalLocationIds: regionalIds, current: 'central', abcClass: 'A',
    });
    const hand = handCosts(10, 200, 40);
    expect(hand.central).toBeGreaterThan(hand.regional);
    expect(result.recommendation?.kind).toBe('decentralize');
    expect(result.recommendation?.impact.costDelta).toBeCloseTo(hand.regional - hand.central, 4);
    expect(result.recommendation?.impact.slaEffect?.deliveryDaysAfter).toBe(1);
    expect(result.policyConfiguration).toBe('regional');
  });

  it('does not centralize when the central location would miss SLAs the regional network meets', () => {
    const slow = sku('C-1', 5000, 1, 1.5);
    const result = assessCentralization({
      skuId: 'C-1', model: model(slow, 3), centralLocationId: 'central', regionalLocationIds: regionalIds, current: 'regional',
    });
    expect(result.recommendation).toBeNull();
    expect(result.central.slaMetShare).toBeCloseTo(0.5, 9);
    expect(result.noChangeReason).toMatch(/within SLA/);
  });

  it('does not recommend a change whose saving is below the threshold', () => {
    const slow = sku('C-1', 5000, 1, 1.5);
    const hand = handCosts(5000, 1, 1.5);
    const saving = hand.regional - hand.central;
    const result = assessCentralization({
      skuId: 'C-1', model: model(slow, 5), centralLocationId: 'central', regionalLocationIds: regionalIds, current: 'regional', minSavingPerYear: saving + 1,
    });
    expect(result.recommendation).toBeNull();
    expect(result.noChangeReason).toMatch(/below the .* threshold/);
  });
});
