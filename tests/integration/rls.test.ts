/**
 * Row-level security as the app role (the role every app connection uses, on PGlite through SET ROLE):
 * with no tenant set, tenant tables read empty and refuse writes; with tenant A set, B's rows are invisible
 * and cannot be written. Runs on PGlite and, under `npm run test:pg`, on a real Postgres server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { resultRows, withGlobal, withTenant } from '@/db/client';
import { locations } from '@/db/schema';
import { newId } from '@/db/schema/ids';
import { openTestDatabase, type TestDatabase } from './support/database';
import { makeOrg } from './support/actors';

let db: TestDatabase;

/** Drizzle wraps the driver's error: look at the whole cause chain. */
function violatesRls(error: unknown): boolean {
  let text = '';
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) text += ` ${e.message ?? ''}`;
  return /row-level security/.test(text);
}
let a: { id: string };
let b: { id: string };

beforeAll(async () => {
  db = await openTestDatabase();
  a = await makeOrg(db.db, 'rls-a');
  b = await makeOrg(db.db, 'rls-b');
  await withTenant(db.db, a.id, (tx) => tx.insert(locations).values({ tenantId: a.id, code: 'A-1', name: 'A one', country: 'US' }));
  await withTenant(db.db, b.id, (tx) => tx.insert(locations).values({ tenantId: b.id, code: 'B-1', name: 'B one', country: 'CA' }));
});
afterAll(() => db.close());

describe('row-level security as the app role', () => {
  it('the app connection really is the non-superuser app role', async () => {
    const rows = resultRows<{ who: string; su: string }>(
      await db.db.execute(sql`select current_user as who, current_setting('is_superuser') as su`),
    );
    expect(rows[0]).toEqual({ who: 'footprint_app', su: 'off' });
  });

  it('with no tenant set, tenant tables read empty and inserts fail', async () => {
    const seen = await withGlobal(db.db, (tx) => tx.select().from(locations));
    expect(seen).toHaveLength(0);
    await expect(
      withGlobal(db.db, (tx) => tx.insert(locations).values({ tenantId: a.id, code: 'X', name: 'x', country: 'US' })),
    ).rejects.toSatisfy(violatesRls);
  });

  it("with tenant A set, B's rows are invisible, and neither readable by id nor writable", async () => {
    const seen = await withTenant(db.db, a.id, (tx) => tx.select({ code: locations.code }).from(locations));
    expect(seen).toEqual([{ code: 'A-1' }]);
    const bOwn = await db.ownerQuery<{ id: string }>(`select id from locations where tenant_id = $1`, [b.id]);
    const bId = bOwn[0]!.id;
    const byId = await withTenant(db.db, a.id, (tx) => tx.select().from(locations).where(eq(locations.id, bId)));
    expect(byId).toHaveLength(0);
    const updated = await withTenant(db.db, a.id, (tx) => tx.update(locations).set({ name: 'stolen' }).where(eq(locations.id, bId)).returning());
    expect(updated).toHaveLength(0);
    await expect(
      withTenant(db.db, a.id, (tx) => tx.insert(locations).values({ tenantId: b.id, id: newId(), code: 'B-2', name: 'planted', country: 'US' })),
    ).rejects.toSatisfy(violatesRls);
    const bNow = await db.ownerQuery<{ name: string }>(`select name from locations where tenant_id = $1 order by code`, [b.id]);
    expect(bNow).toEqual([{ name: 'B one' }]);
  });

  it('the tenant setting does not outlive its transaction', async () => {
    await withTenant(db.db, a.id, async () => undefined);
    const seen = await withGlobal(db.db, (tx) => tx.select().from(locations));
    expect(seen).toHaveLength(0);
  });
});
