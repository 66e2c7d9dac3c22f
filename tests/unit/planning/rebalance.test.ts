import { describe, expect, it } from 'vitest';
import { planRebalance, type RebalanceInput, type TransferLane } from '@/server/planning/recommendations/rebalance';
import { minCostTransportation } from './transportation-reference';

/** Turns a textbook transportation problem into surplus (sources) and deficit (destinations) positions. */
function textbookProblem(supply: number[], demand: number[], cost: number[][]): RebalanceInput {
  const positions = [
    ...supply.map((units, i) => ({ skuId: 'X', locationId: `S${i + 1}`, availableUnits: units, targetUnits: 0, dailyDemandUnits: 0 })),
    ...demand.map((units, j) => ({ skuId: 'X', locationId: `D${j + 1}`, availableUnits: 0, targetUnits: units, dailyDemandUnits: 1 })),
  ];
  const lanes: TransferLane[] = cost.flatMap((row, i) =>
    row.map((costPerUnit, j) => ({ fromLocationId: `S${i + 1}`, toLocationId: `D${j + 1}`, transitDays: 1, costPerUnit })),
  );
  return { skus: [{ skuId: 'X', shortagePenaltyPerUnit: 1e6 }], positions, lanes };
}

describe('planRebalance: published transportation problems', () => {
  it('Hillier & Lieberman, Introduction to Operations Research, ch. 9 (P&T Company): optimum $152,535', async () => {
    // 3 canneries -> 4 warehouses, truckloads; cost $/truckload.
    const supply = [75, 125, 100];
    const demand = [80, 65, 70, 85];
    const cost = [
      [464, 513, 654, 867],
      [352, 416, 690, 791],
      [995, 682, 388, 685],
    ];
    const plan = await planRebalance(textbookProblem(supply, demand, cost));
    expect(plan.totalFreightCost).toBeCloseTo(152_535, 6);
    expect(plan.totalUnits).toBe(300);
    expect(plan.uncovered).toEqual([]);
    // Independent check: successive-shortest-path min-cost flow.
    expect(minCostTransportation(supply, demand, cost).cost).toBe(152_535);
  });

  it('Taha, Operations Research: An Introduction, Example 5.1-1 (MG Auto): optimum $313,200', async () => {
    // Plants Los Angeles, Detroit, New Orleans -> Denver, Miami; cars; $/car.
    const supply = [1000, 1500, 1200];
    const demand = [2300, 1400];
    const cost = [
      [80, 215],
      [100, 108],
      [102, 68],
    ];
    const plan = await planRebalance(textbookProblem(supply, demand, cost));
    expect(plan.totalFreightCost).toBeCloseTo(313_200, 6);
    const flows = Object.fromEntries(plan.transfers.map((t) => [`${t.fromLocationId}-${t.toLocationId}`, t.qty]));
    expect(flows).toEqual({ 'S1-D1': 1000, 'S2-D1': 1300, 'S2-D2': 200, 'S3-D2': 1200 });
    expect(minCostTransportation(supply, demand, cost).cost).toBe(313_200);
  });
});

describe('planRebalance: business rules', () => {
  const base = {
    skus: [{ skuId: 'SKU-1', casePackUnits: 12, shortagePenaltyPerUnit: 20 }],
    positions: [
      { skuId: 'SKU-1', locationId: 'LA', availableUnits: 200, targetUnits: 100, dailyDemandUnits: 10 },
      { skuId: 'SKU-1', locationId: 'NJ', availableUnits: 10, targetUnits: 70, dailyDemandUnits: 5 },
      { skuId: 'SKU-1', locationId: 'TOR', availableUnits: 0, targetUnits: 30, dailyDemandUnits: 3, needByDays: 5 },
    ],
  } satisfies Omit<RebalanceInput, 'lanes'>;

  it('ships whole case packs, never more than the surplus, and rounds a deficit up to at most one case', async () => {
    const plan = await planRebalance({
      ...base,
      lanes: [
        { fromLocationId: 'LA', toLocationId: 'NJ', transitDays: 4, costPerUnit: 1.5 },
        { fromLocationId: 'LA', toLocationId: 'TOR', transitDays: 3, customsDays: 1, costPerUnit: 2 },
      ],
    });
    // Surplus 100 = 8 cases max. NJ needs 60 = 5 cases; TOR needs 30 -> 3 cases (36 units, rounded up one case).
    const byTo = Object.fromEntries(plan.transfers.map((t) => [t.toLocationId, t]));
    expect(byTo.NJ?.qty).toBe(60);
    expect(byTo.TOR?.qty).toBe(36);
    expect(byTo.TOR?.cases).toBe(3);
    expect(plan.totalUnits).toBeLessThanOrEqual(100);
    expect(byTo.NJ?.impact.daysOfSupplyAfter).toEqual({ from: (200 - 96) / 10, to: 70 / 5 });
    expect(byTo.TOR?.freightCost).toBeCloseTo(72, 9);
    expect(byTo.TOR?.reason).toContain('3 transit + 1 customs days');
    expect(byTo.TOR?.priority).toBe('urgent'); // TOR has 0 days of supply: it runs out before anything arrives
  });

  it('excludes a cross-border lane whose transit + customs days exceed the need-by days', async () => {
    const plan = await planRebalance({
      ...base,
      lanes: [{ fromLocationId: 'LA', toLocationId: 'TOR', transitDays: 3, customsDays: 4, costPerUnit: 2 }],
    });
    expect(plan.transfers).toEqual([]);
    expect(plan.uncovered).toEqual(
      expect.arrayContaining([{ skuId: 'SKU-1', locationId: 'TOR', deficitUnits: 30, coveredUnits: 0, uncoveredUnits: 30 }]),
    );
  });

  it("with the 'penalty' policy, uses a late lane only when freight + lateness is below the shortage penalty", async () => {
    const lanes = [{ fromLocationId: 'LA', toLocationId: 'TOR', transitDays: 3, customsDays: 4, costPerUnit: 2 }];
    const cheapLate = await planRebalance({ ...base, lanes, options: { lateLanePolicy: 'penalty', latePenaltyPerUnitDay: 1 } });
    expect(cheapLate.transfers.map((t) => [t.toLocationId, t.qty, t.lateDays])).toEqual([['TOR', 36, 2]]);
    expect(cheapLate.transfers[0]?.impact.slaEffect?.meetsSlaAfter).toBe(false);
    const costlyLate = await planRebalance({ ...base, lanes, options: { lateLanePolicy: 'penalty', latePenaltyPerUnitDay: 10 } });
    expect(costlyLate.transfers).toEqual([]); // 2 + 2 * 10 = 22 > 20 shortage penalty
  });

  it('only uses lanes that exist (no lane, no transfer) and leaves an unprofitable deficit uncovered', async () => {
    const plan = await planRebalance({
      ...base,
      lanes: [
        { fromLocationId: 'NJ', toLocationId: 'LA', transitDays: 4, costPerUnit: 1 }, // wrong direction
        { fromLocationId: 'LA', toLocationId: 'NJ', transitDays: 4, costPerUnit: 25 }, // dearer than the shortage
      ],
    });
    expect(plan.transfers).toEqual([]);
    expect(plan.uncovered.map((u) => u.locationId).sort()).toEqual(['NJ', 'TOR']);
    expect(plan.objectiveValue).toBeCloseTo((60 + 30) * 20, 9);
  });

  it('pays a cost per shipment only when the lane is used, and shares lane capacity across SKUs', async () => {
    const plan = await planRebalance({
      skus: [
        { skuId: 'A', shortagePenaltyPerUnit: 5 },
        { skuId: 'B', shortagePenaltyPerUnit: 5 },
      ],
      positions: [
        { skuId: 'A', locationId: 'P', availableUnits: 50, targetUnits: 0, dailyDemandUnits: 0 },
        { skuId: 'B', locationId: 'P', availableUnits: 50, targetUnits: 0, dailyDemandUnits: 0 },
        { skuId: 'A', locationId: 'Q', availableUnits: 0, targetUnits: 40, dailyDemandUnits: 4 },
        { skuId: 'B', locationId: 'Q', availableUnits: 0, targetUnits: 40, dailyDemandUnits: 4 },
      ],
      lanes: [{ fromLocationId: 'P', toLocationId: 'Q', transitDays: 2, costPerUnit: 1, costPerShipment: 100, capacityUnits: 50 }],
    });
    // 50 units fit; each saves 5 - 1 = 4, so 50 units save 200 > 100 fixed cost.
    expect(plan.totalUnits).toBe(50);
    expect(plan.totalFreightCost).toBeCloseTo(50 + 100, 9);
    expect(plan.objectiveValue).toBeCloseTo(150 + 30 * 5, 4);
  });

  it('returns an empty plan without calling the solver when nothing is short', async () => {
    const plan = await planRebalance({
      skus: [{ skuId: 'A', shortagePenaltyPerUnit: 5 }],
      positions: [{ skuId: 'A', locationId: 'P', availableUnits: 50, targetUnits: 10, dailyDemandUnits: 1 }],
      lanes: [],
    });
    expect(plan).toMatchObject({ transfers: [], uncovered: [], totalUnits: 0, objectiveValue: 0 });
  });
});
