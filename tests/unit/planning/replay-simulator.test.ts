/**
 * Policy replay (server/planning/replay): hand-computable cases and the no-look-ahead proof.
 *
 * Timing (types.ts): an order placed at the end of week t with a lead time of L weeks is on hand from week
 * t + L + 1, so with constant demand d a reorder point of d·L never runs out (the classic deterministic
 * reorder point, e.g. Silver, Pyke & Peterson ch. 7 with sigma = 0), and a reorder point one unit short loses
 * exactly one unit in every replenishment cycle.
 */
import { describe, expect, it } from 'vitest';
import { runReplay, type ReplayInput, type ReplayPolicyKind } from '@/server/planning/replay';

function singleNode(demandPerWeek: number[], firstSimulatedWeek: number, extra: Partial<ReplayInput> = {}): ReplayInput {
  return {
    weekCount: demandPerWeek.length,
    firstSimulatedWeek,
    skus: [{ skuId: 'sku', unitCost: 10, unitPrice: 20, casePackUnits: 1, moqUnits: 0, leadTimeDays: 14, leadTimeSdDays: 0 }],
    regions: [{ regionId: 'south', slaDeliveryDays: 3, targetFillRate: 0.95 }],
    locations: [{ locationId: 'dallas', holdingRateAnnual: 0.25, isCentral: true }],
    lanes: [{ fromLocationId: 'dallas', toRegionId: 'south', transitDays: 2, costPerUnit: 1.5 }],
    transferLanes: [],
    demand: Float64Array.from(demandPerWeek),
    ...extra,
  };
}

function minMax(min: number, max: number) {
  return { minUnits: Float64Array.of(min), maxUnits: Float64Array.of(max), defined: Uint8Array.of(1) };
}

describe('replay: constant demand, known lead time (hand-computed)', () => {
  const weeks = 51; // week 0 is history, weeks 1..50 simulated
  const demand = new Array<number>(weeks).fill(1);

  it('min = d·L (1 unit/week x 2 weeks), max = 12: no stockout in 50 weeks, an order every 10 weeks', () => {
    const input = singleNode(demand, 1, { minMax: minMax(2, 12), startingStock: Float64Array.of(12) });
    const result = runReplay(input, { policies: ['min-max'] });
    const p = result.policies[0]!;
    expect(p.policy).toBe('min-max');
    expect(p.coverage).toBe(1);
    expect(p.totals.demandUnits).toBe(50);
    expect(p.totals.unmetUnits).toBe(0);
    expect(p.totals.lineFillRate).toBe(1);
    expect(p.totals.inStockShare).toBe(1);
    // On hand 12 -> 2 after 10 weeks: order 10 at the end of week index 9, 19, 29, 39, 49.
    const orderWeeks = [...p.periods.ordersPlaced].flatMap((n, i) => (n > 0 ? [i] : []));
    expect(orderWeeks).toEqual([9, 19, 29, 39, 49]);
    expect([...p.periods.orderedUnits].filter((u) => u > 0)).toEqual([10, 10, 10, 10, 10]);
    // Shipping 1.5/unit, delivery 2 days on every served unit.
    expect(p.totals.shippingCost).toBeCloseTo(75, 9);
    expect(p.totals.averageDeliveryDays).toBe(2);
    // Holding: mean on hand after demand over the cycle 11..2 then 9..0 ... = sum(onHand) x 10 x 0.25 x 7/365.
    const onHandSum = [...p.periods.inventoryUnits].reduce((a, b) => a + b, 0);
    expect(p.totals.holdingCost).toBeCloseTo(onHandSum * 10 * 0.25 * (7 / 365), 9);
  });

  it('min one unit short (1): exactly one unit lost per cycle of 11 weeks', () => {
    const input = singleNode(demand, 1, { minMax: minMax(1, 11), startingStock: Float64Array.of(11) });
    const p = runReplay(input, { policies: ['min-max'] }).policies[0]!;
    const stockoutWeeks = [...p.periods.unmetUnits].flatMap((u, i) => (u > 0 ? [i] : []));
    // On hand 11: order of 10 at the end of week 9 (on hand 1), week 10 served, week 11 short, arrival week 12.
    expect(stockoutWeeks).toEqual([11, 22, 33, 44]);
    expect([...p.periods.unmetUnits].filter((u) => u > 0)).toEqual([1, 1, 1, 1]);
    expect(p.totals.unmetUnits).toBe(4);
    expect(p.totals.stockoutValue).toBe(4 * 20);
    expect(p.totals.lineFillRate).toBeCloseTo(46 / 50, 12);
  });

  it('backorder mode ships the short unit when the order arrives, still counted as not filled', () => {
    const input = singleNode(demand, 1, { minMax: minMax(1, 11), startingStock: Float64Array.of(11) });
    const p = runReplay(input, { policies: ['min-max'], unmetDemand: 'backorder' }).policies[0]!;
    expect(p.periods.unmetUnits[11]).toBe(1);
    expect(p.periods.backlogUnits[11]).toBe(1);
    expect(p.periods.backlogUnits[12]).toBe(0);
    expect(p.totals.lineFillRate).toBeLessThan(1);
  });

  it('Footprint, independent and centralized at zero variance: reorder point d·L, no stockout', () => {
    const flat = new Array<number>(60).fill(10);
    const input = singleNode(flat, 30);
    const policies: ReplayPolicyKind[] = ['footprint', 'independent', 'centralized'];
    const result = runReplay(input, { policies });
    expect(result.policies.map((p) => p.policy)).toEqual(policies);
    for (const p of result.policies) {
      expect(p.totals.demandUnits).toBe(300);
      expect(p.totals.unmetUnits).toBe(0);
      // Each week's arrival is the week's demand: nothing is left at the end of any week (SS = 0).
      expect(p.totals.averageInventoryUnits).toBe(0);
      expect([...p.periods.orderedUnits]).toEqual(new Array(30).fill(10));
    }
  });
});

/** Three locations, four regions, two SKUs with noisy demand that moves from west to east after week 60, transfer lanes between every pair. */
function network(demand: Float64Array, weekCount: number): ReplayInput {
  return {
    weekCount,
    firstSimulatedWeek: 40,
    skus: [
      { skuId: 'a', unitCost: 50, unitPrice: 80, casePackUnits: 6, moqUnits: 24, leadTimeDays: 21, leadTimeSdDays: 4 },
      { skuId: 'b', unitCost: 5, unitPrice: 9, casePackUnits: 1, moqUnits: 0, leadTimeDays: 28, leadTimeSdDays: 0 },
    ],
    regions: ['east', 'west', 'south', 'north'].map((regionId) => ({ regionId, slaDeliveryDays: 3, targetFillRate: 0.95 })),
    locations: [
      { locationId: 'central', holdingRateAnnual: 0.2, isCentral: true },
      { locationId: 'east-dc', holdingRateAnnual: 0.25, isCentral: false },
      { locationId: 'west-dc', holdingRateAnnual: 0.25, isCentral: false },
    ],
    lanes: [
      { fromLocationId: 'central', toRegionId: 'east', transitDays: 4, costPerUnit: 2 },
      { fromLocationId: 'central', toRegionId: 'west', transitDays: 5, costPerUnit: 2.5 },
      { fromLocationId: 'central', toRegionId: 'south', transitDays: 2, costPerUnit: 1 },
      { fromLocationId: 'central', toRegionId: 'north', transitDays: 2, costPerUnit: 1 },
      { fromLocationId: 'east-dc', toRegionId: 'east', transitDays: 1, costPerUnit: 1 },
      { fromLocationId: 'west-dc', toRegionId: 'west', transitDays: 1, costPerUnit: 1 },
    ],
    transferLanes: [
      ['central', 'east-dc'],
      ['central', 'west-dc'],
      ['east-dc', 'west-dc'],
      ['west-dc', 'east-dc'],
      ['east-dc', 'central'],
      ['west-dc', 'central'],
    ].map(([fromLocationId, toLocationId]) => ({ fromLocationId: fromLocationId!, toLocationId: toLocationId!, transitDays: 3, customsDays: 0, costPerUnit: 0.5 })),
    demand,
  };
}

function noisyDemand(weekCount: number, seed: number): Float64Array {
  let x = seed;
  const rand = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const out = new Float64Array(2 * 4 * weekCount);
  for (let s = 0; s < 2; s++) {
    for (let r = 0; r < 4; r++) {
      for (let w = 0; w < weekCount; w++) {
        const shift = w > 60 && r === 0 ? 2 : w > 60 && r === 1 ? 0.25 : 1; // demand moves from west to east
        const level = (s === 0 ? 30 : 8) * (1 + 0.3 * r) * shift;
        out[(s * 4 + r) * weekCount + w] = Math.max(0, Math.round(level * (0.6 + 0.8 * rand())));
      }
    }
  }
  return out;
}

describe('replay: no look-ahead', () => {
  const T = 90;
  const cut = 65; // weeks >= cut are changed
  const policies: ReplayPolicyKind[] = ['footprint', 'independent', 'centralized', 'min-max'];

  it('changing demand from week 65 on leaves every decision and figure of weeks < 65 unchanged', () => {
    const a = noisyDemand(T, 7);
    const b = Float64Array.from(a);
    for (let i = 0; i < b.length; i++) if (i % T >= cut) b[i] = (b[i] ?? 0) * 3 + 5;
    const ra = runReplay(network(a, T), { policies, seed: 3 });
    const rb = runReplay(network(b, T), { policies, seed: 3 });
    const upTo = cut - ra.firstSimulatedWeek; // period index of week `cut`
    for (let k = 0; k < policies.length; k++) {
      const pa = ra.policies[k]!;
      const pb = rb.policies[k]!;
      for (const key of Object.keys(pa.periods) as (keyof typeof pa.periods)[]) {
        expect([...pa.periods[key].subarray(0, upTo)], `${pa.policy} ${key}`).toEqual([...pb.periods[key].subarray(0, upTo)]);
      }
      // ... and the change is visible afterwards (the test can fail).
      expect(pb.totals.demandUnits).toBeGreaterThan(pa.totals.demandUnits);
      expect([...pb.periods.orderedUnits.subarray(upTo)]).not.toEqual([...pa.periods.orderedUnits.subarray(upTo)]);
    }
  });

  it('Footprint rebalances when demand moves from one region to another, and splits pooled orders on arrival', () => {
    const r = runReplay(network(noisyDemand(T, 11), T), { policies: ['footprint', 'independent'] });
    const [footprint, independent] = r.policies;
    expect(footprint!.totals.transfersPlaced).toBeGreaterThan(0);
    expect(footprint!.totals.transferCost).toBeGreaterThan(0);
    expect(independent!.totals.transfersPlaced).toBe(0);
    // One purchase order per SKU and week at most (pooled), while the baseline orders per location.
    for (const n of footprint!.periods.ordersPlaced) expect(n).toBeLessThanOrEqual(2);
    expect(footprint!.totals.ordersPlaced).toBeLessThan(independent!.totals.ordersPlaced);
  });
});

describe('replay: networks and input', () => {
  it('centralized ships every region from the central location over its (slower) lanes', () => {
    const T = 70;
    const r = runReplay(network(noisyDemand(T, 5), T), { policies: ['centralized', 'independent'] });
    const [central, independent] = r.policies;
    expect(r.centralLocationId).toBe('central');
    const east = central!.regions.find((x) => x.regionId === 'east')!;
    expect(east.averageDeliveryDays).toBe(4);
    expect(east.lateUnits).toBe(east.demandUnits); // 4 days against a 3-day SLA
    expect(independent!.regions.find((x) => x.regionId === 'east')!.averageDeliveryDays).toBe(1);
    expect(central!.totals.averageDeliveryDays).toBeGreaterThan(independent!.totals.averageDeliveryDays);
    // Only the central location stocks anything.
    for (let s = 0; s < 2; s++) {
      expect(central!.cellWeeksStocked[s * 3 + 1]).toBe(0);
      expect(central!.cellWeeksStocked[s * 3 + 2]).toBe(0);
    }
  });

  it('regions without any lane are counted as unreachable demand, not as served', () => {
    const input = singleNode(new Array<number>(20).fill(4), 10);
    const withIsland: ReplayInput = {
      ...input,
      regions: [...input.regions, { regionId: 'island', slaDeliveryDays: 5, targetFillRate: 0.9 }],
      demand: Float64Array.from([...new Array<number>(20).fill(4), ...new Array<number>(20).fill(1)]),
    };
    const p = runReplay(withIsland, { policies: ['independent'] }).policies[0]!;
    const island = p.regions.find((x) => x.regionId === 'island')!;
    expect(island.unreachableUnits).toBe(10);
    expect(island.lineFillRate).toBe(0);
    expect(p.totals.unmetUnits).toBe(10);
  });

  it('rejects bad input with the field in the message', () => {
    const input = singleNode([1, 2, 3], 1);
    expect(() => runReplay({ ...input, demand: Float64Array.of(1, 2) }, { policies: ['footprint'] })).toThrow(/demand has 2 values/);
    expect(() => runReplay({ ...input, firstSimulatedWeek: 0 }, { policies: ['footprint'] })).toThrow(/firstSimulatedWeek/);
    expect(() => runReplay(input, { policies: [] })).toThrow(/at least one policy/);
    expect(() => runReplay(input, { policies: ['footprint'], reviewEveryWeeks: 4, forecastEveryWeeks: 6 })).toThrow(/multiple/);
    expect(() => runReplay({ ...input, demand: Float64Array.of(1, -2, 3) }, { policies: ['footprint'] })).toThrow(/demand\[1\]/);
  });
});
