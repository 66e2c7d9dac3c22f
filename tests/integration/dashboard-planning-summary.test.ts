/**
 * dashboard.planning on a real planning run: the run-only figures stored at write time
 * (planning_runs.summary.dashboard: holdout accuracy, network and per region) equal the same figures
 * recomputed from the run's forecasts in plain SQL, and the dashboard gives the same answer with or without
 * them; accuracy against actuals equals a plain forecast x sku_daily join over the weeks that have passed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { executePlanningRun } from '@/server/services/planning/execute-run';
import { PLANNING_NOW, planningWorld, type PlanningWorld } from './planning-world';

let db: TestDatabase;
let w: PlanningWorld;
let runId: string;

const opened = openTestDatabase().then((d) => (db = d));
afterAll(async () => (await opened).close());

beforeAll(async () => {
  await opened;
  await db.reset();
  w = await planningWorld(db.db);
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: 2000, reason: 'opening count' });
  const started = await w.callers.planner.planning.start({ org: w.orgA });
  await executePlanningRun({ db: db.db, tenantId: w.a.id, runId: started.runId, now: PLANNING_NOW });
  runId = started.runId;
});

const view = { period: { kind: 'last28' as const }, baseline: { kind: 'previous' as const } };

/** Holdout WAPE / bias weighted by each forecast's volume, straight from the forecasts rows. */
async function plainHoldout(regionId?: string) {
  const [row] = await db.ownerQuery<{ wape: number | null; bias: number | null; n: string }>(
    `select (sum(f.wape * v.vol) / nullif(sum(v.vol) filter (where f.wape is not null), 0))::float8 as wape,
            (sum(f.bias * v.vol) / nullif(sum(v.vol) filter (where f.bias is not null), 0))::float8 as bias,
            count(*) filter (where f.wape is not null) as n
       from forecasts f, lateral (select sum(x) as vol from unnest(f.weekly_values) x) v
      where f.tenant_id = $1 and f.run_id = $2 and ($3::uuid is null or f.region_id = $3)`,
    [w.a.id, runId, regionId ?? null],
  );
  return { wape: row!.wape, bias: row!.bias, series: Number(row!.n) };
}

describe('planning run figures stored for the dashboard', () => {
  it('stores the holdout accuracy of the run (network and per region) equal to the figures recomputed from its forecasts', async () => {
    const [stored] = await db.ownerQuery<{ d: { holdout: { wape: number; bias: number; series: number }; holdoutByRegion: Record<string, { wape: number; bias: number; series: number }> } }>(
      `select summary -> 'dashboard' as d from planning_runs where tenant_id = $1 and id = $2`,
      [w.a.id, runId],
    );
    const d = stored!.d;
    const network = await plainHoldout();
    expect(network.series).toBeGreaterThan(0);
    expect(d.holdout.series).toBe(network.series);
    expect(d.holdout.wape).toBeCloseTo(network.wape!, 9);
    expect(d.holdout.bias).toBeCloseTo(network.bias!, 9);
    const regions = [w.net.east.id, w.net.midwest.id, w.net.canada.id];
    for (const r of regions) {
      const plain = await plainHoldout(r);
      expect(d.holdoutByRegion[r]?.series ?? 0).toBe(plain.series);
      if (plain.series > 0) expect(d.holdoutByRegion[r]!.wape).toBeCloseTo(plain.wape!, 9);
    }

    // Before any forecast week has passed the dashboard shows the holdout figures: the same from the stored
    // summary as recomputed for a run without it.
    const caller = w.callers.viewer;
    const filters = [{}, { regionId: w.net.east.id }, { regionId: w.net.canada.id }, { skuId: w.inA.skuA.id }];
    const withStored = await Promise.all(filters.map((filter) => caller.dashboard.planning({ org: w.orgA, ...view, asOf: '2026-06-16', filter })));
    expect(withStored[0]!.forecast).toMatchObject({ basis: 'holdout', weeks: 0 });
    expect(withStored[0]!.forecast!.wape).toBeCloseTo(network.wape!, 9);
    await db.ownerQuery(`update planning_runs set summary = summary - 'dashboard' where tenant_id = $1 and id = $2`, [w.a.id, runId]);
    const recomputed = await Promise.all(filters.map((filter) => caller.dashboard.planning({ org: w.orgA, ...view, asOf: '2026-06-16', filter })));
    filters.forEach((_, i) => {
      expect(recomputed[i]!.forecast?.basis ?? null).toBe(withStored[i]!.forecast?.basis ?? null);
      expect(recomputed[i]!.forecast?.wape ?? null).toBeCloseTo(withStored[i]!.forecast?.wape ?? 0, 9);
      expect(recomputed[i]!.forecast?.bias ?? null).toBeCloseTo(withStored[i]!.forecast?.bias ?? 0, 9);
    });
  });

  it('measures the run against the actuals of the weeks that passed as a plain forecast x sku_daily join does', async () => {
    // Demand after the run: every SKU in every region, some days beyond the last passed week (not counted).
    await db.ownerQuery(
      `insert into sku_daily (tenant_id, id, day, sku_id, region_id, location_id, orders_count, units_ordered)
       select $1, gen_random_uuid(), d::date, s.id, r.id, $2, 1, 1 + (abs(hashtext(s.id::text || r.id::text || d::text)) % 17)
         from generate_series(date '2026-06-15', date '2026-07-10', interval '1 day') d
         cross join skus s cross join regions r
        where s.tenant_id = $1 and r.tenant_id = $1`,
      [w.a.id, w.inA.chi.id],
    );
    const asOf = '2026-07-08'; // weeks of 15, 22 and 29 June have passed; 6 July's has not
    const plain = async (regionId?: string) => {
      const [row] = await db.ownerQuery<{ abs_err: number; err: number; actual: number; weeks: string }>(
        `with fc as (
           select f.sku_id, f.region_id, f.first_week + 7 * (g.i - 1) as week, f.weekly_values[g.i] as value
             from forecasts f cross join lateral generate_subscripts(f.weekly_values, 1) g(i)
            where f.tenant_id = $1 and f.run_id = $2 and f.first_week + 7 * (g.i - 1) + 6 <= $3::date and ($4::uuid is null or f.region_id = $4)),
         act as (
           select sku_id, region_id, date_trunc('week', day)::date as week, sum(units_ordered) as units
             from sku_daily where tenant_id = $1 group by 1, 2, 3)
         select sum(abs(fc.value - coalesce(act.units, 0)))::float8 as abs_err, sum(fc.value - coalesce(act.units, 0))::float8 as err,
                sum(coalesce(act.units, 0))::float8 as actual, count(distinct fc.week) as weeks
           from fc left join act using (sku_id, region_id, week)`,
        [w.a.id, runId, asOf, regionId ?? null],
      );
      return { wape: row!.abs_err / row!.actual, bias: row!.err / row!.actual, weeks: Number(row!.weeks) };
    };
    for (const regionId of [undefined, w.net.midwest.id]) {
      const expected = await plain(regionId);
      expect(expected.weeks).toBe(3);
      const got = await w.callers.viewer.dashboard.planning({ org: w.orgA, ...view, asOf, filter: regionId ? { regionId } : {} });
      expect(got.forecast).toMatchObject({ basis: 'actuals', weeks: 3 });
      expect(got.forecast!.wape).toBeCloseTo(expected.wape, 9);
      expect(got.forecast!.bias).toBeCloseTo(expected.bias, 9);
    }
  });

  it('serves repeated calls from the run cache and sees an order written into a passed week', async () => {
    const asOf = '2026-07-08';
    const input = { org: w.orgA, ...view, asOf, filter: {} };
    const before = await w.callers.viewer.dashboard.planning(input);
    expect(await w.callers.viewer.dashboard.planning(input)).toEqual(before);
    // 40 more units of SKU-A in the East in the week of 22 June (a week that has passed).
    const orderedAt = new Date('2026-06-24T15:00:00Z');
    await w.callers.planner.orders.create({
      org: w.orgA,
      externalRef: 'LATE-1',
      regionId: w.net.east.id,
      shipFromLocationId: w.inA.chi.id,
      orderedAt,
      promisedAt: null,
      shippedAt: orderedAt,
      deliveredAt: new Date(orderedAt.getTime() + 2 * 86_400_000),
      shippingCost: 1,
      lines: [{ skuId: w.inA.skuA.id, qtyOrdered: 40, qtyShipped: 40, qtyShippedFirst: 40, qtyBackordered: 0, unitPrice: 20 }],
    } as never);
    const after = await w.callers.viewer.dashboard.planning(input);
    expect(after.forecast).toMatchObject({ basis: 'actuals', weeks: 3 });
    expect(after.forecast!.bias).toBeLessThan(before.forecast!.bias!);
  });

  it('sees stock moved and a unit cost changed in the excess right away (the excess cache is checked against them)', async () => {
    const input = { org: w.orgA, ...view, asOf: '2026-06-16', filter: {} };
    const before = await w.callers.viewer.dashboard.planning(input);
    expect(await w.callers.viewer.dashboard.planning(input)).toEqual(before);
    const { skuA, chi } = w.inA;
    const [{ out } = { out: 0 }] = await db.ownerQuery<{ out: number }>(`select order_up_to as out from stock_targets where tenant_id = $1 and run_id = $2 and sku_id = $3 and location_id = $4`, [w.a.id, runId, skuA.id, chi.id]);
    expect(Number(out)).toBeLessThan(2000); // SKU-A is in excess at Chicago
    await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuA.id, locationId: chi.id, qty: 100, reason: 'found in a count' });
    const moved = await w.callers.viewer.dashboard.planning(input);
    const [{ cost } = { cost: 0 }] = await db.ownerQuery<{ cost: number }>(`select unit_cost::float8 as cost from skus where tenant_id = $1 and id = $2`, [w.a.id, skuA.id]);
    expect(moved.excessValue! - before.excessValue!).toBeCloseTo(100 * Number(cost), 6);
    await db.ownerQuery(`update skus set unit_cost = unit_cost * 2 where tenant_id = $1 and id = $2`, [w.a.id, skuA.id]);
    const repriced = await w.callers.viewer.dashboard.planning(input);
    expect(repriced.excessValue!).toBeGreaterThan(moved.excessValue!);
  });
});
