/**
 * Orders: list/get/create through the router, and the kpi_daily rollup — a hand-computed example
 * (local order days in America/Chicago, on time with a promise and by the SLA in force without one),
 * idempotency, key moves, and the KPI cards (orders.kpis, read from kpi_daily) equal to the same KPIs
 * computed here from the raw orders of a random demo-like history; and the rollup of the whole demo seed
 * reproduces the kpi_daily rows the seed computed on its own.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withTenant, type Tx } from '@/db/client';
import { kpiDaily, locations, orderLines, orders, regions, skus, slas } from '@/db/schema';
import { kpiKeysOfOrders, rollupKpiDaily } from '@/server/services/orders/rollup';
import { seedDemo } from '@/db/seed';
import { DEMO_IMPORTER } from '@/db/seed/demo-accounts';
import { organizations } from '@/db/schema';
import { withGlobal } from '@/db/client';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath } from './support/procedures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
const TZ = 'America/Chicago';

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

interface Net {
  r1: string;
  r2: string;
  l1: string;
  l2: string;
  s1: string;
  s2: string;
}

/** Two regions (R1 with SLA 3 days from Jan 1, 5 days from Mar 3; R2 without SLA), two locations, two SKUs. */
async function network(tenantId: string, prefix: string): Promise<Net> {
  return withTenant(db.db, tenantId, async (tx) => {
    const [r1, r2] = await tx
      .insert(regions)
      .values([
        { tenantId, code: `${prefix}-R1`, name: 'Region one', country: 'US', postalPrefixes: ['1'], centroidLat: 40, centroidLng: -75 },
        { tenantId, code: `${prefix}-R2`, name: 'Region two', country: 'US', postalPrefixes: ['9', '94'], centroidLat: 37, centroidLng: -120 },
      ])
      .returning();
    const [l1, l2] = await tx
      .insert(locations)
      .values([
        { tenantId, code: `${prefix}-L1`, name: 'Location one', country: 'US', isCentral: true, lat: 35, lng: -90 },
        { tenantId, code: `${prefix}-L2`, name: 'Location two', country: 'US', lat: 39, lng: -119 },
      ])
      .returning();
    const [s1, s2] = await tx
      .insert(skus)
      .values([
        { tenantId, code: `${prefix}-S1`, name: 'Widget', unitCost: 10, unitPrice: 25 },
        { tenantId, code: `${prefix}-S2`, name: 'Gadget', unitCost: 4, unitPrice: 8 },
      ])
      .returning();
    await tx.insert(slas).values([
      { tenantId, regionId: r1!.id, effectiveFrom: '2026-01-01', targetDeliveryDays: 3 },
      { tenantId, regionId: r1!.id, effectiveFrom: '2026-03-03', targetDeliveryDays: 5 },
    ]);
    return { r1: r1!.id, r2: r2!.id, l1: l1!.id, l2: l2!.id, s1: s1!.id, s2: s2!.id };
  });
}

type LineSpec = { sku: string; ordered: number; shipped: number; first?: number; back?: number; price: number };
interface OrderSpec {
  ref: string;
  region: string;
  from: string;
  orderedAt: string;
  promisedAt?: string | null;
  shippedAt?: string | null;
  deliveredAt?: string | null;
  status: 'open' | 'shipped' | 'delivered' | 'cancelled';
  shippingCost: number;
  lines: LineSpec[];
}

async function insertOrders(tx: Tx, tenantId: string, specs: OrderSpec[]): Promise<string[]> {
  const ids: string[] = [];
  for (const o of specs) {
    const [row] = await tx
      .insert(orders)
      .values({
        tenantId,
        externalRef: o.ref,
        regionId: o.region,
        shipFromLocationId: o.from,
        orderedAt: new Date(o.orderedAt),
        promisedAt: o.promisedAt ? new Date(o.promisedAt) : null,
        shippedAt: o.shippedAt ? new Date(o.shippedAt) : o.deliveredAt ? new Date(o.deliveredAt) : null,
        deliveredAt: o.deliveredAt ? new Date(o.deliveredAt) : null,
        status: o.status,
        shippingCost: o.shippingCost,
      })
      .returning({ id: orders.id });
    await tx.insert(orderLines).values(
      o.lines.map((l) => ({ tenantId, orderId: row!.id, skuId: l.sku, qtyOrdered: l.ordered, qtyShipped: l.shipped, qtyShippedFirst: l.first ?? l.shipped, qtyBackordered: l.back ?? 0, unitPrice: l.price })),
    );
    ids.push(row!.id);
  }
  return ids;
}

const rollupCtx = (tx: Tx, tenantId: string) => ({ tx, tenant: { id: tenantId, timezone: TZ } });

async function kpiRows(tenantId: string) {
  return withTenant(db.db, tenantId, (tx) =>
    tx
      .select()
      .from(kpiDaily)
      .where(eq(kpiDaily.tenantId, tenantId))
      .orderBy(kpiDaily.day, kpiDaily.regionId, kpiDaily.locationId),
  );
}
const values = (rows: Awaited<ReturnType<typeof kpiRows>>) => rows.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);

/** The hand-computed example of the module comment. */
function handExample(n: Net): OrderSpec[] {
  return [
    // Mar 2 10:00 CST, promised in 3 days, delivered after 1.5: on time; every line complete on first shipment.
    { ref: 'O1', region: n.r1, from: n.l1, orderedAt: '2026-03-02T16:00:00Z', promisedAt: '2026-03-05T16:00:00Z', deliveredAt: '2026-03-04T04:00:00Z', status: 'delivered', shippingCost: 12.5, lines: [{ sku: n.s1, ordered: 4, shipped: 4, price: 25 }, { sku: n.s2, ordered: 10, shipped: 10, price: 8 }] },
    // Mar 3 05:30 UTC is Mar 2 23:30 CST: local day Mar 2, SLA then 3 days; 4 days without a promise: late.
    { ref: 'O2', region: n.r1, from: n.l1, orderedAt: '2026-03-03T05:30:00Z', deliveredAt: '2026-03-07T05:30:00Z', status: 'delivered', shippingCost: 7.5, lines: [{ sku: n.s1, ordered: 2, shipped: 1, first: 1, back: 1, price: 25 }] },
    // Mar 3 09:00 CST: SLA 5 days from Mar 3; 4 days without a promise: on time.
    { ref: 'O3', region: n.r1, from: n.l1, orderedAt: '2026-03-03T15:00:00Z', deliveredAt: '2026-03-07T15:00:00Z', status: 'delivered', shippingCost: 3, lines: [{ sku: n.s2, ordered: 5, shipped: 5, price: 8 }] },
    // Cancelled: in no column.
    { ref: 'O4', region: n.r1, from: n.l1, orderedAt: '2026-03-02T18:00:00Z', status: 'cancelled', shippingCost: 99, lines: [{ sku: n.s1, ordered: 50, shipped: 0, price: 25 }] },
    // Open, nothing shipped: counts as an order, not complete, not delivered.
    { ref: 'O5', region: n.r1, from: n.l1, orderedAt: '2026-03-02T20:00:00Z', status: 'open', shippingCost: 0, lines: [{ sku: n.s1, ordered: 3, shipped: 0, price: 25 }] },
    // Region without SLA, no promise, delivered in 1 day: delivered but not on time (nothing to meet).
    { ref: 'O6', region: n.r2, from: n.l2, orderedAt: '2026-03-02T16:00:00Z', deliveredAt: '2026-03-03T16:00:00Z', status: 'delivered', shippingCost: 4, lines: [{ sku: n.s2, ordered: 1, shipped: 1, price: 8 }] },
  ];
}

describe('kpi_daily rollup', () => {
  let net: Net;
  let ids: string[];
  beforeEach(async () => {
    await db.reset();
    world = await twoTenants(db.db);
    net = await network(world.a.id, 'A');
    ids = await withTenant(db.db, world.a.id, async (tx) => {
      const inserted = await insertOrders(tx, world.a.id, handExample(net));
      await rollupKpiDaily(rollupCtx(tx, world.a.id), { orderIds: inserted });
      return inserted;
    });
  });

  it('equals the hand-computed aggregates of the raw orders', async () => {
    const rows = values(await kpiRows(world.a.id));
    const pick = (day: string, region: string) => rows.find((r) => r.day === day && r.regionId === region);
    expect(rows).toHaveLength(3);
    expect(pick('2026-03-02', net.r1)).toMatchObject({
      locationId: net.l1, ordersCount: 3, unitsOrdered: 19, unitsShipped: 15, unitsShippedFirst: 15, unitsBackordered: 1,
      completeOrders: 1, deliveredOrders: 2, onTimeOrders: 1, deliveryDaysSum: 5.5, shippingCostSum: 20, cogsShipped: 90, revenueOrdered: 305,
    });
    expect(pick('2026-03-03', net.r1)).toMatchObject({
      locationId: net.l1, ordersCount: 1, unitsOrdered: 5, unitsShipped: 5, unitsShippedFirst: 5, unitsBackordered: 0,
      completeOrders: 1, deliveredOrders: 1, onTimeOrders: 1, deliveryDaysSum: 4, shippingCostSum: 3, cogsShipped: 20, revenueOrdered: 40,
    });
    expect(pick('2026-03-02', net.r2)).toMatchObject({ locationId: net.l2, ordersCount: 1, deliveredOrders: 1, onTimeOrders: 0, deliveryDaysSum: 1, completeOrders: 1 });
  });

  it('is idempotent: a second run (by orders, keys or day range) leaves the same rows and ids', async () => {
    const first = values(await kpiRows(world.a.id));
    await withTenant(db.db, world.a.id, async (tx) => {
      const ctx = rollupCtx(tx, world.a.id);
      expect(await rollupKpiDaily(ctx, { orderIds: ids })).toMatchObject({ keys: 3, upserted: 3, deleted: 0 });
      await rollupKpiDaily(ctx, { keys: await kpiKeysOfOrders(ctx, ids) });
      expect(await rollupKpiDaily(ctx, { days: { from: '2026-03-01', to: '2026-03-31' } })).toMatchObject({ keys: 3, upserted: 3, deleted: 0 });
    });
    expect(values(await kpiRows(world.a.id))).toEqual(first);
  });

  it('recomputes after an update and deletes a key whose orders moved away', async () => {
    const [o1, , o3] = ids as [string, string, string];
    await withTenant(db.db, world.a.id, async (tx) => {
      const ctx = rollupCtx(tx, world.a.id);
      const before = await kpiKeysOfOrders(ctx, [o1, o3]);
      await tx.update(orders).set({ status: 'cancelled' }).where(and(eq(orders.tenantId, world.a.id), eq(orders.id, o1)));
      await tx.update(orders).set({ shipFromLocationId: net.l2 }).where(and(eq(orders.tenantId, world.a.id), eq(orders.id, o3)));
      const after = await kpiKeysOfOrders(ctx, [o1, o3]);
      expect(await rollupKpiDaily(ctx, { keys: [...before, ...after] })).toMatchObject({ keys: 3, upserted: 2, deleted: 1 });
    });
    const rows = values(await kpiRows(world.a.id));
    expect(rows.find((r) => r.day === '2026-03-02' && r.regionId === net.r1)).toMatchObject({ ordersCount: 2, unitsOrdered: 5, deliveredOrders: 1, onTimeOrders: 0, deliveryDaysSum: 4, shippingCostSum: 7.5, completeOrders: 0 });
    expect(rows.find((r) => r.day === '2026-03-03' && r.locationId === net.l1)).toBeUndefined();
    expect(rows.find((r) => r.day === '2026-03-03' && r.locationId === net.l2)).toMatchObject({ ordersCount: 1, onTimeOrders: 1 });
  });

  it('only touches the calling tenant', async () => {
    const netB = await network(world.b.id, 'B');
    await withTenant(db.db, world.b.id, async (tx) => {
      const [id] = await insertOrders(tx, world.b.id, [{ ref: 'B1', region: netB.r1, from: netB.l1, orderedAt: '2026-03-02T16:00:00Z', status: 'open', shippingCost: 1, lines: [{ sku: netB.s1, ordered: 1, shipped: 0, price: 1 }] }]);
      // A's order ids from inside B's transaction: invisible (RLS and the tenant filter), nothing rolled up.
      expect(await rollupKpiDaily(rollupCtx(tx, world.b.id), { orderIds: ids })).toEqual({ keys: 0, upserted: 0, deleted: 0 });
      await rollupKpiDaily(rollupCtx(tx, world.b.id), { orderIds: [id!] });
    });
    expect(await kpiRows(world.b.id)).toHaveLength(1);
    expect(await kpiRows(world.a.id)).toHaveLength(3);
  });
});

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const localDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/** A month of orders like the demo's: most delivered, some late, some without promise, some open or cancelled. */
function demoLikeOrders(n: Net, count: number): OrderSpec[] {
  const rnd = random(20260301);
  const out: OrderSpec[] = [];
  for (let i = 0; i < count; i++) {
    const ordered = Date.parse('2026-02-20T00:00:00Z') + Math.floor(rnd() * 28 * 24) * HOUR + Math.floor(rnd() * 60) * 60_000;
    const delivered = ordered + (0.5 + rnd() * 5.5) * 24 * HOUR;
    const roll = rnd();
    const status = roll < 0.05 ? 'cancelled' : roll < 0.12 ? 'open' : roll < 0.2 ? 'shipped' : 'delivered';
    const lines: LineSpec[] = [n.s1, n.s2].filter(() => rnd() < 0.7).map((sku) => {
      const ordered = 1 + Math.floor(rnd() * 12);
      const shipped = status === 'open' || status === 'cancelled' ? 0 : rnd() < 0.85 ? ordered : Math.floor(rnd() * ordered);
      return { sku, ordered, shipped, first: shipped, back: ordered - shipped, price: sku === n.s1 ? 25 : 8 };
    });
    if (lines.length === 0) lines.push({ sku: n.s1, ordered: 1, shipped: status === 'open' ? 0 : 1, price: 25 });
    out.push({
      ref: `D${i}`,
      region: rnd() < 0.6 ? n.r1 : n.r2,
      from: rnd() < 0.5 ? n.l1 : n.l2,
      orderedAt: new Date(ordered).toISOString(),
      promisedAt: rnd() < 0.7 ? new Date(ordered + (1 + Math.floor(rnd() * 4)) * 24 * HOUR).toISOString() : null,
      shippedAt: status === 'open' ? null : new Date(ordered + 6 * HOUR).toISOString(),
      deliveredAt: status === 'delivered' || (status === 'cancelled' && rnd() < 0.5) ? new Date(delivered).toISOString() : null,
      status,
      shippingCost: Math.round(rnd() * 2000) / 100,
      lines,
    });
  }
  return out;
}

/** DESIGN.md §6 straight from raw orders, written independently of the SQL rollup. */
function rawKpis(specs: OrderSpec[], n: Net, filter: { region?: string; from?: string; to?: string; location?: string }) {
  const slaDays = (region: string, day: string) => (region === n.r1 ? (day >= '2026-03-03' ? 5 : day >= '2026-01-01' ? 3 : null) : null);
  let count = 0, complete = 0, delivered = 0, onTime = 0, daysSum = 0, cost = 0, shipped = 0, ordered = 0, first = 0;
  for (const o of specs) {
    const day = localDay(o.orderedAt);
    if (o.status === 'cancelled') continue;
    if ((filter.region && o.region !== filter.region) || (filter.location && o.from !== filter.location)) continue;
    if ((filter.from && day < filter.from) || (filter.to && day > filter.to)) continue;
    count++;
    cost += o.shippingCost;
    for (const l of o.lines) {
      shipped += l.shipped;
      ordered += l.ordered;
      first += l.first ?? l.shipped;
    }
    if (o.lines.every((l) => (l.first ?? l.shipped) === l.ordered)) complete++;
    if (o.deliveredAt) {
      delivered++;
      const days = (Date.parse(o.deliveredAt) - Date.parse(o.orderedAt)) / (24 * HOUR);
      daysSum += days;
      const sla = slaDays(o.region, day);
      if (o.promisedAt ? Date.parse(o.deliveredAt) <= Date.parse(o.promisedAt) : sla !== null && days <= sla) onTime++;
    }
  }
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  return {
    ordersCount: count,
    figures: { avgDeliveryDays: ratio(daysSum, delivered), onTimeRate: ratio(onTime, delivered), shippingCostPerUnit: ratio(cost, shipped), orderFillRate: ratio(complete, count), lineFillRate: ratio(first, ordered) },
  };
}

describe('KPI cards from kpi_daily', () => {
  it('equal the KPIs computed from the raw orders, for every filter', async () => {
    await db.reset();
    world = await twoTenants(db.db);
    const net = await network(world.a.id, 'A');
    const specs = demoLikeOrders(net, 400);
    await withTenant(db.db, world.a.id, async (tx) => {
      await insertOrders(tx, world.a.id, specs);
      await rollupKpiDaily(rollupCtx(tx, world.a.id), { days: { from: '2026-02-01', to: '2026-03-31' } });
    });
    const caller = await callerFor(db.db, world.people.viewerA);
    const filters = [{}, { region: net.r1 }, { location: net.l2 }, { from: '2026-03-01', to: '2026-03-10' }, { region: net.r2, location: net.l1, from: '2026-02-25' }];
    for (const f of filters) {
      const got = await caller.orders.kpis({ org: world.a.slug, regionId: f.region, shipFromLocationId: f.location, from: f.from, to: f.to });
      const want = rawKpis(specs, net, f);
      expect(got.sums.ordersCount, JSON.stringify(f)).toBe(want.ordersCount);
      expect(want.ordersCount).toBeGreaterThan(10);
      for (const [key, value] of Object.entries(want.figures)) {
        const actual = got.figures[key as keyof typeof want.figures];
        expect(actual, `${key} ${JSON.stringify(f)}`).not.toBeNull();
        // delivery_days_sum is numeric(14,4) per row: allow that rounding, nothing more.
        expect(actual!, `${key} ${JSON.stringify(f)}`).toBeCloseTo(value!, 4);
      }
    }
  });

  it('a viewer of tenant B cannot read A through orders.kpis', async () => {
    const caller = await callerFor(db.db, world.people.ownerB);
    expect(await callPath(caller, 'orders.kpis', { org: world.a.slug })).toBe('NOT_FOUND');
  });
});

describe('the demo seed', () => {
  it('recomputed by the rollup gives exactly the kpi_daily rows the seed wrote', async () => {
    await db.reset();
    await seedDemo(db.db);
    // As db/cli/seed.ts does: the statistics of this file's earlier, tiny tables would otherwise steer the
    // rollup's per-key lookups into scans (on a server whose autovacuum analyzed them: minutes, not seconds).
    await db.ownerQuery('analyze');
    const [org] = await withGlobal(db.db, (tx) => tx.select().from(organizations).where(eq(organizations.slug, DEMO_IMPORTER.slug)));
    const tenantId = org!.id;
    const byKey = (rows: Awaited<ReturnType<typeof kpiRows>>) => new Map(values(rows).map(({ id: _id, tenantId: _t, ...r }) => [`${r.day}|${r.regionId}|${r.locationId}`, r]));
    const seeded = byKey(await kpiRows(tenantId));
    const result = await withTenant(db.db, tenantId, (tx) => rollupKpiDaily({ tx, tenant: { id: tenantId, timezone: org!.timezone } }, { days: { from: '2000-01-01', to: '2100-12-31' } }));
    const rolled = byKey(await kpiRows(tenantId));
    expect(seeded.size).toBeGreaterThan(1000);
    expect(result).toEqual({ keys: seeded.size, upserted: seeded.size, deleted: 0 });
    expect([...rolled.keys()].sort()).toEqual([...seeded.keys()].sort());
    for (const [key, want] of seeded) {
      const got = rolled.get(key)!;
      // The seed rounds each row's delivery-days sum to 4 decimals from exact milliseconds; the database sums, then rounds.
      // Two roundings of half a unit in the 4th decimal each, plus the float error of the subtraction.
      expect(Math.abs(got.deliveryDaysSum - want.deliveryDaysSum), key).toBeLessThanOrEqual(0.0001 + 1e-9);
      expect({ ...got, deliveryDaysSum: 0 }, key).toEqual({ ...want, deliveryDaysSum: 0 });
    }
    // The rollup also rebuilds sku_daily for every key now: about twice the work of kpi_daily alone.
  }, 420_000);
});
