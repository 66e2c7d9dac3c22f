/** Suppliers: CRUD, list, validation, duplicates, archive, roles, tenants, export. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { downloadCsv, refusal } from './support/master-data';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
type Caller = Awaited<ReturnType<typeof callerFor>>;
let planner: Caller;
let viewer: Caller;
let ownerB: Caller;
const A = { org: 'tenant-a' };
const B = { org: 'tenant-b' };
const acme = { code: 'acme', name: 'Acme Manufacturing', country: 'cn', leadTimeDays: '35', leadTimeSdDays: 6, email: 'orders@acme.example' };

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.reset();
  world = await twoTenants(db.db);
  planner = await callerFor(db.db, world.people.plannerA);
  viewer = await callerFor(db.db, world.people.viewerA);
  ownerB = await callerFor(db.db, world.people.ownerB);
});

describe('suppliers', () => {
  it('creates, reads, updates, archives and restores a supplier', async () => {
    const created = await planner.suppliers.create({ ...A, ...acme });
    expect(created).toMatchObject({ code: 'ACME', country: 'CN', leadTimeDays: 35, leadTimeSdDays: 6 });
    await planner.skus.create({ ...A, code: 'S1', name: 'Widget', unitCost: 3, supplierId: created.id });
    const detail = await viewer.suppliers.get({ ...A, id: created.id });
    expect(detail.skuCount).toBe(1);
    expect(detail.skus[0]).toMatchObject({ code: 'S1' });
    const updated = await planner.suppliers.update({ ...A, id: created.id, leadTimeDays: 28, email: '' });
    expect(updated).toMatchObject({ leadTimeDays: 28, email: null, name: 'Acme Manufacturing' });
    await planner.suppliers.archive({ ...A, id: created.id });
    expect((await viewer.suppliers.list(A)).total).toBe(0);
    expect(await viewer.suppliers.options(A)).toEqual([]);
    await planner.suppliers.unarchive({ ...A, id: created.id });
    expect((await viewer.suppliers.list(A)).rows[0]).toMatchObject({ code: 'ACME', skuCount: 1 });
  });

  it('lists with sort, search and pages', async () => {
    for (const [code, name, days] of [['B', 'Beta Plastics', 20], ['A', 'Alpha Metals', 40], ['C', 'Gamma Plastics', 10]] as const) {
      await planner.suppliers.create({ ...A, code, name, country: 'VN', leadTimeDays: days });
    }
    expect((await viewer.suppliers.list({ ...A, sort: 'leadTimeDays' })).rows.map((r) => r.code)).toEqual(['C', 'B', 'A']);
    expect((await viewer.suppliers.list({ ...A, sort: 'name', direction: 'desc' })).rows.map((r) => r.code)).toEqual(['C', 'B', 'A']);
    expect((await viewer.suppliers.list({ ...A, search: 'plastics' })).rows.map((r) => r.code)).toEqual(['B', 'C']);
    const page2 = await viewer.suppliers.list({ ...A, pageSize: 2, page: 2 });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.rows.map((r) => r.code)).toEqual(['C']);
  });

  it('refuses invalid input field by field, and duplicate codes by name', async () => {
    const bad = await refusal(planner.suppliers.create({ ...A, code: '', name: 'X', country: 'China', leadTimeDays: -2, email: 'nope' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields).toMatchObject({
      code: 'Supplier code is required.',
      country: expect.stringContaining('two-letter'),
      leadTimeDays: 'Lead time (days) cannot be negative.',
      email: expect.stringContaining('Email must be an address'),
    });
    const missing = await refusal(planner.suppliers.create({ ...A, code: 'X', name: 'X', country: 'CN' } as never));
    expect(missing.fields.leadTimeDays).toBe('Lead time (days) is required.');
    await planner.suppliers.create({ ...A, ...acme });
    const dup = await refusal(planner.suppliers.create({ ...A, ...acme, code: ' ACME ' }));
    expect(dup).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('ACME') });
  });

  it('a foreign tenant’s supplier id is NOT_FOUND and nothing changes', async () => {
    const theirs = await ownerB.suppliers.create({ ...B, ...acme });
    const before = await db.snapshot();
    expect((await refusal(planner.suppliers.get({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.suppliers.update({ ...A, id: theirs.id, name: 'x' }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.suppliers.archive({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.skus.create({ ...A, code: 'S', name: 'S', unitCost: 1, supplierId: theirs.id }))).code).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });

  it('viewers cannot write', async () => {
    const before = await db.snapshot();
    expect((await refusal(viewer.suppliers.create({ ...A, ...acme }))).code).toBe('FORBIDDEN');
    expect(await db.snapshot()).toEqual(before);
  });

  it('exports as CSV with formula cells neutralised', async () => {
    await planner.suppliers.create({ ...A, ...acme, name: '@SUM(1+1)', notes: '-2+3' });
    const csv = await downloadCsv(viewer, 'tenant-a', 'suppliers');
    expect(csv.lines).toEqual(['code,name,country,lead_time_days,lead_time_sd_days,email,notes', "ACME,'@SUM(1+1),CN,35,6,orders@acme.example,'-2+3"]);
  });
});
