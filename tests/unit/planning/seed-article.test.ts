/**
 * The product's origin: /work/shared/seed/distributed-inventory-article.txt (DocShipper, "Distributed inventory").
 *
 * 1. The electronics importer serving North America, centralized (one warehouse) vs distributed (four regional
 *    centers). The article's table (5.2 -> 2.1 delivery days, $8.50 -> $4.20 per unit, $2.1M -> $2.6M inventory
 *    (+24%), fill rate 91% -> 97%) is NOT typed in: the figures below are computed from a data set with the
 *    engine's formulas — region assignment (allocation), node targets with pooled sigmas (allocation/inventory),
 *    and the network evaluator of server/planning/network/evaluate.ts (built by the network engineer on top of
 *    those modules). The cross-node-fulfilment fill rate is this file's own small evaluation (see below).
 * 2. The fashion retailer: demand 40% East, 35% West, 25% Midwest -> an inbound container split 40/35/25.
 *
 * Data (illustrative, chosen to be realistic, not taken from the article):
 * - Regions and demand shares: US Census Bureau 2020 population shares by census region, rounded
 *   (South 38%, West 24%, Midwest 21%, Northeast 17%). SLA: delivery within 3 days, cycle service level 95%.
 * - Three SKUs (earbuds $38, smart speaker $72, tablet $165 landed unit cost), holding rate 25%/year,
 *   daily demand coefficient of variation 0.75 in each region, regions independent.
 * - Replenishment from the supplier in Asia: 35 days (ocean + drayage/rail), sd 4 days, ordered every 14 days
 *   (Q = d * 14) — the same for every location, so only pooling separates the two networks' inventory.
 * - Central warehouse in Indianapolis; regional centers in Los Angeles, Chicago, Atlanta and New Jersey; parcel
 *   lanes with ground transit days and cost per unit by distance zone.
 */
import { describe, expect, it } from 'vitest';
import { nodeTargets, splitInbound } from '@/server/planning/allocation';
import { leadTimeDemand, normalLoss, normalQuantile, pooledSd } from '@/server/planning/inventory';
import { evaluateNetwork } from '@/server/planning/network/evaluate';
import type { NetworkModel } from '@/server/planning/network/types';

const REGION_SHARES = { west: 0.24, midwest: 0.21, south: 0.38, northeast: 0.17 } as const;
type RegionId = keyof typeof REGION_SHARES;
const REGION_IDS = Object.keys(REGION_SHARES) as RegionId[];
const LEAD_TIME_DAYS = 35;
const LEAD_TIME_SD_DAYS = 4;
const REVIEW_PERIOD_DAYS = 14;
const SERVICE_LEVEL = 0.95;
const DEMAND_CV_DAILY = 0.75;

const SKUS = [
  { skuId: 'earbuds', unitCost: 38, demandPerDay: 1400 },
  { skuId: 'smart-speaker', unitCost: 72, demandPerDay: 650 },
  { skuId: 'tablet', unitCost: 165, demandPerDay: 240 },
];

// Transit days and parcel cost per unit (currency/unit) from each location to each region.
const LANES: Record<string, Record<RegionId, [transitDays: number, costPerUnit: number]>> = {
  central: { west: [5, 11.8], midwest: [2, 6.4], south: [4, 8.9], northeast: [3, 8.2] },
  'rc-west': { west: [2, 5.6], midwest: [4, 9.8], south: [4, 10.4], northeast: [5, 12.1] },
  'rc-midwest': { west: [4, 10.2], midwest: [1, 5.2], south: [3, 8.1], northeast: [2, 7.3] },
  'rc-south': { west: [4, 10.6], midwest: [2, 7.2], south: [2, 5.8], northeast: [2, 7.6] },
  'rc-northeast': { west: [5, 12.3], midwest: [2, 7.4], south: [3, 8.3], northeast: [1, 5.9] },
};
const CENTRALIZED = ['central'];
const DISTRIBUTED = ['rc-west', 'rc-midwest', 'rc-south', 'rc-northeast'];

function buildModel(demandCv: number, leadTimeSdDays: number): NetworkModel {
  return {
    locations: Object.keys(LANES).map((locationId) => ({
      locationId,
      leadTimeDays: LEAD_TIME_DAYS,
      leadTimeSdDays,
      reviewPeriodDays: REVIEW_PERIOD_DAYS,
    })),
    regions: REGION_IDS.map((regionId) => ({ regionId, slaDeliveryDays: 3, serviceLevel: SERVICE_LEVEL })),
    skus: SKUS.map((sku) => ({
      skuId: sku.skuId,
      unitCost: sku.unitCost,
      holdingRateAnnual: 0.25,
      demand: REGION_IDS.map((regionId) => ({
        regionId,
        demandPerDay: sku.demandPerDay * REGION_SHARES[regionId],
        demandSdPerDay: demandCv * sku.demandPerDay * REGION_SHARES[regionId],
      })),
    })),
    lanes: Object.entries(LANES).flatMap(([fromLocationId, byRegion]) =>
      REGION_IDS.map((toRegionId) => ({
        laneId: `${fromLocationId}->${toRegionId}`,
        fromLocationId,
        toRegionId,
        transitDays: byRegion[toRegionId][0],
        shippingCostPerUnit: byRegion[toRegionId][1],
      })),
    ),
  };
}

const model = buildModel(DEMAND_CV_DAILY, LEAD_TIME_SD_DAYS);
const centralized = evaluateNetwork(model, CENTRALIZED);
const distributed = evaluateNetwork(model, DISTRIBUTED);
const inventoryRise = distributed.totals.inventoryValue / centralized.totals.inventoryValue - 1;

/**
 * Expected shortage per replenishment cycle (units) of one SKU, per location of a network, and for the network as
 * a whole when a unit short at its location ships from another location that still has stock (every location has
 * a lane to every region). With cross-node fulfilment a unit is short only when the network as a whole is short:
 * E[(sum X_i - sum S_i)+] = sigma_net * G(sum SS_i / sigma_net), sigma_net the sigma of total demand over L + R.
 * Lead times are taken as fully correlated across locations (one supplier, one ocean lane), which makes
 * sigma_net the centralized node's sigma — the conservative choice.
 */
function shortagePerCycle(sku: (typeof SKUS)[number], openLocationIds: readonly string[]) {
  const regions = REGION_IDS.map((regionId) => ({
    regionId,
    demandPerDay: sku.demandPerDay * REGION_SHARES[regionId],
    demandSdPerDay: DEMAND_CV_DAILY * sku.demandPerDay * REGION_SHARES[regionId],
    serviceLevel: SERVICE_LEVEL,
  }));
  const home = openLocationIds.length === 1 ? () => openLocationIds[0]! : (regionId: string) => `rc-${regionId}`;
  const targets = nodeTargets({
    regions,
    assignments: regions.map((r) => ({ regionId: r.regionId, locationId: home(r.regionId) })),
    locations: openLocationIds.map((locationId) => ({
      locationId,
      leadTimeDays: LEAD_TIME_DAYS,
      leadTimeSdDays: LEAD_TIME_SD_DAYS,
      reviewPeriodDays: REVIEW_PERIOD_DAYS,
    })),
  });
  const perLocation = targets.map((t) => t.protectionDemandSdUnits * normalLoss(t.safetyStockUnits / t.protectionDemandSdUnits));
  const sigmaNet = leadTimeDemand({
    demandMean: sku.demandPerDay,
    demandSd: pooledSd({ sds: regions.map((r) => r.demandSdPerDay) }),
    leadTime: LEAD_TIME_DAYS + REVIEW_PERIOD_DAYS,
    leadTimeSd: LEAD_TIME_SD_DAYS,
  }).sdUnits;
  const totalSafetyStock = targets.reduce((sum, t) => sum + t.safetyStockUnits, 0);
  return {
    isolated: perLocation.reduce((a, b) => a + b, 0),
    crossNode: sigmaNet * normalLoss(totalSafetyStock / sigmaNet),
    cycleDemand: sku.demandPerDay * REVIEW_PERIOD_DAYS,
  };
}

function fillRates(openLocationIds: readonly string[]) {
  const rows = SKUS.map((sku) => shortagePerCycle(sku, openLocationIds));
  const demand = rows.reduce((s, r) => s + r.cycleDemand, 0);
  return {
    isolated: 1 - rows.reduce((s, r) => s + r.isolated, 0) / demand,
    crossNode: 1 - rows.reduce((s, r) => s + r.crossNode, 0) / demand,
    /** Share of demand shipped from a location other than the region's own (the fallback shipments). */
    fallbackShare: rows.reduce((s, r) => s + r.isolated - r.crossNode, 0) / demand,
  };
}

describe('seed article: electronics importer, centralized vs 4 regional centers', () => {
  it('assigns every region to its own regional center, within SLA, in the distributed network', () => {
    expect(distributed.assignments.map((a) => [a.regionId, a.locationId, a.slaRisk])).toEqual([
      ['west', 'rc-west', false],
      ['midwest', 'rc-midwest', false],
      ['south', 'rc-south', false],
      ['northeast', 'rc-northeast', false],
    ]);
    expect(centralized.assignments.every((a) => a.locationId === 'central')).toBe(true);
    expect(centralized.assignments.filter((a) => a.slaRisk).map((a) => a.regionId)).toEqual(['west', 'south']);
  });

  it('average delivery days fall (3.65 -> 1.62) and shipping cost per unit falls ($8.95 -> $5.64)', () => {
    // Demand-weighted: central 0.24*5 + 0.21*2 + 0.38*4 + 0.17*3 = 3.65 days; regional 0.24*2 + 0.21*1 + 0.38*2 + 0.17*1 = 1.62.
    expect(centralized.totals.averageDeliveryDays).toBeCloseTo(3.65, 10);
    expect(distributed.totals.averageDeliveryDays).toBeCloseTo(1.62, 10);
    expect(centralized.totals.shippingCostPerUnit).toBeCloseTo(0.24 * 11.8 + 0.21 * 6.4 + 0.38 * 8.9 + 0.17 * 8.2, 10);
    expect(distributed.totals.shippingCostPerUnit).toBeCloseTo(0.24 * 5.6 + 0.21 * 5.2 + 0.38 * 5.8 + 0.17 * 5.9, 10);
    expect(distributed.totals.slaMetShare).toBe(1);
    expect(centralized.totals.slaMetShare).toBeCloseTo(0.38, 10);
  });

  it('they still fall when the cross-node fallback shipments go at the most expensive, slowest other lane', () => {
    const { fallbackShare } = fillRates(DISTRIBUTED);
    expect(fallbackShare).toBeGreaterThan(0);
    expect(fallbackShare).toBeLessThan(0.02);
    const worstDays = 5;
    const worstCost = 12.3;
    const days = (1 - fallbackShare) * distributed.totals.averageDeliveryDays + fallbackShare * worstDays;
    const cost = (1 - fallbackShare) * distributed.totals.shippingCostPerUnit + fallbackShare * worstCost;
    expect(days).toBeLessThan(centralized.totals.averageDeliveryDays);
    expect(cost).toBeLessThan(centralized.totals.shippingCostPerUnit);
  });

  it('inventory (cycle + safety stock value) rises by 15-30%, all of it safety stock lost to pooling', () => {
    expect(inventoryRise).toBeGreaterThan(0.15);
    expect(inventoryRise).toBeLessThan(0.3);
    // Same order cycle everywhere: cycle stock is identical; only safety stock differs.
    expect(distributed.totals.cycleStockUnits).toBeCloseTo(centralized.totals.cycleStockUnits, 8);
    expect(distributed.totals.safetyStockUnits).toBeGreaterThan(centralized.totals.safetyStockUnits);
  });

  it('the safety stock is exactly z * sigma_L per node (regional sigmas) vs z * pooled sigma_L (one node)', () => {
    const z = normalQuantile(SERVICE_LEVEL);
    const protection = LEAD_TIME_DAYS + REVIEW_PERIOD_DAYS;
    let centralValue = 0;
    let distributedValue = 0;
    for (const sku of SKUS) {
      const regional = REGION_IDS.map((r) => ({ d: sku.demandPerDay * REGION_SHARES[r], sd: DEMAND_CV_DAILY * sku.demandPerDay * REGION_SHARES[r] }));
      const cycleValue = ((sku.demandPerDay * REVIEW_PERIOD_DAYS) / 2) * sku.unitCost;
      const pooled = leadTimeDemand({ demandMean: sku.demandPerDay, demandSd: pooledSd({ sds: regional.map((x) => x.sd) }), leadTime: protection, leadTimeSd: LEAD_TIME_SD_DAYS });
      centralValue += cycleValue + z * pooled.sdUnits * sku.unitCost;
      distributedValue += cycleValue;
      for (const x of regional) {
        distributedValue += z * leadTimeDemand({ demandMean: x.d, demandSd: x.sd, leadTime: protection, leadTimeSd: LEAD_TIME_SD_DAYS }).sdUnits * sku.unitCost;
      }
    }
    expect(centralized.totals.inventoryValue).toBeCloseTo(centralValue, 4);
    expect(distributed.totals.inventoryValue).toBeCloseTo(distributedValue, 4);
  });

  it('counterfactual: with no demand or lead-time uncertainty the two networks hold the same inventory', () => {
    const certain = buildModel(0, 0);
    const rise = evaluateNetwork(certain, DISTRIBUTED).totals.inventoryValue / evaluateNetwork(certain, CENTRALIZED).totals.inventoryValue - 1;
    expect(rise).toBeCloseTo(0, 12);
  });

  it('fill rate per node alone (no cross-node fulfilment) falls slightly at the same 95% CSL', () => {
    // Same safety factor, but the shortfall sigma * G(z) adds up over four nodes: sum of sigma_i > pooled sigma.
    // The evaluator's figure and this file's own evaluation agree.
    expect(fillRates(CENTRALIZED).isolated).toBeCloseTo(centralized.totals.expectedFillRate, 10);
    expect(fillRates(DISTRIBUTED).isolated).toBeCloseTo(distributed.totals.expectedFillRate, 10);
    expect(distributed.totals.expectedFillRate).toBeLessThan(centralized.totals.expectedFillRate);
  });

  it('expected fill rate rises when a node short of stock ships from another regional center', () => {
    const central = fillRates(CENTRALIZED);
    const regional = fillRates(DISTRIBUTED);
    // One node has nobody to fall back on.
    expect(central.crossNode).toBeCloseTo(central.isolated, 12);
    expect(regional.crossNode).toBeGreaterThan(central.crossNode);
    expect(regional.crossNode).toBeGreaterThan(regional.isolated);
  });
});

describe('seed article: fashion retailer, inbound container split (fair share)', () => {
  const demand = [
    { locationId: 'new-jersey', demandPerDay: 40 },
    { locationId: 'los-angeles', demandPerDay: 35 },
    { locationId: 'chicago', demandPerDay: 25 },
  ];

  it('1,000 units into empty warehouses split 40/35/25', () => {
    const result = splitInbound({ arrivalUnits: 1000, locations: demand.map((d) => ({ ...d, stockPositionUnits: 0 })) });
    expect(result.parts.map((p) => p.units)).toEqual([400, 350, 250]);
  });

  it('a container of 200 cases of 12 into equal days of supply (14 days) splits 40/35/25 in whole cases', () => {
    const result = splitInbound({
      arrivalUnits: 2400,
      casePackUnits: 12,
      locations: demand.map((d) => ({ ...d, stockPositionUnits: 14 * d.demandPerDay })),
    });
    expect(result.parts.map((p) => p.units)).toEqual([960, 840, 600]);
    expect(result.parts.map((p) => p.cases)).toEqual([80, 70, 50]);
    expect(result.parts.map((p) => p.daysOfSupplyAfter)).toEqual([38, 38, 38]);
  });

  it('equal stock in UNITS is not equal cover: fair share then favours the East (50/37.5/12.5)', () => {
    // Level (1,000 + 3 * 500) / 100 = 25 days: East 1,000 - 500, West 875 - 500, Midwest 625 - 500.
    const result = splitInbound({ arrivalUnits: 1000, locations: demand.map((d) => ({ ...d, stockPositionUnits: 500 })) });
    expect(result.parts.map((p) => p.units)).toEqual([500, 375, 125]);
  });
});
