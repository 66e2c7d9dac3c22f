import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentCosts } from '@/server/planning/network/assignment-cost';
import { networkObjective, optimizeNetwork } from '@/server/planning/network/optimize';
import type { NetworkModel } from '@/server/planning/network/types';
import { minCostTransportation } from './transportation-reference';
import { normalQuantile } from '@/server/planning/inventory/normal';

/** A small deterministic instance: 5 candidate locations on a line, 8 regions, 2 SKUs. */
function lineModel(options: { capacities?: number[]; fixedCosts?: number[] } = {}): NetworkModel {
  const locationX = [0, 3, 5, 8, 10];
  const regionX = [0, 1, 2, 4, 6, 7, 9, 10];
  const demand = [12, 30, 8, 20, 25, 10, 15, 40];
  return {
    locations: locationX.map((x, j) => ({
      locationId: `L${j}`,
      leadTimeDays: 5 + j,
      reviewPeriodDays: 7,
      fixedCostPerYear: options.fixedCosts?.[j] ?? 20_000 + 3_000 * j,
      ...(options.capacities ? { capacityPerDay: options.capacities[j] } : {}),
    })),
    regions: regionX.map((_, i) => ({ regionId: `R${i}`, slaDeliveryDays: 10 })),
    skus: [
      { skuId: 'A', unitCost: 20, holdingRateAnnual: 0.25, demand: demand.map((d, i) => ({ regionId: `R${i}`, demandPerDay: d, demandSdPerDay: 0.4 * d })) },
      { skuId: 'B', unitCost: 90, holdingRateAnnual: 0.25, demand: demand.map((d, i) => ({ regionId: `R${i}`, demandPerDay: d / 4, demandSdPerDay: 0.3 * d })) },
    ],
    lanes: locationX.flatMap((x, j) =>
      regionX.map((rx, i) => ({ fromLocationId: `L${j}`, toRegionId: `R${i}`, transitDays: 1 + Math.abs(x - rx) / 2, shippingCostPerUnit: 0.5 + 0.4 * Math.abs(x - rx) })),
    ),
  };
}

function subsets<T>(items: readonly T[], maxSize: number): T[][] {
  const out: T[][] = [[]];
  for (const item of items) for (const s of [...out]) if (s.length < maxSize) out.push([...s, item]);
  return out.filter((s) => s.length > 0);
}

/** Uncapacitated: with the open set fixed, each region goes to its cheapest open location. */
function bruteForceUncapacitated(model: NetworkModel, k: number): { open: string[]; objective: number } {
  const costs = assignmentCosts(model);
  let best = { open: [] as string[], objective: Infinity };
  for (const open of subsets(model.locations.map((l) => l.locationId), k)) {
    let objective = open.reduce((sum, j) => sum + (costs.openCostPerYear.get(j) ?? 0), 0);
    for (const r of costs.regionIds) {
      const options = costs.arcs.filter((a) => a.regionId === r && open.includes(a.locationId)).map((a) => a.costPerYear);
      objective += options.length > 0 ? Math.min(...options) : Infinity;
    }
    if (objective < best.objective) best = { open, objective };
  }
  return best;
}

/** Capacitated: with the open set fixed, the assignment is a transportation problem (load units), solved by min-cost flow. */
function bruteForceCapacitated(model: NetworkModel, k: number): { open: string[]; objective: number } {
  const costs = assignmentCosts(model);
  const load = model.regions.map((r) => model.skus.reduce((sum, s) => sum + (s.demand.find((d) => d.regionId === r.regionId)?.demandPerDay ?? 0), 0));
  let best = { open: [] as string[], objective: Infinity };
  for (const open of subsets(model.locations.map((l) => l.locationId), k)) {
    const capacity = open.map((j) => model.locations.find((l) => l.locationId === j)!.capacityPerDay ?? 1e9);
    if (capacity.reduce((a, b) => a + b, 0) < load.reduce((a, b) => a + b, 0)) continue;
    // cost per load unit of region i from location j = (cost of serving all of i) / load_i
    const unitCost = open.map((j) =>
      model.regions.map((r, i) => {
        const arc = costs.arcs.find((a) => a.regionId === r.regionId && a.locationId === j);
        return arc ? arc.costPerYear / load[i]! : 1e12;
      }),
    );
    const flow = minCostTransportation(capacity, load, unitCost);
    const objective = flow.cost + open.reduce((sum, j) => sum + (costs.openCostPerYear.get(j) ?? 0), 0);
    if (objective < best.objective) best = { open, objective };
  }
  return best;
}

describe('optimizeNetwork (facility-location MILP) against brute-force enumeration of all k-subsets', () => {
  it.each([1, 2, 3, 4])('uncapacitated, at most %i open', async (k) => {
    const model = lineModel();
    const result = await optimizeNetwork(model, { maxOpenLocations: k });
    const brute = bruteForceUncapacitated(model, k);
    expect(result.objectivePerYear).toBeCloseTo(brute.objective, 3);
    expect(result.openLocationIds.sort()).toEqual([...brute.open].sort());
    expect(result.openLocationIds.length).toBeLessThanOrEqual(k);
    expect(result.evaluation.unservedRegionIds).toEqual([]);
  });

  it('exactly k open (p-median) with no fixed costs opens k locations and matches enumeration', async () => {
    const model = lineModel({ fixedCosts: [0, 0, 0, 0, 0] });
    const result = await optimizeNetwork(model, { maxOpenLocations: 3, exactCount: true });
    const exactly3 = subsets(model.locations.map((l) => l.locationId), 3).filter((s) => s.length === 3);
    const values = await Promise.all(exactly3.map((open) => networkObjective(model, open)));
    expect(result.openLocationIds).toHaveLength(3);
    expect(result.objectivePerYear).toBeCloseTo(Math.min(...values.map((v) => v!.objectivePerYear)), 3);
  });

  it('capacitated: respects capacities and matches enumeration solved by an independent min-cost flow', async () => {
    // Total load 200/day: two locations (at most 190) cannot serve it; three or four can.
    const model = lineModel({ capacities: [90, 70, 60, 80, 100] });
    for (const k of [3, 4]) {
      const result = await optimizeNetwork(model, { maxOpenLocations: k });
      const brute = bruteForceCapacitated(model, k);
      expect(result.objectivePerYear).toBeCloseTo(brute.objective, 2);
      for (const node of result.evaluation.nodes) expect(node.capacityLoadPerDay).toBeLessThanOrEqual(node.capacityPerDay! + 1e-6);
    }
  });

  it('SLA as a constraint forbids late lanes; as a penalty it trades lateness against cost', async () => {
    const tight: NetworkModel = { ...lineModel({ fixedCosts: [1e6, 1e6, 1e6, 1e6, 1e6] }), regions: lineModel().regions.map((r) => ({ ...r, slaDeliveryDays: 2.5 })) };
    // Every region within 3 distance units of an open location: one location cannot do it.
    const constrained = await optimizeNetwork(tight, { maxOpenLocations: 5 });
    expect(constrained.openLocationIds.length).toBeGreaterThan(1);
    expect(constrained.evaluation.totals.slaMetShare).toBeCloseTo(1, 9);
    await expect(optimizeNetwork(tight, { maxOpenLocations: 1 })).rejects.toThrow(/no network of at most 1/);
    const penalised = await optimizeNetwork(tight, { maxOpenLocations: 5, sla: { mode: 'penalty', penaltyPerUnitDayLate: 0.01 } });
    expect(penalised.openLocationIds).toHaveLength(1); // lateness is cheap next to a 1M fixed cost
  });

  it('allows knowingly unserved demand when a penalty per unserved unit is given', async () => {
    const model = lineModel({ capacities: [10, 10, 10, 10, 10] });
    await expect(optimizeNetwork(model, { maxOpenLocations: 5 })).rejects.toThrow(/Infeasible/);
    const result = await optimizeNetwork(model, { maxOpenLocations: 5, unservedPenaltyPerUnit: 100 });
    const unservedShare = result.unserved.reduce((sum, u) => sum + u.share, 0);
    expect(unservedShare).toBeGreaterThan(0);
    expect(result.evaluation.totals.unservedDemandPerDay).toBeGreaterThan(0);
  });
});

describe('assignmentCosts (MILP coefficients)', () => {
  it('costs a region served alone: shipping + inbound + H * z * sigma_L + sqrt(2 D S H), currency/year', () => {
    const model: NetworkModel = {
      locations: [{ locationId: 'L', leadTimeDays: 9, orderCostPerOrder: 150, inboundCostPerUnit: 0.5, fixedCostPerYear: 1000 }],
      regions: [{ regionId: 'R', slaDeliveryDays: 5, serviceLevel: 0.9 }],
      skus: [{ skuId: 'S', unitCost: 50, holdingRateAnnual: 0.2, demand: [{ regionId: 'R', demandPerDay: 20, demandSdPerDay: 6 }] }],
      lanes: [{ fromLocationId: 'L', toRegionId: 'R', transitDays: 2, shippingCostPerUnit: 1.5 }],
    };
    const D = 20 * 365;
    const H = 50 * 0.2;
    const ss = normalQuantile(0.9) * Math.sqrt(9) * 6;
    const costs = assignmentCosts(model);
    expect(costs.arcs).toHaveLength(1);
    expect(costs.arcs[0]!.costPerYear).toBeCloseTo(D * (1.5 + 0.5) + H * ss + Math.sqrt(2 * D * 150 * H), 6);
    expect(costs.openCostPerYear.get('L')).toBe(1000);
  });
});

describe('optimizeNetwork properties (fast-check)', () => {
  const instance = fc.record({
    locationX: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 5 }),
    regions: fc.array(fc.record({ x: fc.integer({ min: 0, max: 20 }), demand: fc.integer({ min: 1, max: 50 }) }), { minLength: 1, maxLength: 6 }),
    fixed: fc.integer({ min: 0, max: 50_000 }),
    k: fc.integer({ min: 1, max: 4 }),
    currentMask: fc.integer({ min: 1, max: 31 }),
  });

  it('is never worse (on its own objective) than any single-location network or the current network', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async ({ locationX, regions, fixed, k, currentMask }) => {
        const model: NetworkModel = {
          locations: locationX.map((x, j) => ({ locationId: `L${j}`, leadTimeDays: 4, reviewPeriodDays: 7, fixedCostPerYear: fixed + 1000 * x })),
          regions: regions.map((_, i) => ({ regionId: `R${i}`, slaDeliveryDays: 30 })),
          skus: [{ skuId: 'S', unitCost: 30, holdingRateAnnual: 0.2, demand: regions.map((r, i) => ({ regionId: `R${i}`, demandPerDay: r.demand, demandSdPerDay: r.demand / 3 })) }],
          lanes: locationX.flatMap((x, j) => regions.map((r, i) => ({ fromLocationId: `L${j}`, toRegionId: `R${i}`, transitDays: 1 + Math.abs(x - r.x) / 4, shippingCostPerUnit: 0.2 * Math.abs(x - r.x) }))),
        };
        const current = model.locations.map((l) => l.locationId).filter((_, j) => (currentMask >> j) & 1).slice(0, k);
        const kk = Math.max(k, current.length);
        const best = await optimizeNetwork(model, { maxOpenLocations: kk });
        const tolerance = 1e-6 * Math.max(1, Math.abs(best.objectivePerYear));
        for (const l of model.locations) {
          const single = await networkObjective(model, [l.locationId]);
          if (single) expect(best.objectivePerYear).toBeLessThanOrEqual(single.objectivePerYear + tolerance);
        }
        if (current.length > 0) {
          const now = await networkObjective(model, current);
          if (now) expect(best.objectivePerYear).toBeLessThanOrEqual(now.objectivePerYear + tolerance);
        }
      }),
      { numRuns: 25 },
    );
  });
});
