/**
 * Imports under real concurrency, on a Postgres server: two commits of the same import racing (one
 * commits, the other is told it is done), and two snapshot files of the same tenant committed at once
 * by two planners (serialized per tenant and entity: both land, every balance equals its ledger).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase, onRealPostgres, type TestDatabase } from './support/database';
import { addMember, callerFor, makeUser, twoTenants } from './support/actors';
import { csv, GOOD_FILES, importFile, importPrerequisites, preview, useTempImportsDir } from './imports-support';

let db: TestDatabase;
let cleanup: () => void;
let world: Awaited<ReturnType<typeof twoTenants>>;

beforeAll(async () => {
  if (!onRealPostgres) throw new Error('imports.pg.test.ts runs on a Postgres server: npm run test:pg');
  cleanup = useTempImportsDir();
  db = await openTestDatabase();
  world = await twoTenants(db.db);
});
afterAll(async () => {
  await db.close();
  cleanup();
});

it('two commits of one import racing on two connections: one commits, the other is told it is done', async () => {
  const one = await callerFor(db.db, world.people.plannerA);
  const two = await callerFor(db.db, world.people.ownerA);
  const p = await preview(one, world.a.slug, 'suppliers', GOOD_FILES.suppliers);
  const results = await Promise.all([one.imports.commit({ org: world.a.slug, importId: p.import.id }), two.imports.commit({ org: world.a.slug, importId: p.import.id })]);
  expect(results.map((r) => r.alreadyImported).sort()).toEqual([false, true]);
  const [count] = await db.ownerQuery<{ n: string }>(`select count(*)::text as n from suppliers where tenant_id = $1`, [world.a.id]);
  expect(Number(count?.n)).toBe(2);
});

it('two stock snapshots committed at once by two planners both land, and every balance equals its ledger', async () => {
  const planner = await callerFor(db.db, world.people.plannerA);
  const second = await makeUser(db.db, 'planner2@a.test');
  await addMember(db.db, world.a.id, second.id, 'planner');
  const other = await callerFor(db.db, second);
  await importPrerequisites(planner, world.a.slug, 'stock_levels');
  const fileA = csv('sku_code,location_code,on_hand', 'SKU-1001,MEM-CDC,100', 'SKU-1002,MEM-CDC,50', 'SKU-1003,DAL-RDC,70');
  const fileB = csv('sku_code,location_code,on_hand', 'SKU-1001,MEM-CDC,120', 'SKU-1002,DAL-RDC,30', 'SKU-1003,DAL-RDC,75');
  const [pa, pb] = [await preview(planner, world.a.slug, 'stock_levels', fileA), await preview(other, world.a.slug, 'stock_levels', fileB)];
  const [ca, cb] = await Promise.all([
    planner.imports.commit({ org: world.a.slug, importId: pa.import.id }),
    other.imports.commit({ org: world.a.slug, importId: pb.import.id }),
  ]);
  expect([ca.import.status, cb.import.status]).toEqual(['committed', 'committed']);
  const mismatches = await db.ownerQuery<{ n: string }>(
    `select count(*)::text as n from stock_levels l
     where l.tenant_id = $1 and l.on_hand <> coalesce((select sum(m.qty) from stock_movements m where m.tenant_id = l.tenant_id and m.sku_id = l.sku_id and m.location_id = l.location_id), 0)`,
    [world.a.id],
  );
  expect(Number(mismatches[0]?.n)).toBe(0);
  const both = await db.ownerQuery<{ on_hand: number }>(
    `select l.on_hand from stock_levels l join skus s on s.id = l.sku_id join locations c on c.id = l.location_id where l.tenant_id = $1 and s.code = 'SKU-1001' and c.code = 'MEM-CDC'`,
    [world.a.id],
  );
  // Whichever committed last set the figure of the balance both files name.
  expect([100, 120]).toContain(both[0]?.on_hand);
});

it('an orders file on the server keeps kpi_daily to the orders it wrote', async () => {
  const owner = await callerFor(db.db, world.people.ownerB);
  await importPrerequisites(owner, world.b.slug, 'orders');
  const { commit } = await importFile(owner, world.b.slug, 'orders', GOOD_FILES.orders);
  expect(commit.import.status).toBe('committed');
  const [sum] = await db.ownerQuery<{ orders: string; kpi: string }>(
    `select (select count(*) from orders where tenant_id = $1)::text as orders, (select coalesce(sum(orders_count), 0) from kpi_daily where tenant_id = $1)::text as kpi`,
    [world.b.id],
  );
  expect(Number(sum?.kpi)).toBe(Number(sum?.orders));
});
