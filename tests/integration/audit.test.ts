/**
 * audit.list / facets and the CSV download: admins and owners only, filters (actor, entity, action, record, local-day
 * range), search, paging, the tenant's own entries only; entries made through a 3PL grant name the
 * provider; and the before/after diff the page shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { auditLog, locations, regions, skus } from '@/db/schema';
import { auditExport } from '@/server/csv/exports/audit';
import { diffAuditValues } from '@/server/services/audit/diff';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath } from './support/procedures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
const RECORD = '01900000-0000-7000-8000-0000000000aa';

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
  const { ownerA, plannerA, ownerB } = world.people;
  await withTenant(db.db, world.a.id, (tx) =>
    tx.insert(auditLog).values([
      // Mar 2 and Mar 3 in America/Chicago (the test organizations' zone); 05:30Z on Mar 3 is still Mar 2 there.
      { tenantId: world.a.id, actorId: ownerA.id, action: 'create', entity: 'locations', entityId: RECORD, after: { code: 'MEM', name: 'Memphis' }, at: new Date('2026-03-02T15:00:00Z') },
      { tenantId: world.a.id, actorId: plannerA.id, action: 'update', entity: 'locations', entityId: RECORD, before: { code: 'MEM', name: 'Memphis' }, after: { code: 'MEM', name: 'Memphis CDC' }, at: new Date('2026-03-03T05:30:00Z') },
      { tenantId: world.a.id, actorId: plannerA.id, action: 'archive', entity: 'skus', at: new Date('2026-03-03T15:00:00Z') },
      { tenantId: world.a.id, actorId: null, action: 'import', entity: 'orders', at: new Date('2026-03-04T15:00:00Z') },
    ]),
  );
  await withTenant(db.db, world.b.id, (tx) => tx.insert(auditLog).values({ tenantId: world.b.id, actorId: ownerB.id, action: 'create', entity: 'secret-b', at: new Date('2026-03-02T15:00:00Z') }));
});
afterAll(() => db.close());

const list = async (input: Record<string, unknown> = {}) => {
  const admin = await callerFor(db.db, world.people.adminA);
  return admin.audit.list({ org: world.a.slug, ...input } as never);
};
const actions = (page: { rows: { action: string }[] }) => page.rows.map((r) => r.action);

describe('audit.list', () => {
  it('lists the tenant’s entries newest first, with actor and before/after', async () => {
    const page = await list();
    expect(actions(page)).toEqual(['import', 'archive', 'update', 'create']);
    expect(page.total).toBe(4);
    expect(page.rows[2]).toMatchObject({ entity: 'locations', entityId: RECORD, actor: { email: 'planner@a.test' }, before: { name: 'Memphis' }, after: { name: 'Memphis CDC' } });
    expect(page.rows[0]?.actor).toBeNull();
  });

  it('filters by actor, entity, action, record and local-day range; searches; pages', async () => {
    expect(actions(await list({ filters: { actorId: world.people.plannerA.id } }))).toEqual(['archive', 'update']);
    expect(actions(await list({ filters: { entity: 'locations' } }))).toEqual(['update', 'create']);
    expect(actions(await list({ filters: { action: 'archive' } }))).toEqual(['archive']);
    expect(actions(await list({ filters: { entityId: RECORD, action: 'update' } }))).toEqual(['update']);
    expect(actions(await list({ filters: { from: '2026-03-02', to: '2026-03-02' } }))).toEqual(['update', 'create']);
    expect(actions(await list({ filters: { from: '2026-03-03' } }))).toEqual(['import', 'archive']);
    expect(actions(await list({ search: 'owner@a' }))).toEqual(['create']);
    expect(actions(await list({ sort: 'actor', direction: 'asc' }))).toEqual(['create', 'update', 'archive', 'import']);
    const page = await list({ pageSize: 3, page: 2 });
    expect(page).toMatchObject({ total: 4, page: 2 });
    expect(actions(page)).toEqual(['create']);
  });

  it('refuses bad filters and reversed ranges', async () => {
    const admin = await callerFor(db.db, world.people.adminA);
    for (const input of [{ filters: { actorId: 'bob' } }, { filters: { entity: 'x; drop table' } }, { filters: { from: '2026-03-04', to: '2026-03-01' } }, { sort: 'before' }]) {
      expect(await callPath(admin, 'audit.list', { org: world.a.slug, ...input })).toBe('BAD_REQUEST');
    }
  });

  it('is for admins and owners only', async () => {
    for (const who of ['ownerA', 'adminA'] as const) {
      expect(await callPath(await callerFor(db.db, world.people[who]), 'audit.list', { org: world.a.slug })).toBe('OK');
    }
    for (const who of ['plannerA', 'viewerA', 'amP'] as const) {
      const caller = await callerFor(db.db, world.people[who]);
      for (const path of ['audit.list', 'audit.facets']) expect(await callPath(caller, path, { org: world.a.slug }), `${path} as ${who}`).toBe('FORBIDDEN');
    }
  });

  it('never shows another tenant’s entries', async () => {
    const page = await list({ pageSize: 200 });
    expect(page.rows.some((r) => r.entity === 'secret-b')).toBe(false);
    const ownerB = await callerFor(db.db, world.people.ownerB);
    expect(actions(await ownerB.audit.list({ org: world.b.slug } as never))).toEqual(['create']);
    expect(await callPath(ownerB, 'audit.list', { org: world.a.slug })).toBe('NOT_FOUND');
  });
});

describe('audit.facets and the CSV download', () => {
  it('offers the actors, entities and actions present', async () => {
    const admin = await callerFor(db.db, world.people.adminA);
    const facets = await admin.audit.facets({ org: world.a.slug });
    expect(facets.entities).toEqual(['locations', 'orders', 'skus']);
    expect(facets.actions).toEqual(['archive', 'create', 'import', 'update']);
    expect(facets.actors.map((a) => a.email)).toEqual(['owner@a.test', 'planner@a.test']);
  });

  it('downloads every matching entry as CSV, page by page through audit.list', async () => {
    const admin = await callerFor(db.db, world.people.adminA);
    const rows: unknown[][] = [];
    for await (const batch of auditExport.rows({ caller: admin, org: world.a.slug, params: { includeArchived: false, filters: { entity: 'locations' } } })) rows.push(...batch);
    expect(auditExport.header).toEqual(['at', 'actor_email', 'actor_name', 'via_provider', 'action', 'entity', 'entity_id', 'record', 'before', 'after']);
    expect(rows.map((r) => [r[1], r[4], r[5], r[6]])).toEqual([
      ['planner@a.test', 'update', 'locations', RECORD],
      ['owner@a.test', 'create', 'locations', RECORD],
    ]);
    expect(rows[0]?.[9]).toBe('{"code":"MEM","name":"Memphis CDC"}');
    // The record no longer exists (it never did here): no label, the id stays.
    expect(rows[0]?.[7]).toBeUndefined();
    const planner = await callerFor(db.db, world.people.plannerA);
    await expect(auditExport.rows({ caller: planner, org: world.a.slug, params: { includeArchived: false, filters: {} } })[Symbol.asyncIterator]().next()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('audit entries of writes', () => {
  it('name the 3PL when an account manager writes through a grant', async () => {
    const tenantId = world.a.id;
    const [region, location, sku] = await withTenant(db.db, tenantId, async (tx) => [
      (await tx.insert(regions).values({ tenantId, code: 'R', name: 'R', country: 'US' }).returning())[0]!,
      (await tx.insert(locations).values({ tenantId, code: 'L', name: 'L', country: 'US' }).returning())[0]!,
      (await tx.insert(skus).values({ tenantId, code: 'S', name: 'S', unitCost: 1 }).returning())[0]!,
    ]);
    const am = await callerFor(db.db, world.people.amP);
    const planner = await callerFor(db.db, world.people.plannerA);
    const base = { org: world.a.slug, regionId: region.id, shipFromLocationId: location.id, orderedAt: new Date('2026-03-02T15:00:00Z'), lines: [{ skuId: sku.id, qtyOrdered: 1 }] };
    await am.orders.create({ ...base, externalRef: 'AM-1' });
    await planner.orders.create({ ...base, externalRef: 'PL-1' });
    const page = await list({ filters: { entity: 'orders', action: 'create' } });
    const byRef = (ref: string) => page.rows.find((r) => (r.after as { externalRef?: string }).externalRef === ref);
    expect(byRef('AM-1')).toMatchObject({ actor: { email: 'am@p.test' }, viaProvider: 'provider p' });
    expect(byRef('PL-1')).toMatchObject({ actor: { email: 'planner@a.test' }, viaProvider: null });
  });

  it('show each record by its code and name, with a link to its page, not a raw id', async () => {
    const planner = await callerFor(db.db, world.people.plannerA);
    const created = await planner.locations.create({ org: world.a.slug, code: 'DAL-RDC', name: 'Dallas RDC', kind: 'dc', country: 'US' } as never);
    const page = await list({ filters: { entity: 'locations', entityId: (created as { id: string }).id } });
    expect(page.rows[0]?.record).toEqual({ label: 'DAL-RDC · Dallas RDC', path: `locations/${(created as { id: string }).id}` });
    const orders = await list({ filters: { entity: 'orders', action: 'create' } });
    expect(orders.rows.map((r) => r.record?.label).sort()).toEqual(['Order AM-1', 'Order PL-1']);
  });
});

describe('the before/after diff', () => {
  it('marks added, removed, changed and unchanged keys, ignoring key order', () => {
    expect(diffAuditValues({ code: 'MEM', name: 'Memphis', tags: { a: 1, b: 2 }, city: 'X' }, { name: 'Memphis CDC', code: 'MEM', tags: { b: 2, a: 1 }, lat: 35 })).toEqual([
      { key: 'city', status: 'removed', before: 'X', after: undefined },
      { key: 'code', status: 'same', before: 'MEM', after: 'MEM' },
      { key: 'lat', status: 'added', before: undefined, after: 35 },
      { key: 'name', status: 'changed', before: 'Memphis', after: 'Memphis CDC' },
      { key: 'tags', status: 'same', before: { a: 1, b: 2 }, after: { b: 2, a: 1 } },
    ]);
  });

  it('treats a creation as all added and plain values under one key', () => {
    expect(diffAuditValues(null, { code: 'A' })).toEqual([{ key: 'code', status: 'added', before: undefined, after: 'A' }]);
    expect(diffAuditValues(3, 4)).toEqual([{ key: '(value)', status: 'changed', before: 3, after: 4 }]);
    expect(diffAuditValues(null, null)).toEqual([]);
  });
});
