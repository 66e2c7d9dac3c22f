import { openDatabase, withGlobal } from '@/db/client';
import { organizations } from '@/db/schema';
// @ts-expect-error -- plain ES module without types
import { startThrowawayPostgres } from '../scripts/pg-server.mjs';

const AS_OF = '2026-06-15';
async function main() {
  const server = await startThrowawayPostgres();
  const handle = await openDatabase({ url: server.url });
  try {
    const { db, ownerQuery } = handle;
    const org = await withGlobal(db, async (tx) => (await tx.insert(organizations).values({ slug: 'explain-org', name: 'X', kind: 'importer', timezone: 'America/Chicago' }).returning())[0]!);
    const t = org.id;
    const q = (text: string) => ownerQuery(text, [t]);
    await q(`insert into regions (tenant_id, id, code, name, country) select $1, footprint_uuidv7(), 'R' || lpad(g::text, 2, '0'), 'Region ' || g, 'US' from generate_series(0, 29) g`);
    await q(`insert into locations (tenant_id, id, code, name, country, holding_rate, is_central) select $1, footprint_uuidv7(), 'L' || lpad(g::text, 2, '0'), 'Location ' || g, 'US', 0.2, g = 0 from generate_series(0, 19) g`);
    await q(`insert into skus (tenant_id, id, code, name, unit_cost, unit_price) select $1, footprint_uuidv7(), 'SKU-' || lpad(g::text, 5, '0'), 'Product ' || g, round((2 + random() * 80)::numeric, 2), round((5 + random() * 150)::numeric, 2) from generate_series(0, 9999) g`);
    await q(`insert into stock_levels (tenant_id, id, sku_id, location_id, on_hand, inbound) select $1, footprint_uuidv7(), s.id, l.id, floor(random() * 200)::int, floor(random() * 20)::int from skus s cross join locations l where s.tenant_id = $1 and l.tenant_id = $1`);
    await q(`insert into planning_runs (tenant_id, id, status, started_at, finished_at) values ($1, footprint_uuidv7(), 'succeeded', timestamptz '${AS_OF}' - interval '29 days', timestamptz '${AS_OF}' - interval '28 days')`);
    await q(`insert into stock_targets (tenant_id, id, run_id, sku_id, location_id, demand_per_day, safety_stock, reorder_point, order_up_to, service_level, abc_class, xyz_class)
             select $1, footprint_uuidv7(), (select id from planning_runs where tenant_id = $1), sku_id, location_id, 1, 10, 40, 40 + floor(random() * 150)::int, 0.95, 'B', 'Y' from stock_levels where tenant_id = $1`);
    await q(`insert into forecasts (tenant_id, id, run_id, sku_id, region_id, method, wape, bias, first_week, horizon_weeks, weekly_values, sigma)
             select $1, footprint_uuidv7(), (select id from planning_runs where tenant_id = $1), s.id, r.id, 'ses', 0.3, 0.02, date '${AS_OF}' - 27 - (extract(isodow from date '${AS_OF}' - 27)::int - 1), 12, array_fill(1.5::float8, array[12]), 1
             from (select row_number() over (order by code) n, id from skus where tenant_id = $1) s cross join (select row_number() over (order by code) n, id from regions where tenant_id = $1) r where (s.n + r.n) % 3 = 0`);
    // sku_daily: 60 days to AS_OF, ~25k rows a day (sku x region x one location), 1.5M rows.
    await q(`insert into sku_daily (tenant_id, id, day, sku_id, region_id, location_id, orders_count, units_ordered)
             select $1, footprint_uuidv7(), d::date, s.id, r.id, (select id from locations where tenant_id = $1 limit 1), 1, 1 + (random() * 3)::int
               from generate_series(date '${AS_OF}' - 59, date '${AS_OF}', interval '1 day') d
               cross join (select id from skus where tenant_id = $1 order by random() limit 800) s cross join regions r where r.tenant_id = $1`);
    await ownerQuery('vacuum analyze');
    const run = (await ownerQuery<{ id: string }>(`select id from planning_runs where tenant_id = $1`, [t]))[0]!.id;
    const sqls = (await import('node:fs')).readFileSync(process.argv[2]!, 'utf8').split('\n---\n');
    for (const s of sqls) {
      const text = s.replaceAll(':t', `'${t}'`).replaceAll(':run', `'${run}'`).replaceAll(':asof', `'${AS_OF}'`);
      for (let i = 0; i < 2; i++) {
        const rows = await ownerQuery<{ 'QUERY PLAN': string }>(`explain (analyze, buffers off) ${text}`);
        if (i === 1) console.log(`==== ${s.split('\n')[0]}\n` + rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
    }
  } finally {
    await handle.close();
    server.stop();
  }
}
void main();
