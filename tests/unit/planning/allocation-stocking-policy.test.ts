import { describe, expect, it } from 'vitest';
import { assignSkuRegions, DEFAULT_STOCKING_POLICY, stockingLocations, type StockingPolicy } from '@/server/planning/allocation';

// DESIGN §5 "Stocking policy by class"; hand-computed figures.
const demandByLocation = [
  { locationId: 'central', demandPerDay: 30 },
  { locationId: 'west', demandPerDay: 40 },
  { locationId: 'south', demandPerDay: 20 },
  { locationId: 'northeast', demandPerDay: 10 },
  { locationId: 'idle', demandPerDay: 0 },
];

describe('stocking policy by ABC class', () => {
  it('A: every location that serves demand', () => {
    const decision = stockingLocations({ abcClass: 'A', demandByLocation, centralLocationId: 'central' });
    expect(decision.stockedLocationIds).toEqual(['central', 'northeast', 'south', 'west']);
    expect(decision.servedCentrallyLocationIds).toEqual([]);
  });

  it('C: central only, the other locations served from it', () => {
    const decision = stockingLocations({ abcClass: 'C', demandByLocation, centralLocationId: 'central' });
    expect(decision.stockedLocationIds).toEqual(['central']);
    expect(decision.servedCentrallyLocationIds).toEqual(['northeast', 'south', 'west']);
  });

  it('B: locations with at least 20% of the demand (default), the rest served centrally', () => {
    // Shares: west 40%, central 30%, south 20%, northeast 10%.
    const decision = stockingLocations({ abcClass: 'B', demandByLocation, centralLocationId: 'central' });
    expect(decision.stockedLocationIds).toEqual(['central', 'south', 'west']);
    expect(decision.servedCentrallyLocationIds).toEqual(['northeast']);
  });

  it('is configurable per tenant', () => {
    const policy: StockingPolicy = { ...DEFAULT_STOCKING_POLICY, B: { mode: 'demand-share', minDemandShare: 0.35 }, C: { mode: 'every-node' } };
    expect(stockingLocations({ abcClass: 'B', demandByLocation, centralLocationId: 'central', policy }).stockedLocationIds).toEqual(['central', 'west']);
    expect(stockingLocations({ abcClass: 'C', demandByLocation, centralLocationId: 'central', policy }).stockedLocationIds).toHaveLength(4);
  });

  it('re-routes the regions of non-stocking locations to the central location', () => {
    const regions = [
      { regionId: 'r-west', slaDeliveryDays: 2, demandPerDay: 50 },
      { regionId: 'r-east', slaDeliveryDays: 2, demandPerDay: 5 },
    ];
    const lanes = [
      { fromLocationId: 'west', toRegionId: 'r-west', transitDays: 1, shippingCostPerUnit: 3 },
      { fromLocationId: 'east', toRegionId: 'r-east', transitDays: 1, shippingCostPerUnit: 3 },
      { fromLocationId: 'central', toRegionId: 'r-west', transitDays: 3, shippingCostPerUnit: 7 },
      { fromLocationId: 'central', toRegionId: 'r-east', transitDays: 2, shippingCostPerUnit: 6 },
    ];
    const a = assignSkuRegions({ abcClass: 'A', regions, lanes, centralLocationId: 'central' });
    expect(a.assignments.map((x) => x.locationId)).toEqual(['west', 'east']);
    const b = assignSkuRegions({ abcClass: 'B', regions, lanes, centralLocationId: 'central' });
    expect(b.stocking.stockedLocationIds).toEqual(['central', 'west']);
    expect(b.assignments.map((x) => [x.regionId, x.locationId, x.slaRisk])).toEqual([
      ['r-west', 'west', false],
      ['r-east', 'central', false],
    ]);
    const c = assignSkuRegions({ abcClass: 'C', regions, lanes, centralLocationId: 'central' });
    expect(c.assignments.map((x) => [x.locationId, x.slaRisk])).toEqual([
      ['central', true],
      ['central', false],
    ]);
  });
});
