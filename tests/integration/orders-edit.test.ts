/**
 * orders.update and orders.cancel through the router: an edit replaces header and lines and moves the
 * order between kpi_daily rows (old and new keys recomputed, equal to the raw orders); a cancel takes the
 * order out of every KPI; shipped or cancelled orders refuse what they cannot do; foreign ids and viewers
 * change nothing; every change is audited.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { auditLog, kpiDaily, locations, regions, skus } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath } from './support/procedures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
let a: { east: string; west: string; mem: string; rno: string; widget: string; gadget: string };

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.reset();
  world = await twoTenants(db.db);
  const tenantId = world.a.id;
  a = await withTenant(db.db, tenantId, async (tx) => {
    const [east, west] = await tx.insert(regions).values([
      { tenantId, code: 'EAST', name: 'East', country: 'US' },
      { tenantId, code: 'WEST', name: 'West', country: 'US' },
    ]).returning();
    const [mem, rno] = await tx.insert(locations).values([
      { tenantId, code: 'MEM', name: 'Memphis', country: 'US', isCentral: true },
      { tenantId, code: 'RNO', name: 'Reno', country: 'US' },
    ]).returning();
    const [widget, gadget] = await tx.insert(skus).values([
      { tenantId, code: 'W1', name: 'Widget', unitCost: 10, unitPrice: 25 },
      { tenantId, code: 'G1', name: 'Gadget', unitCost: 4, unitPrice: 8 },
    ]).returning();
    return { east: east!.id, west: west!.id, mem: mem!.id, rno: rno!.id, widget: widget!.id, gadget: gadget!.id };
  });
});

const header = (over: Record<string, unknown> = {}) => ({
  externalRef: 'SO-1',
  regionId: a.east,
  shipFromLocationId: a.mem,
  orderedAt: new Date('2026-03-02T16:00:00Z'),
  promisedAt: new Date('2026-03-05T16:00:00Z'),
  shippingCost: 12,
  lines: [{ skuId: a.widget, qtyOrdered: 4, unitPrice: 25 }],
  ...over,
});

async function kpiRows() {
  const rows = await withTenant(db.db, world.a.id, (tx) => tx.select().from(kpiDaily).where(eq(kpiDaily.tenantId, world.a.id)));
  return rows.map((r) => ({ day: r.day, regionId: r.regionId, locationId: r.locationId, orders: r.ordersCount, units: r.unitsOrdered, shipped: r.unitsShipped, cost: r.shippingCostSum, delivered: r.deliveredOrders })).sort((x, y) => x.day.localeCompare(y.day));
}

describe('orders.update', () => {
  it('replaces header and lines, moves the order between rollup keys, and audits before and after', async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    const created = await planner.orders.create({ org: world.a.slug, ...header() });
    await planner.orders.create({ org: world.a.slug, ...header({ externalRef: 'SO-2', lines: [{ skuId: a.gadget, qtyOrdered: 1 }] }) });
    expect(await kpiRows()).toEqual([{ day: '2026-03-02', regionId: a.east, locationId: a.mem, orders: 2, units: 5, shipped: 0, cost: 24, delivered: 0 }]);

    const updated = await planner.orders.update({
      org: world.a.slug,
      id: created.id,
      order: header({
        regionId: a.west,
        shipFromLocationId: a.rno,
        orderedAt: new Date('2026-03-03T16:00:00Z'),
        shippedAt: new Date('2026-03-04T12:00:00Z'),
        deliveredAt: new Date('2026-03-05T12:00:00Z'),
        shippingCost: 7,
        lines: [
          { skuId: a.widget, qtyOrdered: 2, qtyShipped: 2, unitPrice: 25 },
          { skuId: a.gadget, qtyOrdered: 3, qtyShipped: 3, unitPrice: 8 },
        ],
      }),
    });
    expect(updated).toMatchObject({ status: 'delivered', regionId: a.west, shipFromLocationId: a.rno });
    // SO-2 stays on the old key; SO-1 now sits alone on its new one.
    expect(await kpiRows()).toEqual([
      { day: '2026-03-02', regionId: a.east, locationId: a.mem, orders: 1, units: 1, shipped: 0, cost: 12, delivered: 0 },
      { day: '2026-03-03', regionId: a.west, locationId: a.rno, orders: 1, units: 5, shipped: 5, cost: 7, delivered: 1 },
    ]);
    const got = await planner.orders.get({ org: world.a.slug, id: created.id });
    expect(got.lines.map((l) => [l.skuCode, l.qtyOrdered])).toEqual([['G1', 3], ['W1', 2]]);
    const [audit] = await withTenant(db.db, world.a.id, (tx) => tx.select().from(auditLog).where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'update'))));
    expect((audit?.before as { lines: unknown[] }).lines).toHaveLength(1);
    expect((audit?.after as { lines: unknown[] }).lines).toHaveLength(2);
  });

  it('refuses a duplicate order number, a cancelled order, a foreign SKU and a viewer, changing nothing', async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    const one = await planner.orders.create({ org: world.a.slug, ...header() });
    await planner.orders.create({ org: world.a.slug, ...header({ externalRef: 'SO-2' }) });
    const before = await db.snapshot();
    expect(await callPath(planner, 'orders.update', { org: world.a.slug, id: one.id, order: header({ externalRef: 'SO-2' }) })).toBe('CONFLICT');
    expect(await callPath(planner, 'orders.update', { org: world.a.slug, id: one.id, order: header({ lines: [] }) })).toBe('BAD_REQUEST');
    expect(await callPath(planner, 'orders.update', { org: world.a.slug, id: '01900000-0000-7000-8000-000000000000', order: header() })).toBe('NOT_FOUND');
    const viewer = await callerFor(db.db, world.people.viewerA);
    expect(await callPath(viewer, 'orders.update', { org: world.a.slug, id: one.id, order: header() })).toBe('FORBIDDEN');
    expect(await callPath(viewer, 'orders.cancel', { org: world.a.slug, id: one.id })).toBe('FORBIDDEN');
    const ownerB = await callerFor(db.db, world.people.ownerB);
    expect(await callPath(ownerB, 'orders.update', { org: world.b.slug, id: one.id, order: header() })).toBe('NOT_FOUND');
    expect(await callPath(ownerB, 'orders.cancel', { org: world.b.slug, id: one.id })).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });
});

describe('orders.cancel', () => {
  it('takes an open order out of every KPI and refuses shipped or already cancelled ones', async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    const open = await planner.orders.create({ org: world.a.slug, ...header() });
    const shipped = await planner.orders.create({ org: world.a.slug, ...header({ externalRef: 'SO-2', shippedAt: new Date('2026-03-03T12:00:00Z'), lines: [{ skuId: a.gadget, qtyOrdered: 1, qtyShipped: 1 }] }) });
    const cancelled = await planner.orders.cancel({ org: world.a.slug, id: open.id, reason: 'Customer changed their mind' });
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    expect(await kpiRows()).toEqual([{ day: '2026-03-02', regionId: a.east, locationId: a.mem, orders: 1, units: 1, shipped: 1, cost: 12, delivered: 0 }]);
    await expect(planner.orders.cancel({ org: world.a.slug, id: open.id })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Order SO-1 is already cancelled.' });
    await expect(planner.orders.cancel({ org: world.a.slug, id: shipped.id })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Order SO-2 has shipped; only an open order can be cancelled.' });
    await expect(planner.orders.update({ org: world.a.slug, id: open.id, order: header() })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Cancelling the last order of a key deletes the key's row.
    await planner.orders.update({ org: world.a.slug, id: shipped.id, order: header({ externalRef: 'SO-2', lines: [{ skuId: a.gadget, qtyOrdered: 1 }] }) });
    await planner.orders.cancel({ org: world.a.slug, id: shipped.id });
    expect(await kpiRows()).toEqual([]);
  });
});
