/**
 * The demo seed on a real database: the documented shape (network, catalog, a year of orders), the
 * ledger invariant, rollups that agree with raw orders under the DESIGN.md §6 definitions, ABC skew,
 * determinism across two fresh databases, and the 3PL account manager's access through the router.
 * Seeding takes ~15-30 s per database on PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/client';
import { users } from '@/db/schema';
import { isSeeded, seedDemo } from '@/db/seed';
import { DEMO_ACCOUNTS, DEMO_IMPORTER } from '@/db/seed/demo-accounts';
import { SEED_TODAY } from '@/db/seed/calendar';
import { IMPORT_ORDER } from '@/server/imports/registry';
import { openTestDatabase, type TestDatabase } from './support/database';
import { preview, useTempImportsDir } from './imports-support';
import { callerFor } from './support/actors';

const SEED_TIMEOUT = 240_000;
let db: TestDatabase;
let counts: Record<string, number>;

beforeAll(async () => {
  db = await openTestDatabase();
  counts = await seedDemo(db.db);
}, SEED_TIMEOUT);
afterAll(() => db?.close());

/** One value of a one-row query, run as the owner (row-level security does not hide anything). */
async function scalar(handle: TestDatabase, text: string): Promise<number> {
  const [row] = await handle.ownerQuery<{ v: string | number | null }>(text);
  return Number(row?.v ?? NaN);
}

/** A digest of every column of every row of the tenant tables the seed writes (ids are deterministic too). */
async function digest(handle: TestDatabase): Promise<Record<string, string>> {
  const tables = ['locations', 'regions', 'slas', 'lanes', 'transfer_lanes', 'suppliers', 'skus', 'stock_levels', 'stock_movements', 'orders', 'order_lines', 'kpi_daily', 'inventory_daily'];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await handle.ownerQuery<{ d: string }>(`select md5(coalesce(string_agg(x::text, '|' order by x.id), '')) as d from ${t} x`);
    out[t] = `${row?.d}`;
  }
  const [orgs] = await handle.ownerQuery<{ d: string }>(
    `select md5(string_agg(concat_ws(',', o.id, o.slug, o.kind, m.role, u.email), '|' order by o.slug, u.email)) as d
       from organizations o join memberships m on m.organization_id = o.id join users u on u.id = m.user_id`,
  );
  out.memberships = `${orgs?.d}`;
  return out;
}

describe('demo seed', () => {
  it('writes the documented network, catalog and a year of orders', async () => {
    expect(counts.skus).toBeGreaterThanOrEqual(150);
    expect(counts.orders).toBeGreaterThanOrEqual(20_000);
    expect(counts.orders).toBeLessThanOrEqual(40_000);
    expect(counts.orderLines).toBeGreaterThanOrEqual(40_000);
    expect(counts.orderLines).toBeLessThanOrEqual(80_000);
    expect(await scalar(db, 'select count(*) as v from skus')).toBe(counts.skus);
    expect(await scalar(db, 'select count(*) as v from locations')).toBe(5);
    expect(await scalar(db, 'select count(*) as v from locations where is_central')).toBe(1);
    expect(await scalar(db, 'select count(*) as v from locations where operated_by is not null')).toBe(1);
    expect(await scalar(db, 'select count(*) as v from regions')).toBe(5);
    expect(await scalar(db, 'select count(*) as v from regions r where not exists (select 1 from slas s where s.region_id = r.id)')).toBe(0);
    // A lane from every location to every region, and a transfer lane between every pair of locations.
    expect(await scalar(db, 'select count(*) as v from locations l cross join regions r where not exists (select 1 from lanes x where x.location_id = l.id and x.region_id = r.id)')).toBe(0);
    expect(await scalar(db, 'select count(*) as v from transfer_lanes')).toBe(20);
    // Every SKU has a balance row at every location.
    expect(await scalar(db, 'select count(*) as v from stock_levels')).toBe(5 * (counts.skus ?? 0));
    // Twelve months of history, ending the day before the fixed "today".
    const [span] = await db.ownerQuery<{ first: string; last: string; months: string | number }>(
      `select min((ordered_at at time zone 'America/Chicago')::date)::text as first, max((ordered_at at time zone 'America/Chicago')::date)::text as last,
              count(distinct date_trunc('month', ordered_at at time zone 'America/Chicago')) as months from orders`,
    );
    expect(Number(span?.months)).toBeGreaterThanOrEqual(12);
    expect(span?.last).toBe(new Date(Date.parse(`${SEED_TODAY}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
    expect(Date.parse(`${span?.last}T00:00:00Z`) - Date.parse(`${span?.first}T00:00:00Z`)).toBeGreaterThanOrEqual(364 * 86_400_000);
  });

  it('models the network the article describes', async () => {
    // Regional centers serve their own region in under two days at about $4 a unit; the central warehouse serves the West in 4+ days at $8+.
    const [own] = await db.ownerQuery<{ days: string; cost: string }>(
      `select max(x.transit_days) as days, max(x.cost_per_unit) as cost from lanes x join locations l on l.id = x.location_id join regions r on r.id = x.region_id
        where (l.code, r.code) in (('RNO-RDC', 'US-W'), ('DAL-RDC', 'US-SW'), ('CMH-3PL', 'US-MW'), ('ABE-RDC', 'US-NE'))`,
    );
    expect(Number(own?.days)).toBeLessThan(2);
    expect(Number(own?.cost)).toBeLessThan(4.5);
    const [far] = await db.ownerQuery<{ days: string; cost: string }>(
      `select x.transit_days as days, x.cost_per_unit as cost from lanes x join locations l on l.id = x.location_id join regions r on r.id = x.region_id where l.is_central and r.code = 'US-W'`,
    );
    expect(Number(far?.days)).toBeGreaterThan(4);
    expect(Number(far?.cost)).toBeGreaterThan(8);
    // Suppliers in Asia with 35-45 day lead times.
    expect(await scalar(db, `select count(*) as v from suppliers where country not in ('CN', 'VN') or lead_time_days not between 35 and 45`)).toBe(0);
    // Most orders ship from the location serving their region; some spill over to the central warehouse.
    const central = await scalar(db, `select count(*) filter (where l.is_central)::float / count(*) as v from orders o join locations l on l.id = o.ship_from_location_id join regions r on r.id = o.region_id where r.code <> 'US-SE'`);
    expect(central).toBeGreaterThan(0.02);
    expect(central).toBeLessThan(0.25);
    // Fill rate in the 95-97 % band the SLAs ask for; a Q4 peak; intermittent SKUs with many zero weeks.
    const lineFill = await scalar(db, 'select sum(qty_shipped_first)::float / sum(qty_ordered) as v from order_lines');
    expect(lineFill).toBeGreaterThan(0.94);
    expect(lineFill).toBeLessThan(0.985);
    // Orders per local day in December against the median day: the history may hold one December, two
    // partial ones (seeded in December) or a single day of one (seeded on 31 December).
    const peak = await scalar(
      db,
      `with d as (select (ordered_at at time zone 'America/Chicago')::date as day, count(*) as n from orders group by 1)
       select avg(n) filter (where extract(month from day) = 12)::float / percentile_cont(0.5) within group (order by n) as v from d`,
    );
    expect(peak).toBeGreaterThan(1.3);
    const intermittent = await scalar(
      db,
      `with w as (select ol.sku_id, count(distinct date_trunc('week', o.ordered_at)) as weeks from order_lines ol join orders o on o.id = ol.order_id group by 1)
       select count(*) as v from skus s left join w on w.sku_id = s.id where coalesce(w.weeks, 0) <= 26`,
    );
    expect(intermittent).toBeGreaterThanOrEqual(10);
  });

  it('is marked seeded and refuses to seed twice', async () => {
    expect(await isSeeded(db.db)).toBe(true);
    await expect(seedDemo(db.db)).rejects.toThrow(/already exists/);
    expect(await scalar(db, `select count(*) as v from organizations where slug = '${DEMO_IMPORTER.slug}'`)).toBe(1);
  });

  it('keeps every stock balance equal to the sum of its movements', async () => {
    expect(await scalar(db, 'select count(*) as v from stock_movements')).toBeGreaterThan(0);
    const mismatches = await scalar(
      db,
      `select count(*) as v
         from stock_levels sl
         full join (select tenant_id, sku_id, location_id, sum(qty) as qty from stock_movements group by 1, 2, 3) m
           on m.tenant_id = sl.tenant_id and m.sku_id = sl.sku_id and m.location_id = sl.location_id
        where sl.id is null or sl.on_hand <> coalesce(m.qty, 0)`,
    );
    expect(mismatches).toBe(0);
    // Reserved = allocated to orders that have not shipped yet; inbound and on order exist for some SKUs.
    expect(await scalar(db, 'select sum(reserved) as v from stock_levels')).toBe(
      await scalar(db, `select coalesce(sum(ol.qty_ordered - ol.qty_backordered), 0) as v from order_lines ol join orders o on o.id = ol.order_id where o.status = 'open'`),
    );
    expect(await scalar(db, 'select count(*) as v from stock_levels where inbound > 0')).toBeGreaterThan(0);
    expect(await scalar(db, 'select count(*) as v from stock_levels where on_order > 0')).toBeGreaterThan(0);
    // The last inventory_daily row of each location is today's on hand.
    const inventoryMismatches = await scalar(
      db,
      `select count(*) as v from (select location_id, sum(on_hand) as units from stock_levels group by 1) s
         join inventory_daily i on i.location_id = s.location_id and i.day = (select max(day) from inventory_daily)
        where i.units <> s.units`,
    );
    expect(inventoryMismatches).toBe(0);
  });

  it('writes kpi_daily rollups that agree with raw orders and lines (DESIGN.md §6)', async () => {
    const raw = `
      with lines as (
        select ol.order_id, sum(ol.qty_ordered) as uo, sum(ol.qty_shipped) as us, sum(ol.qty_shipped_first) as usf, sum(ol.qty_backordered) as ub,
               bool_and(ol.qty_shipped_first = ol.qty_ordered) as complete, sum(ol.qty_shipped * s.unit_cost) as cogs, sum(ol.qty_ordered * ol.unit_price) as revenue
          from order_lines ol join skus s on s.id = ol.sku_id and s.tenant_id = ol.tenant_id group by 1)
      select (o.ordered_at at time zone org.timezone)::date as day, o.region_id, o.ship_from_location_id as location_id,
             count(*) as orders_count, sum(l.uo) as units_ordered, sum(l.us) as units_shipped, sum(l.usf) as units_shipped_first, sum(l.ub) as units_backordered,
             count(*) filter (where l.complete) as complete_orders,
             count(*) filter (where o.status = 'delivered') as delivered_orders,
             count(*) filter (where o.status = 'delivered' and o.delivered_at <= o.promised_at) as on_time_orders,
             coalesce(sum(extract(epoch from o.delivered_at - o.ordered_at) / 86400) filter (where o.status = 'delivered'), 0) as delivery_days_sum,
             sum(o.shipping_cost) as shipping_cost_sum, sum(l.cogs) as cogs_shipped, sum(l.revenue) as revenue_ordered
        from orders o join lines l on l.order_id = o.id join organizations org on org.id = o.tenant_id
       group by 1, 2, 3`;
    const mismatches = await scalar(
      db,
      `with raw as (${raw})
       select count(*) as v from raw full join kpi_daily k on k.day = raw.day and k.region_id = raw.region_id and k.location_id = raw.location_id
        where k.id is null or raw.day is null
           or k.orders_count <> raw.orders_count or k.units_ordered <> raw.units_ordered or k.units_shipped <> raw.units_shipped
           or k.units_shipped_first <> raw.units_shipped_first or k.units_backordered <> raw.units_backordered
           or k.complete_orders <> raw.complete_orders or k.delivered_orders <> raw.delivered_orders or k.on_time_orders <> raw.on_time_orders
           or abs(k.delivery_days_sum - raw.delivery_days_sum) > 0.001 or k.shipping_cost_sum <> raw.shipping_cost_sum
           or k.cogs_shipped <> raw.cogs_shipped or k.revenue_ordered <> raw.revenue_ordered`,
    );
    expect(mismatches).toBe(0);
    // The headline totals, spelled out.
    const [k] = await db.ownerQuery<Record<string, string>>(
      'select sum(orders_count) as orders, sum(units_shipped) as units, sum(shipping_cost_sum) as cost, sum(on_time_orders) as on_time, sum(delivered_orders) as delivered from kpi_daily',
    );
    const [o] = await db.ownerQuery<Record<string, string>>(
      `select count(*) as orders, (select sum(qty_shipped) from order_lines) as units, sum(shipping_cost) as cost,
              count(*) filter (where status = 'delivered' and delivered_at <= promised_at) as on_time, count(*) filter (where status = 'delivered') as delivered from orders`,
    );
    expect(Number(k?.orders)).toBe(counts.orders);
    for (const key of ['orders', 'units', 'cost', 'on_time', 'delivered']) expect(Number(k?.[key])).toBe(Number(o?.[key]));
    // Plausible service: most deliveries on time, a ~2-day average, shipping cost per unit around $4-6.
    const onTime = Number(k?.on_time) / Number(k?.delivered);
    expect(onTime).toBeGreaterThan(0.8);
    expect(onTime).toBeLessThan(0.98);
    const avgDays = await scalar(db, 'select sum(delivery_days_sum) / sum(delivered_orders) as v from kpi_daily');
    expect(avgDays).toBeGreaterThan(1.5);
    expect(avgDays).toBeLessThan(2.6);
    const costPerUnit = Number(k?.cost) / Number(k?.units);
    expect(costPerUnit).toBeGreaterThan(4);
    expect(costPerUnit).toBeLessThan(6);
  });

  it('has ABC skew: the top 20 % of SKUs carry at least 60 % of consumption value', async () => {
    const share = await scalar(
      db,
      `with v as (select s.id, coalesce(sum(ol.qty_shipped * s.unit_cost), 0) as value from skus s left join order_lines ol on ol.sku_id = s.id group by s.id),
            r as (select value, row_number() over (order by value desc) as rn, count(*) over () as n from v)
       select sum(value) filter (where rn <= ceil(n * 0.2)) / sum(value) as v from r`,
    );
    expect(share).toBeGreaterThanOrEqual(0.6);
  });

  it('lets the 3PL account manager read the importer through its grant', async () => {
    const email = DEMO_ACCOUNTS[3].email;
    const [am] = await withGlobal(db.db, (tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)));
    expect(am).toBeDefined();
    const caller = await callerFor(db.db, am ?? null);
    const current = await caller.organization.current({ org: DEMO_IMPORTER.slug });
    expect(current).toMatchObject({ slug: DEMO_IMPORTER.slug, kind: 'importer', role: 'planner', via: 'grant' });
    const viewer = await withGlobal(db.db, (tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS[2].email)));
    const asViewer = await (await callerFor(db.db, viewer[0] ?? null)).organization.current({ org: DEMO_IMPORTER.slug });
    expect(asViewer).toMatchObject({ role: 'viewer', via: 'membership' });
  });

  it('every import template previews without a problem in the demo, as downloaded', async () => {
    const cleanup = useTempImportsDir();
    try {
      const [planner] = await withGlobal(db.db, (tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS[1].email)));
      const caller = await callerFor(db.db, planner ?? null);
      for (const entity of IMPORT_ORDER) {
        const template = await caller.imports.template({ org: DEMO_IMPORTER.slug, entity });
        const p = await preview(caller, DEMO_IMPORTER.slug, entity, template.csv, template.fileName);
        expect(p.import.errors, `${entity}: ${template.csv}`).toEqual([]);
      }
      // References the demo lacks (SKU-1001) become its own codes; the ones it has (MEM-CDC) stay.
      const stock = await caller.imports.template({ org: DEMO_IMPORTER.slug, entity: 'stock_levels' });
      expect(stock.csv).not.toContain('SKU-1001');
      expect(stock.csv).toContain('MEM-CDC');
    } finally {
      cleanup();
    }
  });

  it(
    'is deterministic: a second fresh database gets identical rows',
    async () => {
      const other = await openTestDatabase();
      try {
        const otherCounts = await seedDemo(other.db);
        expect(otherCounts).toEqual(counts);
        expect(await digest(other)).toEqual(await digest(db));
      } finally {
        await other.close();
      }
    },
    SEED_TIMEOUT,
  );
});
