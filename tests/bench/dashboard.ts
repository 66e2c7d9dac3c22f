/**
 * `npm run bench -- dashboard` (DESIGN.md §9): the dashboard's procedures for the large tenant (10,000
 * SKUs, 20 locations, 30 regions, 5 million order lines over two years, a succeeded planning run with
 * targets and forecasts) on a throwaway Postgres server, 20 concurrent clients, against a trivial
 * authenticated tenant procedure (organization.current) with the same 20 clients on the same server in
 * the same run. Raw rows are generated set-based in SQL; the rollups come from the rebuild
 * (server/services/dashboard/rebuild-rollups.ts), then ANALYZE.
 *
 * A client "loads the dashboard": dashboard.kpis, dashboard.regions and dashboard.locations for the
 * network, last 28 days vs the previous period (the page's first view). Each call's latency counts.
 * dashboard.planning (excess stock and forecast accuracy of the latest run, which scan the run's
 * targets and forecasts) is measured and reported on its own (planning_p95_ms), after the others.
 * Options: --lines=N (default 5,000,000), --rounds=N (dashboard loads per client, default 15).
 * Bar: dashboard p95 <= 3x the trivial p95.
 */
import { eq } from 'drizzle-orm';
import { openDatabase, withGlobal, withTenant } from '@/db/client';
import { memberships, organizations, users } from '@/db/schema';
import { rebuildRollups } from '@/server/services/dashboard/rebuild-rollups';
import { createCaller } from '@/server/trpc/root';
// @ts-expect-error -- plain ES module without types
import { startThrowawayPostgres } from '../../scripts/pg-server.mjs';

const CLIENTS = 20;
const AS_OF = '2026-06-15';
const TZ = 'America/Chicago';

function option(args: string[], name: string, fallback: number): number {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

export default async function dashboardBench(args: string[]): Promise<Record<string, string | number>> {
  const targetLines = option(args, 'lines', 5_000_000);
  const rounds = option(args, 'rounds', 15);
  const server = await startThrowawayPostgres();
  process.env.DATABASE_POOL_SIZE = String(CLIENTS);
  const handle = await openDatabase({ url: server.url });
  try {
    const { db, ownerQuery } = handle;
    const { org, user } = await withGlobal(db, async (tx) => {
      const [o] = await tx.insert(organizations).values({ slug: 'large', name: 'Large SMB', kind: 'importer', timezone: TZ }).returning();
      const [u] = await tx.insert(users).values({ email: 'bench@dashboard.test', name: 'Bench' }).returning();
      await tx.insert(memberships).values({ organizationId: o!.id, userId: u!.id, role: 'owner' });
      return { org: o!, user: u! };
    });
    const t = org.id;
    let t0 = performance.now();
    const q = (text: string) => ownerQuery(text, [t]);
    await ownerQuery(`set maintenance_work_mem = '256MB'`);
    // Master data.
    await q(`insert into regions (tenant_id, id, code, name, country) select $1, footprint_uuidv7(), 'R' || lpad(g::text, 2, '0'), 'Region ' || g, 'US' from generate_series(0, 29) g`);
    await q(`insert into slas (tenant_id, id, region_id, effective_from, target_delivery_days, target_fill_rate) select $1, footprint_uuidv7(), id, '2024-01-01', 2 + (substr(code, 2)::int % 4), 0.95 from regions where tenant_id = $1`);
    await q(`insert into locations (tenant_id, id, code, name, country, holding_rate, is_central) select $1, footprint_uuidv7(), 'L' || lpad(g::text, 2, '0'), 'Location ' || g, 'US', 0.2 + (g % 3) * 0.05, g = 0 from generate_series(0, 19) g`);
    await q(`insert into skus (tenant_id, id, code, name, unit_cost, unit_price) select $1, footprint_uuidv7(), 'SKU-' || lpad(g::text, 5, '0'), 'Product ' || g, round((2 + random() * 80)::numeric, 2), round((5 + random() * 150)::numeric, 2) from generate_series(0, 9999) g`);
    // Orders over two years ending on AS_OF, each region served by three locations; 1 to 5 lines (3 on average).
    const orderCount = Math.ceil(targetLines / 3);
    await ownerQuery(`
      create temporary table r_map as select row_number() over (order by code) - 1 as n, id from regions where tenant_id = $1;
      create temporary table l_map as select row_number() over (order by code) - 1 as n, id from locations where tenant_id = $1;
      create temporary table s_map as select row_number() over (order by code) - 1 as n, id, unit_price from skus where tenant_id = $1;`.replace(/\$1/g, `'${t}'`));
    await q(`
      insert into orders (tenant_id, id, external_ref, region_id, ordered_at, promised_at, shipped_at, delivered_at, ship_from_location_id, shipping_cost, status)
      select $1, footprint_uuidv7(), 'SO-' || g, r.id, x.ordered_at, x.ordered_at + (2 + x.region % 4) * interval '1 day',
             x.ordered_at + interval '6 hours', x.ordered_at + (1 + random() * 4) * interval '1 day', l.id, round((4 + random() * 20)::numeric, 2), 'delivered'
      from generate_series(1, ${orderCount}) g
      cross join lateral (select timestamptz '${AS_OF}T12:00:00-05:00' - random() * interval '729 days' - interval '5 days' as ordered_at, ((g::bigint * 7919) % 30)::int as region, ((g::bigint * 104729) % 3)::int as k) x
      join r_map r on r.n = x.region
      join l_map l on l.n = (x.region * 7 + x.k * 5) % 20`);
    await q(`
      insert into order_lines (tenant_id, id, order_id, sku_id, qty_ordered, qty_shipped, qty_shipped_first, qty_backordered, unit_price)
      select $1, footprint_uuidv7(), o.id, s.id, y.qty, y.qty - y.bo, y.qty - y.bo, y.bo, s.unit_price
      from orders o
      cross join lateral generate_series(1, 1 + (abs(hashtext(o.external_ref)) % 5)) i
      cross join lateral (select 1 + floor(random() * 6)::int as qty, case when random() < 0.05 then 1 else 0 end as bo, (abs(hashtext(o.external_ref || ':' || i)) % 10000) as sku) y
      join s_map s on s.n = y.sku
      where o.tenant_id = $1`);
    const [{ n: lines } = { n: 0 }] = await ownerQuery<{ n: string }>(`select count(*) as n from order_lines where tenant_id = $1`, [t]);
    console.log(`[bench] ${orderCount} orders, ${lines} order lines in ${seconds(t0)} s`);
    // Stock: a balance per SKU x location equal to its one receipt; a latest planning run with targets and forecasts.
    t0 = performance.now();
    await q(`insert into stock_levels (tenant_id, id, sku_id, location_id, on_hand, inbound) select $1, footprint_uuidv7(), s.id, l.id, floor(random() * 200)::int, floor(random() * 20)::int from s_map s cross join l_map l`);
    await q(`insert into stock_movements (tenant_id, id, sku_id, location_id, qty, kind, occurred_at) select $1, footprint_uuidv7(), sku_id, location_id, on_hand, 'receipt', timestamptz '${AS_OF}T12:00:00-05:00' - interval '740 days' from stock_levels where tenant_id = $1 and on_hand > 0`);
    await q(`insert into planning_runs (tenant_id, id, status, started_at, finished_at) values ($1, footprint_uuidv7(), 'succeeded', timestamptz '${AS_OF}' - interval '29 days', timestamptz '${AS_OF}' - interval '28 days')`);
    await q(`insert into stock_targets (tenant_id, id, run_id, sku_id, location_id, demand_per_day, safety_stock, reorder_point, order_up_to, service_level, abc_class, xyz_class)
             select $1, footprint_uuidv7(), (select id from planning_runs where tenant_id = $1), sku_id, location_id, 1, 10, 40, 40 + floor(random() * 150)::int, 0.95, 'B', 'Y' from stock_levels where tenant_id = $1`);
    await q(`insert into forecasts (tenant_id, id, run_id, sku_id, region_id, method, wape, bias, first_week, horizon_weeks, weekly_values, sigma)
             select $1, footprint_uuidv7(), (select id from planning_runs where tenant_id = $1), s.id, r.id, 'ses', 0.3, 0.02, date '${AS_OF}' - 27 - (extract(isodow from date '${AS_OF}' - 27)::int - 1), 12, array_fill(1.5::float8, array[12]), 1
             from s_map s cross join r_map r where (s.n + r.n) % 3 = 0`);
    console.log(`[bench] stock, targets and forecasts in ${seconds(t0)} s`);
    // Rollups from raw rows, set-based; inventory_daily from the ledger, then a daily history scaled around it.
    t0 = performance.now();
    const counts = await withTenant(db, t, (tx) => rebuildRollups({ tx, tenant: { id: t, timezone: TZ } }));
    await q(`insert into inventory_daily (tenant_id, id, day, location_id, units, value)
             select $1, footprint_uuidv7(), d::date, i.location_id, floor(i.units * (0.8 + 0.2 * random()))::int, i.value * (0.8 + 0.2 * random())
             from inventory_daily i cross join generate_series(i.day + 1, date '${AS_OF}' - 1, interval '1 day') d where i.tenant_id = $1`);
    await q(`insert into inventory_daily (tenant_id, id, day, location_id, units, value)
             select $1, footprint_uuidv7(), date '${AS_OF}', sl.location_id, sum(sl.on_hand), sum(sl.on_hand * s.unit_cost) from stock_levels sl join skus s on s.tenant_id = sl.tenant_id and s.id = sl.sku_id where sl.tenant_id = $1 group by sl.location_id`);
    await ownerQuery('vacuum analyze');
    console.log(`[bench] rollups ${JSON.stringify(counts)} in ${seconds(t0)} s`);

    const [{ v: sessionVersion } = { v: 1 }] = await withGlobal(db, (tx) => tx.select({ v: users.sessionVersion }).from(users).where(eq(users.id, user.id)));
    const callers = Array.from({ length: CLIENTS }, () => createCaller({ db, session: { userId: user.id, sessionVersion }, ip: null, origin: 'http://localhost' }));
    const view = { org: org.slug, period: { kind: 'last28' as const }, baseline: { kind: 'previous' as const }, asOf: AS_OF };
    // Warm-up: one load per procedure (connections opened, plans cached).
    await callers[0]!.organization.current({ org: org.slug });
    await callers[0]!.dashboard.kpis(view);
    await callers[0]!.dashboard.regions(view);
    await callers[0]!.dashboard.locations(view);

    const time = async (out: number[], call: () => Promise<unknown>) => {
      const s = performance.now();
      await call();
      out.push(performance.now() - s);
    };
    const trivial: number[] = [];
    t0 = performance.now();
    await Promise.all(callers.map(async (c) => {
      for (let i = 0; i < rounds * 3; i++) await time(trivial, () => c.organization.current({ org: org.slug }));
    }));
    console.log(`[bench] trivial: ${trivial.length} calls in ${seconds(t0)} s`);
    const dashboard: number[] = [];
    const perProcedure: Record<string, number[]> = { kpis: [], regions: [], locations: [] };
    const planning: number[] = [];
    t0 = performance.now();
    await Promise.all(callers.map(async (c) => {
      for (let i = 0; i < rounds; i++) {
        for (const name of ['kpis', 'regions', 'locations'] as const) {
          const s = performance.now();
          await c.dashboard[name](view);
          const ms = performance.now() - s;
          dashboard.push(ms);
          perProcedure[name]!.push(ms);
        }
      }
    }));
    // The planning run's figures (excess stock, forecast accuracy): their own procedure, measured apart.
    await Promise.all(callers.map(async (c) => {
      for (let i = 0; i < Math.max(1, Math.floor(rounds / 3)); i++) await time(planning, () => c.dashboard.planning(view));
    }));
    console.log(`[bench] dashboard.planning: ${planning.length} calls, p95 ${p95(planning).toFixed(1)} ms (${(p95(planning) / p95(trivial)).toFixed(1)}x the trivial p95)`);
    console.log(`[bench] dashboard: ${dashboard.length} calls in ${seconds(t0)} s; p95 by procedure: ${Object.entries(perProcedure).map(([k, v]) => `${k} ${p95(v).toFixed(1)} ms`).join(', ')}`);
    const dashP95 = p95(dashboard);
    const trivialP95 = p95(trivial);
    const ratio = dashP95 / trivialP95;
    console.log(`[bench] dashboard p95 ${dashP95.toFixed(1)} ms vs trivial p95 ${trivialP95.toFixed(1)} ms: ratio ${ratio.toFixed(2)} (bar <= 3) ${ratio <= 3 ? 'met' : 'NOT met'}`);
    return { planning_p95_ms: Number(p95(planning).toFixed(1)), p95_ms: Number(dashP95.toFixed(1)), trivial_p95_ms: Number(trivialP95.toFixed(1)), ratio: Number(ratio.toFixed(2)), order_lines: Number(lines) };
  } finally {
    await handle.close();
    server.stop();
  }
}
