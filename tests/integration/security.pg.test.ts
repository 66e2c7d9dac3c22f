/**
 * Issue 8 on a real Postgres server (npm run test:pg): the app runs as a login role that cannot leave
 * row-level security behind, refuses to start as one that could, and the login throttle holds under
 * real concurrency (a pool of connections, not PGlite's single one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, resultRows } from '@/db/client';
import { APP_LOGIN_ROLE } from '@/db/app-login';
import { verifyCredentials } from '@/server/services/account/verify-credentials';
import { RateLimited, Unauthenticated } from '@/server/errors';
import { THROTTLE } from '@/server/auth/throttle';
import { onRealPostgres, openTestDatabase, type TestDatabase } from './support/database';
import { TEST_PASSWORD, twoTenants } from './support/actors';

let db: TestDatabase;
let ownerName = '';
beforeAll(async () => {
  if (!onRealPostgres) return;
  db = await openTestDatabase();
  ownerName = String((await db.ownerQuery<{ u: string }>('select current_user as u'))[0]?.u);
});
afterAll(async () => {
  await db?.close();
});

/** The database's own message of a failed statement (drizzle wraps it in "Failed query"). */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { cause?: Error };
    return e.cause?.message ?? e.message;
  }
  return 'not refused';
}

/** The test database's URL for another login (same server and database). */
function urlAs(user: string, password?: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.username = user;
  url.password = password ?? '';
  url.pathname = `/${db.databaseName}`;
  return url.toString();
}

describe.skipIf(!onRealPostgres)('4. the app cannot leave row-level security behind', () => {
  it('runs as the login role, which may not SET ROLE to the owner', async () => {
    const [who] = resultRows<{ session_user: string; current_user: string }>(await db.db.execute(sql`select session_user, current_user`));
    expect(who).toEqual({ session_user: APP_LOGIN_ROLE, current_user: 'footprint_app' });
    expect(await refusal(db.db.execute(sql.raw(`set role "${ownerName}"`)))).toMatch(/permission denied to set role/);
    // Back to the login role itself: still no way past RLS (it owns nothing, so it cannot turn RLS off).
    await db.db.execute(sql`reset role`);
    expect(await refusal(db.db.execute(sql`alter table skus disable row level security`))).toMatch(/must be owner/);
    expect(await refusal(db.db.execute(sql.raw(`set role "${ownerName}"`)))).toMatch(/permission denied to set role/);
  });

  it('refuses to start when the app role is a superuser, with the fix in the message', async () => {
    const before = process.env.DATABASE_APP_URL;
    process.env.DATABASE_APP_URL = urlAs(ownerName);
    try {
      await expect(openDatabase({ url: urlAs(ownerName), migrate: false })).rejects.toThrow(/Refusing to start.*is a superuser.*npm run db:migrate/s);
    } finally {
      if (before === undefined) delete process.env.DATABASE_APP_URL;
      else process.env.DATABASE_APP_URL = before;
    }
  });

  it('refuses a role with BYPASSRLS, one that can become the owner, and one that owns tables', async () => {
    await db.ownerQuery(`drop role if exists fp_bypass; create role fp_bypass login bypassrls; grant footprint_app to fp_bypass`);
    await db.ownerQuery(`drop role if exists fp_member; create role fp_member login; grant "${ownerName}" to fp_member; grant footprint_app to fp_member`);
    await db.ownerQuery(`drop role if exists fp_owner; create role fp_owner login; create table fp_owned (id int); alter table fp_owned owner to fp_owner; grant footprint_app to fp_owner`);
    const before = process.env.DATABASE_APP_URL;
    try {
      for (const [role, why] of [['fp_bypass', /has BYPASSRLS/], ['fp_member', /can SET ROLE to/], ['fp_owner', /owns 1 tables/]] as const) {
        process.env.DATABASE_APP_URL = urlAs(role);
        await expect(openDatabase({ url: urlAs(ownerName), migrate: false }), role).rejects.toThrow(why);
      }
    } finally {
      if (before === undefined) delete process.env.DATABASE_APP_URL;
      else process.env.DATABASE_APP_URL = before;
      await db.ownerQuery(`drop table if exists fp_owned; drop role if exists fp_owner; drop role if exists fp_member; drop role if exists fp_bypass`);
    }
  });
});

describe.skipIf(!onRealPostgres)('1. the login throttle under real concurrency', () => {
  it('100 concurrent guesses on a pool of connections: exactly the limit are evaluated', async () => {
    const { people } = await twoTenants(db.db);
    const attempts = Array.from({ length: 100 }, (_, i) => verifyCredentials({ db: db.db, email: people.ownerB.email, password: i === 99 ? TEST_PASSWORD : `guess ${i}`, ip: `198.51.100.${i}` }));
    const results = await Promise.all(attempts.map((p) => p.then(() => 'signed-in', (e: unknown) => (e instanceof RateLimited ? 'limited' : e instanceof Unauthenticated ? 'wrong' : 'error'))));
    const evaluated = results.filter((r) => r === 'wrong' || r === 'signed-in').length;
    expect(evaluated).toBe(THROTTLE.perAccount.limit);
    expect(results.filter((r) => r === 'limited')).toHaveLength(100 - THROTTLE.perAccount.limit);
    expect(results).not.toContain('error');
  });
});
