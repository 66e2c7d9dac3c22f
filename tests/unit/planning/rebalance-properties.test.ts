import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRebalance, type RebalanceInput, type TransferLane } from '@/server/planning/recommendations/rebalance';

const LOCATIONS = ['A', 'B', 'C', 'D'];

const instance = fc
  .record({
    skuCount: fc.integer({ min: 1, max: 2 }),
    packs: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 2 }),
    stock: fc.array(fc.record({ available: fc.integer({ min: 0, max: 24 }), target: fc.integer({ min: 0, max: 24 }), needBy: fc.integer({ min: 1, max: 10 }) }), {
      minLength: 8,
      maxLength: 8,
    }),
    // One optional lane per ordered pair of distinct locations (12 pairs).
    lanes: fc.array(
      fc.option(
        fc.record({
          transitDays: fc.integer({ min: 1, max: 8 }),
          customsDays: fc.constantFrom(0, 0, 2, 5),
          costPerUnit: fc.integer({ min: 0, max: 12 }),
        }),
        { freq: 3 },
      ),
      { minLength: 12, maxLength: 12 },
    ),
    penalty: fc.integer({ min: 1, max: 20 }),
  })
  .map(({ skuCount, packs, stock, lanes, penalty }): RebalanceInput => {
    const skus = Array.from({ length: skuCount }, (_, s) => ({ skuId: `S${s}`, casePackUnits: packs[s] ?? 1, shortagePenaltyPerUnit: penalty }));
    const positions = skus.flatMap((sku, s) =>
      LOCATIONS.map((locationId, l) => {
        const p = stock[s * 4 + l]!;
        return { skuId: sku.skuId, locationId, availableUnits: p.available, targetUnits: p.target, dailyDemandUnits: 1, needByDays: p.needBy };
      }),
    );
    const pairs = LOCATIONS.flatMap((from) => LOCATIONS.filter((to) => to !== from).map((to) => [from, to] as const));
    const directed: TransferLane[] = pairs.flatMap(([fromLocationId, toLocationId], i) => {
      const lane = lanes[i];
      return lane ? [{ fromLocationId, toLocationId, ...lane }] : [];
    });
    return { skus, positions, lanes: directed };
  });

describe('planRebalance properties (fast-check)', () => {
  it('never ships more than a surplus, only to deficits, on existing timely lanes, in whole case packs', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (input) => {
        const plan = await planRebalance(input);
        const position = (sku: string, loc: string) => input.positions.find((p) => p.skuId === sku && p.locationId === loc)!;
        const sent = new Map<string, number>();
        const received = new Map<string, number>();
        for (const t of plan.transfers) {
          const from = position(t.skuId, t.fromLocationId);
          const to = position(t.skuId, t.toLocationId);
          const pack = input.skus.find((s) => s.skuId === t.skuId)!.casePackUnits ?? 1;
          expect(t.qty % pack).toBe(0);
          expect(t.qty).toBeGreaterThan(0);
          expect(to.availableUnits).toBeLessThan(to.targetUnits); // a deficit location
          const lane = input.lanes.find(
            (l) => l.fromLocationId === t.fromLocationId && l.toLocationId === t.toLocationId && l.transitDays + (l.customsDays ?? 0) <= (to.needByDays ?? 14),
          );
          expect(lane).toBeDefined();
          sent.set(`${t.skuId}/${t.fromLocationId}`, (sent.get(`${t.skuId}/${t.fromLocationId}`) ?? 0) + t.qty);
          received.set(`${t.skuId}/${t.toLocationId}`, (received.get(`${t.skuId}/${t.toLocationId}`) ?? 0) + t.qty);
          void from;
        }
        for (const [key, units] of sent) {
          const [sku, loc] = key.split('/') as [string, string];
          const p = position(sku, loc);
          expect(units).toBeLessThanOrEqual(Math.max(0, p.availableUnits - p.targetUnits));
        }
        for (const [key, units] of received) {
          const [sku, loc] = key.split('/') as [string, string];
          const p = position(sku, loc);
          const pack = input.skus.find((s) => s.skuId === sku)!.casePackUnits ?? 1;
          expect(units).toBeLessThanOrEqual(Math.ceil((p.targetUnits - p.availableUnits) / pack) * pack);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('matches brute-force enumeration of every case-pack plan on small single-SKU instances', async () => {
    const small = instance.map((input) => ({ ...input, skus: input.skus.slice(0, 1), positions: input.positions.filter((p) => p.skuId === 'S0') }));
    await fc.assert(
      fc.asyncProperty(small, async (input) => {
        const plan = await planRebalance(input);
        expect(plan.objectiveValue).toBeCloseTo(bruteForceObjective(input), 2);
      }),
      { numRuns: 40 },
    );
  });
});

/** Enumerates every integer number of cases per usable lane; returns the least freight + shortage penalty. */
function bruteForceObjective(input: RebalanceInput): number {
  const sku = input.skus[0]!;
  const pack = sku.casePackUnits ?? 1;
  const pos = new Map(input.positions.map((p) => [p.locationId, p]));
  const surplus = (loc: string) => Math.max(0, pos.get(loc)!.availableUnits - pos.get(loc)!.targetUnits);
  const deficit = (loc: string) => Math.max(0, pos.get(loc)!.targetUnits - pos.get(loc)!.availableUnits);
  const usable = input.lanes.filter(
    (l) => surplus(l.fromLocationId) > 0 && deficit(l.toLocationId) > 0 && l.transitDays + (l.customsDays ?? 0) <= (pos.get(l.toLocationId)!.needByDays ?? 14),
  );
  const maxCases = usable.map((l) => Math.min(Math.floor(surplus(l.fromLocationId) / pack), Math.ceil(deficit(l.toLocationId) / pack)));
  let best = Infinity;
  const cases = usable.map(() => 0);
  const visit = (k: number): void => {
    if (k === usable.length) {
      const out = new Map<string, number>();
      const into = new Map<string, number>();
      let cost = 0;
      usable.forEach((l, i) => {
        const units = cases[i]! * pack;
        out.set(l.fromLocationId, (out.get(l.fromLocationId) ?? 0) + units);
        into.set(l.toLocationId, (into.get(l.toLocationId) ?? 0) + units);
        cost += units * l.costPerUnit;
      });
      for (const [loc, units] of out) if (units > surplus(loc)) return;
      for (const loc of pos.keys()) {
        const got = into.get(loc) ?? 0;
        if (got > Math.ceil(deficit(loc) / pack) * pack) return;
        cost += Math.max(0, deficit(loc) - got) * sku.shortagePenaltyPerUnit;
      }
      best = Math.min(best, cost);
      return;
    }
    for (let c = 0; c <= maxCases[k]!; c++) {
      cases[k] = c;
      visit(k + 1);
    }
  };
  visit(0);
  return best;
}
