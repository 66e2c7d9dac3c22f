/** Locations: CRUD through the router, list sorting/search/paging, validation, duplicates, archive rules, roles, tenants, export. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { auditLog, skus, stockLevels, transfers } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, grant, twoTenants } from './support/actors';
import { downloadCsv, refusal } from './support/master-data';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
type Caller = Awaited<ReturnType<typeof callerFor>>;
let owner: Caller;
let planner: Caller;
let viewer: Caller;
let ownerB: Caller;
const A = { org: 'tenant-a' };

const base = { code: 'mem-cdc', name: 'Memphis Central', kind: 'warehouse', country: 'us', city: 'Memphis', lat: 35.04, lng: -89.98, capacityUnits: 600000, holdingRate: 0.22, fixedCostMonth: 96000, handlingCostUnit: 0.85, isCentral: true } as const;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.reset();
  world = await twoTenants(db.db);
  owner = await callerFor(db.db, world.people.ownerA);
  planner = await callerFor(db.db, world.people.plannerA);
  viewer = await callerFor(db.db, world.people.viewerA);
  ownerB = await callerFor(db.db, world.people.ownerB);
});

describe('locations', () => {
  it('creates, reads and updates a location, normalising code and country, and audits each write', async () => {
    const created = await planner.locations.create({ ...A, ...base });
    expect(created).toMatchObject({ code: 'MEM-CDC', country: 'US', kind: 'warehouse', holdingRate: 0.22, isCentral: true, archivedAt: null });
    const detail = await viewer.locations.get({ ...A, id: created.id });
    expect(detail.location).toMatchObject({ code: 'MEM-CDC', capacityUnits: 600000 });
    expect(detail.stock).toEqual({ skuCount: 0, onHandUnits: 0, reservedUnits: 0, inboundUnits: 0, onOrderUnits: 0, valueAtCost: 0 });

    const updated = await planner.locations.update({ ...A, id: created.id, name: 'Memphis CDC', city: '', capacityUnits: null });
    expect(updated).toMatchObject({ name: 'Memphis CDC', city: null, capacityUnits: null, code: 'MEM-CDC', holdingRate: 0.22 });

    const audit = await withTenant(db.db, world.a.id, (tx) => tx.select().from(auditLog).where(eq(auditLog.entityId, created.id)).orderBy(auditLog.at));
    expect(audit.map((e) => e.action)).toEqual(['create', 'update']);
    expect(audit[1]?.before).toMatchObject({ name: 'Memphis Central' });
    expect(audit[1]?.after).toMatchObject({ name: 'Memphis CDC' });
  });

  it('lists with server-side sort, search, filters and pages, with a stable order and the total', async () => {
    for (let i = 0; i < 12; i++) {
      await owner.locations.create({ ...A, code: `L-${String(i).padStart(2, '0')}`, name: i % 2 ? `Odd ${i}` : `Even ${i}`, country: i < 6 ? 'US' : 'CA', kind: i % 3 ? 'dc' : 'warehouse', holdingRate: 0.2 });
    }
    const first = await viewer.locations.list({ ...A, pageSize: 5 });
    expect(first.total).toBe(12);
    expect(first.rows.map((r) => r.code)).toEqual(['L-00', 'L-01', 'L-02', 'L-03', 'L-04']);
    const third = await viewer.locations.list({ ...A, pageSize: 5, page: 3 });
    expect(third.rows.map((r) => r.code)).toEqual(['L-10', 'L-11']);

    const desc = await viewer.locations.list({ ...A, sort: 'code', direction: 'desc', pageSize: 3 });
    expect(desc.rows.map((r) => r.code)).toEqual(['L-11', 'L-10', 'L-09']);

    // All 12 share one holding rate: the id tie-breaker keeps pages disjoint and complete.
    const seen = new Set<string>();
    for (let page = 1; page <= 3; page++) {
      for (const row of (await viewer.locations.list({ ...A, sort: 'holdingRate', pageSize: 5, page })).rows) seen.add(row.id);
    }
    expect(seen.size).toBe(12);

    const odd = await viewer.locations.list({ ...A, search: 'odd' });
    expect(odd.total).toBe(6);
    const oddCanada = await viewer.locations.list({ ...A, search: 'odd', filters: { country: 'ca' } });
    expect(oddCanada.rows.map((r) => r.code)).toEqual(['L-07', 'L-09', 'L-11']);
    const warehouses = await viewer.locations.list({ ...A, filters: { kind: 'warehouse' } });
    expect(warehouses.rows.map((r) => r.code)).toEqual(['L-00', 'L-03', 'L-06', 'L-09']);
  });

  it('treats LIKE wildcards in a search literally', async () => {
    await owner.locations.create({ ...A, code: 'P1', name: 'Dock 50% east', country: 'US' });
    await owner.locations.create({ ...A, code: 'P2', name: 'Dock 50 east', country: 'US' });
    await owner.locations.create({ ...A, code: 'P_3', name: 'Yard', country: 'US' });
    expect((await viewer.locations.list({ ...A, search: '50%' })).rows.map((r) => r.code)).toEqual(['P1']);
    expect((await viewer.locations.list({ ...A, search: 'P_' })).rows.map((r) => r.code)).toEqual(['P_3']);
  });

  it('refuses invalid input with a message per field and writes nothing', async () => {
    const before = await db.snapshot();
    const bad = await refusal(planner.locations.create({ ...A, code: 'bad code!', name: ' ', country: 'XX', lat: 91, lng: 10, capacityUnits: 0, holdingRate: 1.5, fixedCostMonth: -1 }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields).toMatchObject({
      code: expect.stringContaining('letters, digits'),
      name: 'Location name is required.',
      country: expect.stringContaining('two-letter ISO 3166'),
      lat: 'Latitude must be at most 90.',
      capacityUnits: 'Capacity (units) must be greater than 0.',
      holdingRate: 'Holding rate must be at most 1.',
      fixedCostMonth: 'Fixed cost per month cannot be negative.',
    });
    const half = await refusal(planner.locations.create({ ...A, code: 'X', name: 'X', country: 'US', lat: 10 }));
    expect(half.fields.lng).toContain('longitude');
    expect(await db.snapshot()).toEqual(before);
  });

  it('refuses a duplicate code (any case) with a Conflict naming it, on create and on update', async () => {
    const first = await owner.locations.create({ ...A, ...base });
    const dup = await refusal(owner.locations.create({ ...A, ...base, code: 'Mem-Cdc' }));
    expect(dup).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('MEM-CDC') });
    const other = await owner.locations.create({ ...A, ...base, code: 'RNO' });
    const dupUpdate = await refusal(owner.locations.update({ ...A, id: other.id, code: 'mem-cdc' }));
    expect(dupUpdate).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('MEM-CDC') });
    // Another tenant may use the same code.
    await ownerB.locations.create({ org: 'tenant-b', ...base });
    expect((await viewer.locations.get({ ...A, id: first.id })).location.code).toBe('MEM-CDC');
  });

  it('archives and unarchives; archived locations leave the list unless asked for', async () => {
    const loc = await owner.locations.create({ ...A, ...base });
    await planner.locations.archive({ ...A, id: loc.id });
    expect((await viewer.locations.list(A)).total).toBe(0);
    const all = await viewer.locations.list({ ...A, includeArchived: true });
    expect(all.rows[0]?.archivedAt).toBeInstanceOf(Date);
    expect(await viewer.locations.options(A)).toEqual([]);
    await planner.locations.unarchive({ ...A, id: loc.id });
    expect((await viewer.locations.list(A)).total).toBe(1);
  });

  it('refuses to archive a location that holds stock or has an open transfer', async () => {
    const loc = await owner.locations.create({ ...A, ...base });
    const other = await owner.locations.create({ ...A, ...base, code: 'RNO', isCentral: false });
    await withTenant(db.db, world.a.id, async (tx) => {
      const [sku] = await tx.insert(skus).values({ tenantId: world.a.id, code: 'S1', name: 'S1', unitCost: 2 }).returning();
      await tx.insert(stockLevels).values({ tenantId: world.a.id, skuId: sku!.id, locationId: loc.id, onHand: 40 });
    });
    const stock = await refusal(owner.locations.archive({ ...A, id: loc.id }));
    expect(stock).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('MEM-CDC still holds 40 units') });
    expect((await viewer.locations.get({ ...A, id: loc.id })).stock).toMatchObject({ skuCount: 1, onHandUnits: 40, valueAtCost: 80 });

    await withTenant(db.db, world.a.id, (tx) => tx.insert(transfers).values({ tenantId: world.a.id, number: 'TR-000007', fromLocationId: other.id, toLocationId: loc.id, status: 'approved', approvedAt: new Date() }));
    const transfer = await refusal(owner.locations.archive({ ...A, id: other.id }));
    expect(transfer).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('TR-000007') });
    const still = await withTenant(db.db, world.a.id, (tx) => tx.select().from(transfers).where(and(eq(transfers.tenantId, world.a.id))));
    expect(still).toHaveLength(1);
    expect((await viewer.locations.get({ ...A, id: other.id })).location.archivedAt).toBeNull();
  });

  it('accepts a 3PL operator only when that provider has access', async () => {
    const ok = await owner.locations.create({ ...A, ...base, operatedBy: world.p.id });
    expect(ok.operatedBy).toBe(world.p.id);
    const refused = await refusal(owner.locations.create({ ...A, ...base, code: 'X', operatedBy: world.b.id }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', fields: { operatedBy: expect.stringContaining('Grant this 3PL') } });
  });

  it('a foreign tenant’s location id is NOT_FOUND inside one’s own org, and nothing changes', async () => {
    const theirs = await ownerB.locations.create({ org: 'tenant-b', ...base });
    const before = await db.snapshot();
    expect((await refusal(owner.locations.get({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(owner.locations.update({ ...A, id: theirs.id, name: 'mine now' }))).code).toBe('NOT_FOUND');
    expect((await refusal(owner.locations.archive({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(owner.locations.unarchive({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
    expect((await ownerB.locations.get({ org: 'tenant-b', id: theirs.id })).location.name).toBe('Memphis Central');
  });

  it('planners and granted account managers write; viewers only read', async () => {
    const am = await callerFor(db.db, world.people.amP);
    await am.locations.create({ ...A, ...base });
    const before = await db.snapshot();
    expect((await refusal(viewer.locations.create({ ...A, ...base, code: 'V' }))).code).toBe('FORBIDDEN');
    expect(await db.snapshot()).toEqual(before);
    const viewerGrant = await callerFor(db.db, world.people.amP);
    await grant(db.db, world.b.id, world.p.id, 'viewer');
    expect((await refusal(viewerGrant.locations.create({ org: 'tenant-b', ...base }))).code).toBe('FORBIDDEN');
    expect((await viewerGrant.locations.list({ org: 'tenant-b' })).total).toBe(0);
  });

  it('exports every matching row as CSV, re-importable, with formula cells neutralised', async () => {
    await owner.locations.create({ ...A, ...base, name: '=HYPERLINK("http://evil.example","x")' });
    for (let i = 0; i < 205; i++) await owner.locations.create({ ...A, code: `Z-${String(i).padStart(3, '0')}`, name: `Zone ${i}`, country: 'CA' });
    const csv = await downloadCsv(viewer, 'tenant-a', 'locations');
    expect(csv.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toContain('text/csv');
    expect(csv.response.headers.get('content-disposition')).toMatch(/attachment; filename="locations-tenant-a-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.lines[0]).toBe('code,name,kind,country,city,postal_code,lat,lng,capacity_units,holding_rate,fixed_cost_month,handling_cost_unit,is_central,notes');
    expect(csv.lines).toHaveLength(1 + 206);
    expect(csv.lines[1]).toBe(`MEM-CDC,"'=HYPERLINK(""http://evil.example"",""x"")",warehouse,US,Memphis,,35.04,-89.98,600000,0.22,96000,0.85,true,`);

    const filtered = await downloadCsv(viewer, 'tenant-a', 'locations', 'filter.country=US');
    expect(filtered.lines).toHaveLength(2);
    expect((await downloadCsv(viewer, 'tenant-a', 'locations', 'sort=tenantId')).status).toBe(400);
    expect((await downloadCsv(viewer, 'tenant-b', 'locations')).status).toBe(404);
    expect((await downloadCsv(await callerFor(db.db, null), 'tenant-a', 'locations')).status).toBe(401);
    expect((await downloadCsv(viewer, 'tenant-a', 'no-such-entity')).status).toBe(404);
  });
});
