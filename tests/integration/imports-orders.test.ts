/**
 * The orders import in detail: kpi_daily equal to the KPIs computed here from the raw orders (after a
 * first import, after a changed file moves orders between keys, and for a file of many batches whose
 * orders straddle batch boundaries); the region found from the ship-to postal code (longest prefix)
 * or country; the ship-from location found from the lanes; local times read in the tenant's zone
 * across a DST change; a changed order's lines replaced.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { CHANGED_FILES, csv, GOOD_FILES, importFile, importPrerequisites, preview, useTempImportsDir, type Caller } from './imports-support';

let db: TestDatabase;
let cleanup: () => void;
let world: Awaited<ReturnType<typeof twoTenants>>;
let caller: Caller;
const TZ = 'America/Chicago';

beforeAll(async () => {
  cleanup = useTempImportsDir();
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
  cleanup();
});
beforeEach(async () => {
  await db.reset();
  world = await twoTenants(db.db);
  caller = await callerFor(db.db, world.people.plannerA);
  await importPrerequisites(caller, world.a.slug, 'orders');
});

const localDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const round = (n: number) => Math.round(n * 10_000) / 10_000;

const emptyKpis = () => ({ orders: 0, unitsOrdered: 0, unitsShipped: 0, unitsShippedFirst: 0, unitsBackordered: 0, complete: 0, delivered: 0, onTime: 0, deliveryDays: 0, shippingCost: 0, cogs: 0, revenue: 0 });

/** DESIGN.md §6's daily figures per (local order day, region, ship-from), computed from raw orders. */
async function kpisFromRawOrders(tenantId: string) {
  const orders = await db.ownerQuery<{ id: string; region_id: string; ship_from_location_id: string | null; ordered_at: Date; promised_at: Date | null; delivered_at: Date | null; shipping_cost: string; status: string }>(
    `select id, region_id, ship_from_location_id, ordered_at, promised_at, delivered_at, shipping_cost::text, status::text from orders where tenant_id = $1`,
    [tenantId],
  );
  const lines = await db.ownerQuery<{ order_id: string; qty_ordered: number; qty_shipped: number; qty_shipped_first: number; qty_backordered: number; unit_price: string; unit_cost: string }>(
    `select l.order_id, l.qty_ordered, l.qty_shipped, l.qty_shipped_first, l.qty_backordered, l.unit_price::text, s.unit_cost::text
     from order_lines l join skus s on s.tenant_id = l.tenant_id and s.id = l.sku_id where l.tenant_id = $1`,
    [tenantId],
  );
  const slaRows = await db.ownerQuery<{ region_id: string; effective_from: string; target_delivery_days: string }>(
    `select region_id, effective_from::text, target_delivery_days::text from slas where tenant_id = $1 order by effective_from`,
    [tenantId],
  );
  const out = new Map<string, ReturnType<typeof emptyKpis>>();
  for (const o of orders) {
    if (o.status === 'cancelled' || !o.ship_from_location_id) continue;
    const day = localDay(new Date(o.ordered_at));
    const key = `${day}|${o.region_id}|${o.ship_from_location_id}`;
    const k = out.get(key) ?? emptyKpis();
    const own = lines.filter((l) => l.order_id === o.id);
    k.orders += 1;
    for (const l of own) {
      k.unitsOrdered += l.qty_ordered;
      k.unitsShipped += l.qty_shipped;
      k.unitsShippedFirst += l.qty_shipped_first;
      k.unitsBackordered += l.qty_backordered;
      k.cogs += l.qty_shipped * Number(l.unit_cost);
      k.revenue += l.qty_ordered * Number(l.unit_price);
    }
    if (own.length > 0 && own.every((l) => l.qty_shipped_first === l.qty_ordered)) k.complete += 1;
    if (o.delivered_at) {
      const days = (new Date(o.delivered_at).getTime() - new Date(o.ordered_at).getTime()) / 86_400_000;
      k.delivered += 1;
      k.deliveryDays += days;
      const target = slaRows.filter((s) => s.region_id === o.region_id && s.effective_from <= day).pop();
      const onTime = o.promised_at ? new Date(o.delivered_at) <= new Date(o.promised_at) : target ? days <= Number(target.target_delivery_days) : false;
      if (onTime) k.onTime += 1;
    }
    k.shippingCost += Number(o.shipping_cost);
    out.set(key, k);
  }
  return new Map([...out].map(([key, k]) => [key, Object.fromEntries(Object.entries(k).map(([f, v]) => [f, round(v)]))]));
}

async function kpiDailyRows(tenantId: string) {
  const rows = await db.ownerQuery<Record<string, string | number>>(
    `select day::text, region_id, location_id, orders_count, units_ordered, units_shipped, units_shipped_first, units_backordered, complete_orders,
            delivered_orders, on_time_orders, delivery_days_sum::float8, shipping_cost_sum::float8, cogs_shipped::float8, revenue_ordered::float8
     from kpi_daily where tenant_id = $1`,
    [tenantId],
  );
  return new Map(
    rows.map((r) => [
      `${r.day}|${r.region_id}|${r.location_id}`,
      {
        orders: Number(r.orders_count),
        unitsOrdered: Number(r.units_ordered),
        unitsShipped: Number(r.units_shipped),
        unitsShippedFirst: Number(r.units_shipped_first),
        unitsBackordered: Number(r.units_backordered),
        complete: Number(r.complete_orders),
        delivered: Number(r.delivered_orders),
        onTime: Number(r.on_time_orders),
        deliveryDays: round(Number(r.delivery_days_sum)),
        shippingCost: round(Number(r.shipping_cost_sum)),
        cogs: round(Number(r.cogs_shipped)),
        revenue: round(Number(r.revenue_ordered)),
      },
    ]),
  );
}

async function expectKpisMatchRawOrders() {
  const expected = await kpisFromRawOrders(world.a.id);
  expect(expected.size).toBeGreaterThan(0);
  expect(await kpiDailyRows(world.a.id)).toEqual(expected);
}

describe('orders import keeps kpi_daily equal to the raw orders', () => {
  it('after a first import and after a changed file moves orders between keys', async () => {
    await importFile(caller, world.a.slug, 'orders', GOOD_FILES.orders);
    await expectKpisMatchRawOrders();
    await importFile(caller, world.a.slug, 'orders', CHANGED_FILES.orders.file);
    await expectKpisMatchRawOrders();
    // SO-3 moved from open to shipped complete; SO-4 added; SO-2 untouched.
    const [so3] = await db.ownerQuery<{ status: string }>(`select status::text from orders where external_ref = 'SO-3'`);
    expect(so3?.status).toBe('shipped');
    // A change of region and ship-from moves the order to another key: the old key's row goes.
    await importFile(caller, world.a.slug, 'orders', csv('external_ref,ordered_at,region_code,ship_from_location_code,sku_code,qty_ordered', 'SO-4,2025-03-06 08:00,US-S,DAL-RDC,SKU-1002,1'));
    await expectKpisMatchRawOrders();
  });

  it('for a file of several batches whose orders straddle the batch boundaries', async () => {
    const lines = ['external_ref,ordered_at,region_code,ship_from_location_code,promised_at,delivered_at,shipping_cost,sku_code,qty_ordered,qty_shipped,qty_shipped_first,unit_price'];
    const skus = ['SKU-1001', 'SKU-1002', 'SKU-1003'];
    let n = 0;
    for (let order = 0; lines.length <= 5_600; order++) {
      const day = 1 + (order % 27);
      const region = order % 3 === 0 ? 'US-NE' : 'US-S';
      const from = region === 'US-NE' ? 'MEM-CDC' : order % 2 ? 'DAL-RDC' : 'MEM-CDC';
      const delivered = order % 4 === 0 ? '' : `2025-02-${String(Math.min(28, day + 1 + (order % 3))).padStart(2, '0')} 12:00`;
      const promised = order % 5 === 0 ? '' : `2025-02-${String(Math.min(28, day + 2)).padStart(2, '0')} 18:00`;
      for (let l = 0; l < 1 + (order % 3); l++, n++) {
        const qty = 1 + ((order + l) % 4);
        lines.push(`SO-B${order},2025-02-${String(day).padStart(2, '0')} 0${order % 10}:30,${region},${from},${promised},${delivered},${(order % 7) + 0.5},${skus[l]},${qty},${qty},${qty - (order % 2)},${10 + l}`);
      }
    }
    const { preview: p, commit } = await importFile(caller, world.a.slug, 'orders', lines.join('\n') + '\n');
    expect(p.import.errors).toEqual([]);
    expect(commit.import.status).toBe('committed');
    const [counts] = await db.ownerQuery<{ orders: string; lines: string }>(
      `select (select count(*) from orders where tenant_id = $1)::text as orders, (select count(*) from order_lines where tenant_id = $1)::text as lines`,
      [world.a.id],
    );
    expect(Number(counts?.lines)).toBe(n);
    expect(Number(counts?.orders)).toBe(commit.import.counts.new);
    await expectKpisMatchRawOrders();
  });
});

describe('orders import derives what the file leaves out', () => {
  it('the region from the longest postal prefix, else the only region of the country; the ship-from from the lanes', async () => {
    await importFile(caller, world.a.slug, 'regions', csv('code,name,country,postal_prefixes', 'US-TX,Dallas metro,US,752 753'));
    const { commit } = await importFile(
      caller,
      world.a.slug,
      'orders',
      csv(
        'external_ref,ordered_at,ship_to_postal_code,ship_to_country,sku_code,qty_ordered',
        'P-1,2025-03-03 09:00,75201,US,SKU-1001,1',
        'P-2,2025-03-03 09:00,77001,US,SKU-1001,1',
        'P-3,2025-03-03 09:00,K1A 0B1,CA,SKU-1001,1',
        'P-4,2025-03-03 09:00,10001,,SKU-1001,1',
      ),
    );
    expect(commit.import.status).toBe('committed');
    const rows = await db.ownerQuery<{ ref: string; region: string; from: string }>(
      `select o.external_ref as ref, r.code as region, l.code as "from" from orders o join regions r on r.id = o.region_id join locations l on l.id = o.ship_from_location_id order by o.external_ref`,
    );
    expect(rows).toEqual([
      // 752… matches both "75" (US-S) and "752" (US-TX): the longest wins. US-TX has no lane: the central location.
      { ref: 'P-1', region: 'US-TX', from: 'MEM-CDC' },
      // US-S is served by DAL-RDC parcel (1.5 days, $2.10) and MEM-CDC LTL (2 days, $1.80): both meet the 2-day SLA, LTL is cheaper.
      { ref: 'P-2', region: 'US-S', from: 'MEM-CDC' },
      { ref: 'P-3', region: 'CA-ON', from: 'TOR-3PL' },
      { ref: 'P-4', region: 'US-NE', from: 'MEM-CDC' },
    ]);
  });

  it('a postal code no region matches, in a country of several regions, is a row error', async () => {
    const p = await preview(caller, world.a.slug, 'orders', csv('external_ref,ordered_at,ship_to_postal_code,ship_to_country,sku_code,qty_ordered', 'P-9,2025-03-03 09:00,99501,US,SKU-1001,1'));
    expect(p.import.errors).toEqual([{ row: 2, column: 'ship_to_postal_code', message: expect.stringMatching(/No region matches postal code 99501 in country US/) }]);
  });
});

describe('orders import reads the file as its author meant it', () => {
  it('local times in the tenant time zone across the DST change; zoned times as given', async () => {
    await importFile(
      caller,
      world.a.slug,
      'orders',
      csv(
        'external_ref,ordered_at,region_code,ship_from_location_code,sku_code,qty_ordered',
        'T-1,2025-03-03 09:14,US-S,DAL-RDC,SKU-1001,1',
        'T-2,2025-03-10 09:14,US-S,DAL-RDC,SKU-1001,1',
        'T-3,2025-03-10T09:14:00+02:00,US-S,DAL-RDC,SKU-1001,1',
        'T-4,2025-03-10,US-S,DAL-RDC,SKU-1001,1',
      ),
    );
    const rows = await db.ownerQuery<{ ref: string; at: string }>(`select external_ref as ref, to_char(ordered_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as at from orders order by external_ref`);
    expect(rows).toEqual([
      { ref: 'T-1', at: '2025-03-03 15:14' },
      { ref: 'T-2', at: '2025-03-10 14:14' },
      { ref: 'T-3', at: '2025-03-10 07:14' },
      { ref: 'T-4', at: '2025-03-10 05:00' },
    ]);
  });

  it('text with quotes, backslashes, commas and accents is stored exactly as written', async () => {
    const channels = ['b2b "key account"', 'back\\slash', 'web, mobile', 'Café naïve ☕', '{braces}', 'NULL'];
    const rows = channels.map((c, i) => `K-${i},2025-03-03 09:00,US-S,DAL-RDC,"${c.replace(/"/g, '""')}",SKU-1001,1`);
    const { commit } = await importFile(caller, world.a.slug, 'orders', csv('external_ref,ordered_at,region_code,ship_from_location_code,channel,sku_code,qty_ordered', ...rows));
    expect(commit.import.status).toBe('committed');
    const stored = await db.ownerQuery<{ channel: string }>(`select channel from orders order by external_ref`);
    expect(stored.map((r) => r.channel)).toEqual(channels);
  });

  it("a changed order's lines are replaced, and units shipped on the first shipment default to the units shipped", async () => {
    await importFile(caller, world.a.slug, 'orders', GOOD_FILES.orders);
    const changed = GOOD_FILES.orders.split('\n').filter((l) => !l.includes('SKU-1003')).join('\n');
    const { commit } = await importFile(caller, world.a.slug, 'orders', changed);
    expect(commit.import.counts).toMatchObject({ updated: 1, unchanged: 2, new: 0 });
    const lines = await db.ownerQuery<{ sku: string; shipped: number; first: number }>(
      `select s.code as sku, l.qty_shipped as shipped, l.qty_shipped_first as first from order_lines l join orders o on o.id = l.order_id join skus s on s.id = l.sku_id where o.external_ref = 'SO-1'`,
    );
    expect(lines).toEqual([{ sku: 'SKU-1001', shipped: 2, first: 2 }]);
  });
});
