/**
 * orders.list / get / create / options / skuSearch through the router: server-side filters, search,
 * sort and paging; a manual order audited and rolled up; region and ship-from derived when left out;
 * validation, duplicates and foreign ids (NOT_FOUND, nothing changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { auditLog, kpiDaily, lanes, locations, regions, skus, slas } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath } from './support/procedures';
import { ordersExport } from '@/server/csv/exports/orders';
import { ORDER_COLUMNS } from '@/server/imports/entities/orders/columns';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
let a: Awaited<ReturnType<typeof network>>;
let b: Awaited<ReturnType<typeof network>>;

async function network(tenantId: string, prefix: string) {
  return withTenant(db.db, tenantId, async (tx) => {
    const [east, west] = await tx
      .insert(regions)
      .values([
        { tenantId, code: `${prefix}-EAST`, name: 'East', country: 'US', postalPrefixes: ['0', '1'] },
        { tenantId, code: `${prefix}-WEST`, name: 'West', country: 'US', postalPrefixes: ['9', '94'] },
      ])
      .returning();
    const [central, reno] = await tx
      .insert(locations)
      .values([
        { tenantId, code: `${prefix}-MEM`, name: 'Memphis', country: 'US', isCentral: true },
        { tenantId, code: `${prefix}-RNO`, name: 'Reno', country: 'US' },
      ])
      .returning();
    const [widget, gadget] = await tx
      .insert(skus)
      .values([
        { tenantId, code: `${prefix}-W1`, name: 'Widget', unitCost: 10, unitPrice: 25 },
        { tenantId, code: `${prefix}-G1`, name: 'Gadget', unitCost: 4, unitPrice: 8 },
      ])
      .returning();
    await tx.insert(slas).values({ tenantId, regionId: west!.id, effectiveFrom: '2026-01-01', targetDeliveryDays: 2 });
    // West: Memphis is cheaper but takes 4 days; Reno meets the 2-day SLA.
    await tx.insert(lanes).values([
      { tenantId, locationId: central!.id, regionId: west!.id, transitDays: 4, costPerUnit: 5 },
      { tenantId, locationId: reno!.id, regionId: west!.id, transitDays: 1.5, costPerUnit: 6 },
    ]);
    return { east: east!.id, west: west!.id, central: central!.id, reno: reno!.id, widget: widget!.id, gadget: gadget!.id };
  });
}

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
  a = await network(world.a.id, 'A');
  b = await network(world.b.id, 'B');
});
afterAll(() => db.close());

const order = (over: Record<string, unknown> = {}) => ({
  org: world.a.slug,
  externalRef: 'SO-1001',
  regionId: a.east,
  shipFromLocationId: a.central,
  channel: 'web',
  orderedAt: new Date('2026-03-02T16:00:00Z'),
  promisedAt: new Date('2026-03-05T16:00:00Z'),
  shippedAt: new Date('2026-03-03T12:00:00Z'),
  deliveredAt: new Date('2026-03-04T16:00:00Z'),
  shippingCost: 9.5,
  lines: [
    { skuId: a.widget, qtyOrdered: 4, qtyShipped: 4, unitPrice: 25 },
    { skuId: a.gadget, qtyOrdered: 10, qtyShipped: 8, qtyBackordered: 2, unitPrice: 8 },
  ],
  ...over,
});

describe('orders.create and orders.get', () => {
  it('creates an order with lines, audits it and rolls it up', async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    const created = await planner.orders.create(order());
    expect(created).toMatchObject({ status: 'delivered', regionId: a.east, shipFromLocationId: a.central, rollup: { keys: 1, upserted: 1 } });

    const got = await planner.orders.get({ org: world.a.slug, id: created.id });
    expect(got).toMatchObject({ externalRef: 'SO-1001', orderDay: '2026-03-02', region: { code: 'A-EAST' }, shipFrom: { code: 'A-MEM' } });
    expect(got.lines.map((l) => [l.skuCode, l.qtyOrdered, l.qtyShipped, l.qtyShippedFirst, l.lineValue])).toEqual([
      ['A-G1', 10, 8, 8, 80],
      ['A-W1', 4, 4, 4, 100],
    ]);
    expect(got.figures).toEqual({ deliveryDays: 2, onTime: true, completeOnFirstShipment: false, unitsOrdered: 14, unitsShipped: 12 });

    const [audit] = await withTenant(db.db, world.a.id, (tx) => tx.select().from(auditLog).where(and(eq(auditLog.tenantId, world.a.id), eq(auditLog.entityId, created.id))));
    expect(audit).toMatchObject({ action: 'create', entity: 'orders', actorId: world.people.plannerA.id });
    expect((audit?.after as { lines: unknown[] }).lines).toHaveLength(2);
    const [kpi] = await withTenant(db.db, world.a.id, (tx) => tx.select().from(kpiDaily).where(eq(kpiDaily.tenantId, world.a.id)));
    expect(kpi).toMatchObject({ day: '2026-03-02', ordersCount: 1, unitsOrdered: 14, unitsShipped: 12, deliveredOrders: 1, onTimeOrders: 1, deliveryDaysSum: 2, shippingCostSum: 9.5, completeOrders: 0 });
  });

  it('derives the region from the longest postal prefix and the ship-from from the lane that meets the SLA', async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    const created = await planner.orders.create(order({ externalRef: 'SO-1002', regionId: undefined, shipFromLocationId: undefined, shipToPostalCode: '94105', shipToCountry: 'US', deliveredAt: null, status: undefined }));
    expect(created).toMatchObject({ regionId: a.west, shipFromLocationId: a.reno, status: 'shipped' });
    const err = await callPath(planner, 'orders.create', order({ externalRef: 'SO-1003', regionId: undefined, shipToPostalCode: '55401' }));
    expect(err).toBe('BAD_REQUEST');
  });

  it('refuses a duplicate order number and invalid dates or lines, changing nothing', async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    const before = await db.snapshot();
    expect(await callPath(planner, 'orders.create', order())).toBe('CONFLICT');
    expect(await callPath(planner, 'orders.create', order({ externalRef: 'X1', deliveredAt: new Date('2026-03-01T00:00:00Z') }))).toBe('BAD_REQUEST');
    expect(await callPath(planner, 'orders.create', order({ externalRef: 'X2', lines: [] }))).toBe('BAD_REQUEST');
    expect(await callPath(planner, 'orders.create', order({ externalRef: 'X3', lines: [{ skuId: a.widget, qtyOrdered: 2, qtyShipped: 1, qtyShippedFirst: 2 }] }))).toBe('BAD_REQUEST');
    expect(await callPath(planner, 'orders.create', order({ externalRef: 'X4', lines: [{ skuId: a.widget, qtyOrdered: 1 }, { skuId: a.widget, qtyOrdered: 2 }] }))).toBe('BAD_REQUEST');
    expect(await callPath(planner, 'orders.create', order({ externalRef: 'X5', status: 'delivered', deliveredAt: null }))).toBe('BAD_REQUEST');
    expect(await db.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for a foreign tenant’s region, location, SKU or order, changing nothing', async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    const ownerB = await callerFor(db.db, world.people.ownerB);
    const bOrder = await ownerB.orders.create(order({ org: world.b.slug, externalRef: 'B-1', regionId: b.east, shipFromLocationId: b.central, lines: [{ skuId: b.widget, qtyOrdered: 1 }] }));
    const before = await db.snapshot();
    expect(await callPath(planner, 'orders.create', order({ externalRef: 'F1', regionId: b.east }))).toBe('NOT_FOUND');
    expect(await callPath(planner, 'orders.create', order({ externalRef: 'F2', shipFromLocationId: b.central }))).toBe('NOT_FOUND');
    expect(await callPath(planner, 'orders.create', order({ externalRef: 'F3', lines: [{ skuId: b.widget, qtyOrdered: 1 }] }))).toBe('NOT_FOUND');
    expect(await callPath(planner, 'orders.get', { org: world.a.slug, id: bOrder.id })).toBe('NOT_FOUND');
    expect(await callPath(planner, 'orders.get', { org: world.a.slug, id: '01900000-0000-7000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });

  it('is for planners: a viewer gets FORBIDDEN', async () => {
    const viewer = await callerFor(db.db, world.people.viewerA);
    expect(await callPath(viewer, 'orders.create', order({ externalRef: 'V1' }))).toBe('FORBIDDEN');
  });
});

describe('orders.list', () => {
  beforeAll(async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    // Mar 10-14 (CDT from Mar 8); the 23:30 local order on Mar 12 is Mar 13 in UTC.
    const specs = [
      { ref: 'L-1', at: '2026-03-10T15:00:00Z', region: a.east, units: 3, status: 'open' },
      { ref: 'L-2', at: '2026-03-11T15:00:00Z', region: a.west, units: 30, status: 'shipped' },
      { ref: 'L-3', at: '2026-03-13T04:30:00Z', region: a.east, units: 7, status: 'cancelled' },
      { ref: 'L-4', at: '2026-03-14T15:00:00Z', region: a.west, units: 12, status: 'open' },
    ];
    for (const s of specs) {
      await planner.orders.create(
        order({ externalRef: s.ref, regionId: s.region, orderedAt: new Date(s.at), promisedAt: null, shippedAt: s.status === 'shipped' ? new Date(s.at) : null, deliveredAt: null, status: s.status, channel: s.ref === 'L-4' ? 'amazon' : 'web', lines: [{ skuId: a.widget, qtyOrdered: s.units }] }),
      );
    }
  });

  const list = async (input: Record<string, unknown>) => {
    const viewer = await callerFor(db.db, world.people.viewerA);
    return viewer.orders.list({ org: world.a.slug, ...input } as never);
  };

  it('filters by region, status and local-day range, searches, sorts and pages on the server', async () => {
    const refs = (page: { rows: { externalRef: string }[] }) => page.rows.map((r) => r.externalRef);
    expect(refs(await list({ filters: { from: '2026-03-10', to: '2026-03-14' }, sort: 'orderedAt', direction: 'asc' }))).toEqual(['L-1', 'L-2', 'L-3', 'L-4']);
    expect(refs(await list({ filters: { from: '2026-03-12', to: '2026-03-12' } }))).toEqual(['L-3']);
    expect(refs(await list({ filters: { from: '2026-03-10', regionId: a.west } }))).toEqual(['L-4', 'L-2']);
    expect(refs(await list({ filters: { status: 'cancelled' } }))).toEqual(['L-3']);
    expect(refs(await list({ search: 'amazon' }))).toEqual(['L-4']);
    expect(refs(await list({ filters: { from: '2026-03-10' }, sort: 'units', direction: 'desc' }))).toEqual(['L-2', 'L-4', 'L-3', 'L-1']);
    const page2 = await list({ filters: { from: '2026-03-10' }, sort: 'orderedAt', direction: 'asc', pageSize: 3, page: 2 });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(refs(page2)).toEqual(['L-4']);
    expect((await list({ search: 'L-2' })).rows[0]).toMatchObject({ regionCode: 'A-WEST', shipFromCode: 'A-MEM', unitsOrdered: 30, lineCount: 1 });
  });

  it('refuses unknown sort keys, bad filters and reversed ranges', async () => {
    const viewer = await callerFor(db.db, world.people.viewerA);
    for (const input of [{ sort: 'tenantId' }, { filters: { status: 'lost' } }, { filters: { from: '2026-03-14', to: '2026-03-10' } }, { filters: { regionId: 'east' } }]) {
      expect(await callPath(viewer, 'orders.list', { org: world.a.slug, ...input })).toBe('BAD_REQUEST');
    }
  });

  it('shows only the tenant’s own orders and options', async () => {
    const ownerB = await callerFor(db.db, world.people.ownerB);
    const page = await ownerB.orders.list({ org: world.b.slug } as never);
    expect(page.rows.map((r) => r.externalRef)).toEqual(['B-1']);
    const options = await ownerB.orders.options({ org: world.b.slug });
    expect(options.regions.map((r) => r.code)).toEqual(['B-EAST', 'B-WEST']);
    expect((await ownerB.orders.skuSearch({ org: world.b.slug, search: 'widg' })).map((s) => s.code)).toEqual(['B-W1']);
  });

  it('downloads one CSV row per line in the import’s columns, lines of an order together', async () => {
    const viewer = await callerFor(db.db, world.people.viewerA);
    const rows: unknown[][] = [];
    for await (const batch of ordersExport.rows({ caller: viewer, org: world.a.slug, params: { sort: 'orderedAt', direction: 'asc', includeArchived: false, filters: { to: '2026-03-02' } } })) rows.push(...batch);
    expect(ordersExport.header).toEqual(ORDER_COLUMNS.map((c) => c.name));
    const col = (name: string) => ordersExport.header.indexOf(name);
    expect(rows.map((r) => [r[col('external_ref')], r[col('sku_code')], r[col('qty_ordered')], r[col('qty_shipped')], r[col('region_code')], r[col('ship_from_location_code')]])).toEqual([
      ['SO-1001', 'A-G1', 10, 8, 'A-EAST', 'A-MEM'],
      ['SO-1001', 'A-W1', 4, 4, 'A-EAST', 'A-MEM'],
      ['SO-1002', 'A-G1', 10, 8, 'A-WEST', 'A-RNO'],
      ['SO-1002', 'A-W1', 4, 4, 'A-WEST', 'A-RNO'],
    ]);
    expect(rows[0]?.[col('ordered_at')]).toEqual(new Date('2026-03-02T16:00:00Z'));
  });
});
