/** SKUs: CRUD with a supplier, list (sort by supplier, search, category filter, paging), validation, duplicates, archive rules, roles, tenants, export. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { stockLevels } from '@/db/schema';
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

const supplier = (caller: Caller, org: string, code = 'ACME', leadTimeDays = 30) => caller.suppliers.create({ org, code, name: code, country: 'CN', leadTimeDays });

describe('SKUs', () => {
  it('creates a SKU with its supplier, costs and case pack; the detail shows the lead time that applies', async () => {
    const acme = await supplier(planner, A.org);
    const sku = await planner.skus.create({ ...A, code: 'nw-1001', name: 'Trail bottle 750 ml', category: 'Bottles', unitCost: '4.20', unitPrice: 12.5, weightKg: 0.3, casePack: 12, moq: 240, supplierId: acme.id, hsCode: '7323.93' });
    expect(sku).toMatchObject({ code: 'NW-1001', unitCost: 4.2, unitPrice: 12.5, casePack: 12, moq: 240, supplierId: acme.id, leadTimeDaysOverride: null });
    const detail = await viewer.skus.get({ ...A, id: sku.id });
    expect(detail).toMatchObject({ supplier: { code: 'ACME' }, leadTimeDays: 30, leadTimeSource: 'supplier', stock: [] });
    await planner.skus.update({ ...A, id: sku.id, leadTimeDaysOverride: 21, supplierId: null });
    expect(await viewer.skus.get({ ...A, id: sku.id })).toMatchObject({ supplier: null, leadTimeDays: 21, leadTimeSource: 'sku' });
  });

  it('lists with server-side sort (also by supplier code), search, category filter and paging', async () => {
    const z = await supplier(planner, A.org, 'ZED');
    const a = await supplier(planner, A.org, 'ABC');
    await planner.skus.create({ ...A, code: 'S-3', name: 'Cap', category: 'Caps', unitCost: 1, supplierId: z.id });
    await planner.skus.create({ ...A, code: 'S-1', name: 'Bottle', category: 'Bottles', unitCost: 3, supplierId: a.id });
    await planner.skus.create({ ...A, code: 'S-2', name: 'Bottle XL', category: 'Bottles', unitCost: 2 });
    expect((await viewer.skus.list({ ...A, sort: 'unitCost', direction: 'desc' })).rows.map((r) => r.code)).toEqual(['S-1', 'S-2', 'S-3']);
    const bySupplier = await viewer.skus.list({ ...A, sort: 'supplierCode' });
    expect(bySupplier.rows.map((r) => [r.code, r.supplierCode])).toEqual([['S-1', 'ABC'], ['S-3', 'ZED'], ['S-2', null]]);
    expect(bySupplier.rows[2]?.leadTimeDays).toBeNull();
    expect(bySupplier.rows[0]?.leadTimeDays).toBe(30);
    expect((await viewer.skus.list({ ...A, search: 'zed' })).rows.map((r) => r.code)).toEqual(['S-3']);
    expect((await viewer.skus.list({ ...A, filters: { category: 'Bottles' } })).total).toBe(2);
    expect((await viewer.skus.list({ ...A, filters: { supplierId: a.id } })).rows.map((r) => r.code)).toEqual(['S-1']);
    expect(await viewer.skus.categories(A)).toEqual(['Bottles', 'Caps']);
    const page = await viewer.skus.list({ ...A, pageSize: 1, page: 2 });
    expect(page).toMatchObject({ total: 3, rows: [{ code: 'S-2' }] });
  });

  it('refuses invalid values with field messages, and duplicate codes by name', async () => {
    const bad = await refusal(planner.skus.create({ ...A, code: 'S 1', name: 'X', unitCost: -1, casePack: 0, moq: 1.5, weightKg: 'heavy', hsCode: '12' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields).toMatchObject({
      code: expect.stringContaining('letters, digits'),
      unitCost: 'Unit cost cannot be negative.',
      casePack: 'Case pack must be at least 1.',
      moq: 'MOQ must be a whole number.',
      weightKg: 'Weight (kg) must be a number.',
      hsCode: expect.stringContaining('6 to 10 digits'),
    });
    await planner.skus.create({ ...A, code: 'S-1', name: 'X', unitCost: 1 });
    expect(await refusal(planner.skus.create({ ...A, code: 's-1', name: 'Y', unitCost: 1 }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('S-1') });
  });

  it('refuses to archive a SKU with stock; archives and restores one without', async () => {
    const loc = await planner.locations.create({ ...A, code: 'W1', name: 'W1', country: 'US' });
    const sku = await planner.skus.create({ ...A, code: 'S-1', name: 'X', unitCost: 1 });
    await withTenant(db.db, world.a.id, (tx) => tx.insert(stockLevels).values({ tenantId: world.a.id, skuId: sku.id, locationId: loc.id, onHand: 0, inbound: 5 }));
    expect(await refusal(planner.skus.archive({ ...A, id: sku.id }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('S-1 still has 5 units') });
    expect((await viewer.skus.get({ ...A, id: sku.id })).stock).toMatchObject([{ locationCode: 'W1', inbound: 5 }]);
    const other = await planner.skus.create({ ...A, code: 'S-2', name: 'Y', unitCost: 1 });
    await planner.skus.archive({ ...A, id: other.id });
    expect((await viewer.skus.list(A)).rows.map((r) => r.code)).toEqual(['S-1']);
    await planner.skus.unarchive({ ...A, id: other.id });
    expect((await viewer.skus.list(A)).total).toBe(2);
  });

  it('a foreign tenant’s SKU or supplier id is NOT_FOUND and nothing changes', async () => {
    const theirSupplier = await supplier(ownerB, B.org);
    const theirs = await ownerB.skus.create({ ...B, code: 'S-1', name: 'X', unitCost: 1 });
    const mine = await planner.skus.create({ ...A, code: 'S-1', name: 'X', unitCost: 1 });
    const before = await db.snapshot();
    expect((await refusal(planner.skus.get({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.skus.update({ ...A, id: theirs.id, unitCost: 9 }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.skus.archive({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.skus.update({ ...A, id: mine.id, supplierId: theirSupplier.id }))).code).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
    expect((await viewer.skus.get({ ...A, id: mine.id })).sku.supplierId).toBeNull();
  });

  it('viewers cannot write', async () => {
    const sku = await planner.skus.create({ ...A, code: 'S-1', name: 'X', unitCost: 1 });
    const before = await db.snapshot();
    expect((await refusal(viewer.skus.create({ ...A, code: 'S-2', name: 'X', unitCost: 1 }))).code).toBe('FORBIDDEN');
    expect((await refusal(viewer.skus.update({ ...A, id: sku.id, unitCost: 2 }))).code).toBe('FORBIDDEN');
    expect(await db.snapshot()).toEqual(before);
  });

  it('exports SKUs with the supplier by code, formula cells neutralised', async () => {
    const acme = await supplier(planner, A.org);
    await planner.skus.create({ ...A, code: 'S-1', name: '=1+2', category: '+cat', unitCost: 1.5, casePack: 6, supplierId: acme.id });
    const csv = await downloadCsv(viewer, 'tenant-a', 'skus');
    expect(csv.lines).toEqual([
      'code,name,category,unit_cost,unit_price,weight_kg,volume_m3,case_pack,moq,lead_time_days_override,hs_code,notes,supplier_code',
      "S-1,'=1+2,'+cat,1.5,0,,,6,0,,,,ACME",
    ]);
  });
});
