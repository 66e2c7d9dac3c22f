/**
 * Issue 8: one regression case (or more) per item of the outside probe, on a real database and,
 * where it matters, through the app's real HTTP handlers. Postgres-only cases are in
 * security.pg.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/client';
import { users } from '@/db/schema';
import { verifyCredentials } from '@/server/services/account/verify-credentials';
import { RateLimited, Unauthenticated } from '@/server/errors';
import { THROTTLE } from '@/server/auth/throttle';
import { clientIp, parseTrustedProxies, resolveClientIp } from '@/server/auth/client-ip';
import { openTestDatabase, type TestDatabase } from './support/database';
import { TEST_PASSWORD, twoTenants } from './support/actors';
import { CookieJar, requestMagicLinkOverHttp, sessionOverHttp, signInOverHttp, signOutOverHttp, trpcOverHttp, uploadOverHttp, useTestDatabaseForApp } from './support/auth-http';

process.env.AUTH_SECRET ??= 'security-test-secret-0123456789abcdef';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
  useTestDatabaseForApp(db);
});
beforeEach(() => db.reset());
afterAll(() => db.close());

async function outcome(promise: Promise<unknown>): Promise<'signed-in' | 'wrong' | 'limited'> {
  try {
    await promise;
    return 'signed-in';
  } catch (error) {
    if (error instanceof RateLimited) return 'limited';
    if (error instanceof Unauthenticated) return 'wrong';
    throw error;
  }
}

function tally(outcomes: string[]) {
  return outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});
}

describe('1. login throttle counts every attempt before the password, atomically', () => {
  it('100 concurrent guesses at one account: at most the limit are evaluated', async () => {
    const { people } = await twoTenants(db.db);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => outcome(verifyCredentials({ db: db.db, email: people.ownerA.email, password: `guess ${i}`, ip: `198.51.100.${i}` }))),
    );
    expect(tally(results)).toEqual({ wrong: THROTTLE.perAccount.limit, limited: 100 - THROTTLE.perAccount.limit });
  });

  it('100 concurrent guesses from one IP across accounts: at most the per-IP limit are evaluated', async () => {
    await twoTenants(db.db);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => outcome(verifyCredentials({ db: db.db, email: `someone${i}@x.test`, password: 'guess', ip: '203.0.113.50' }))),
    );
    expect(tally(results)).toEqual({ wrong: THROTTLE.perIp.limit, limited: 100 - THROTTLE.perIp.limit });
  });

  it('forty wrong passwords and the right one, in parallel, do not sign in', async () => {
    const { people } = await twoTenants(db.db);
    const attempts = Array.from({ length: 40 }, (_, i) => verifyCredentials({ db: db.db, email: people.ownerA.email, password: `wrong ${i}`, ip: `192.0.2.${i}` }));
    attempts.push(verifyCredentials({ db: db.db, email: people.ownerA.email, password: TEST_PASSWORD, ip: '192.0.2.200' }));
    const results = await Promise.all(attempts.map(outcome));
    expect(results.at(-1)).toBe('limited');
    expect(results.filter((r) => r === 'signed-in')).toEqual([]);
    expect(results.filter((r) => r === 'wrong')).toHaveLength(THROTTLE.perAccount.limit);
  });

  it('after the limit the account waits a delay that doubles, and is never locked for good', async () => {
    const { people } = await twoTenants(db.db);
    const email = people.ownerA.email;
    const t0 = Date.UTC(2026, 5, 15, 9, 0, 0);
    const { countLoginAttempt } = await import('@/server/auth/throttle');
    for (let i = 0; i < THROTTLE.perAccount.limit; i++) await withGlobal(db.db, (tx) => countLoginAttempt(tx, email, null, new Date(t0 + i)));
    const first = await withGlobal(db.db, (tx) => countLoginAttempt(tx, email, null, new Date(t0 + 1000))).catch((e: RateLimited) => e);
    expect(first).toBeInstanceOf(RateLimited);
    const wait1 = (first as RateLimited).retryAfterSeconds;
    expect(wait1).toBeLessThanOrEqual(THROTTLE.perAccount.baseDelaySeconds);
    // Once the delay has passed, one more attempt is evaluated; the next delay is twice as long.
    const later = t0 + THROTTLE.perAccount.baseDelaySeconds * 1000 + 10;
    await withGlobal(db.db, (tx) => countLoginAttempt(tx, email, null, new Date(later)));
    const second = (await withGlobal(db.db, (tx) => countLoginAttempt(tx, email, null, new Date(later + 1))).catch((e: RateLimited) => e)) as RateLimited;
    expect(second.retryAfterSeconds).toBeGreaterThan(THROTTLE.perAccount.baseDelaySeconds * 2 - 2);
    expect(second.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.perAccount.baseDelaySeconds * 2);
    // A stranger cannot extend the wait by hammering: refused attempts do not grow the delay.
    for (let i = 0; i < 20; i++) await withGlobal(db.db, (tx) => countLoginAttempt(tx, email, null, new Date(later + 100 + i))).catch(() => undefined);
    const after = (await withGlobal(db.db, (tx) => countLoginAttempt(tx, email, null, new Date(later + 200))).catch((e: RateLimited) => e)) as RateLimited;
    expect(after.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.perAccount.baseDelaySeconds * 2);
    // The right password, once the wait is over, signs in.
    const { recordSuccess } = await import('@/server/auth/throttle');
    await withGlobal(db.db, (tx) => countLoginAttempt(tx, email, null, new Date(later + THROTTLE.perAccount.baseDelaySeconds * 2000 + 10)));
    await withGlobal(db.db, (tx) => recordSuccess(tx, email, null));
    await withGlobal(db.db, (tx) => countLoginAttempt(tx, email, null, new Date(later + THROTTLE.perAccount.baseDelaySeconds * 2000 + 20)));
  });
});

describe('2. the client IP comes from forwarding headers only through configured proxies', () => {
  const forged = new Headers({ 'x-forwarded-for': '203.0.113.66', 'x-footprint-peer': '198.51.100.4' });

  it('a forged X-Forwarded-For is ignored by default (no trusted proxy)', () => {
    const before = process.env.TRUSTED_PROXIES;
    delete process.env.TRUSTED_PROXIES;
    try {
      expect(clientIp(forged)).toBe('198.51.100.4');
    } finally {
      if (before !== undefined) process.env.TRUSTED_PROXIES = before;
    }
  });

  it('a count or a CIDR list of proxies lets their X-Forwarded-For through, and no further', () => {
    const chain = { peer: '10.0.0.5', forwardedFor: '203.0.113.66, 198.51.100.7, 10.0.0.9' };
    expect(resolveClientIp({ ...chain, trust: parseTrustedProxies('1') })).toBe('10.0.0.9');
    expect(resolveClientIp({ ...chain, trust: parseTrustedProxies('2') })).toBe('198.51.100.7');
    expect(resolveClientIp({ ...chain, trust: parseTrustedProxies('10.0.0.0/8') })).toBe('198.51.100.7');
    expect(resolveClientIp({ ...chain, trust: parseTrustedProxies('10.0.0.0/8, 198.51.100.0/24') })).toBe('203.0.113.66');
    // A request that did not come through a trusted proxy: its X-Forwarded-For is the client's own word.
    expect(resolveClientIp({ peer: '192.0.2.1', forwardedFor: '10.0.0.1', trust: parseTrustedProxies('10.0.0.0/8') })).toBe('192.0.2.1');
    expect(resolveClientIp({ peer: '::ffff:192.0.2.1', forwardedFor: null, trust: parseTrustedProxies('') })).toBe('192.0.2.1');
    expect(() => parseTrustedProxies('10.0.0.0/99')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('proxy.local')).toThrow(/not an IP/);
  });

  it('rotating X-Forwarded-For through the real sign-in route does not escape the per-IP throttle', async () => {
    await twoTenants(db.db);
    const statuses: number[] = [];
    for (let i = 0; i < THROTTLE.perIp.limit + 2; i++) {
      const res = await signInOverHttp(new CookieJar(), `rotate${i}@x.test`, 'wrong password', { 'x-forwarded-for': `203.0.113.${i}`, 'x-footprint-peer': '198.51.100.99' });
      statuses.push(res.status);
    }
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('3. sign-out ends the session on the next request', () => {
  it('the old session cookie, reused after sign-out, is refused by Auth.js and by tRPC', async () => {
    const { people } = await twoTenants(db.db);
    const jar = new CookieJar();
    const signedIn = await signInOverHttp(jar, people.plannerA.email, TEST_PASSWORD);
    expect(signedIn.status).toBe(302);
    expect((await sessionOverHttp(jar))?.user?.email).toBe(people.plannerA.email);
    expect((await trpcOverHttp(jar, 'account.me')).status).toBe(200);
    const stolen = jar.copy();
    await signOutOverHttp(jar);
    expect(await sessionOverHttp(stolen)).toBeNull();
    expect((await trpcOverHttp(stolen, 'account.me')).status).toBe(401);
  });

  it('password change, removal from an organization and a revoked grant end the session too', async () => {
    const { people, a, grantPA } = await twoTenants(db.db);
    const jars = { planner: new CookieJar(), viewer: new CookieJar(), am: new CookieJar() };
    await signInOverHttp(jars.planner, people.plannerA.email, TEST_PASSWORD);
    await signInOverHttp(jars.viewer, people.viewerA.email, TEST_PASSWORD);
    await signInOverHttp(jars.am, people.amP.email, TEST_PASSWORD);
    for (const jar of Object.values(jars)) expect((await trpcOverHttp(jar, 'account.me')).status).toBe(200);

    const { callerFor } = await import('./support/actors');
    const planner = await callerFor(db.db, people.plannerA);
    await planner.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' });
    expect((await trpcOverHttp(jars.planner, 'account.me')).status).toBe(401);

    const owner = await callerFor(db.db, people.ownerA);
    const target = (await owner.members.list({ org: a.slug })).find((m) => m.userId === people.viewerA.id)!;
    await owner.members.remove({ org: a.slug, membershipId: target.membershipId });
    expect((await trpcOverHttp(jars.viewer, 'account.me')).status).toBe(401);

    await (await callerFor(db.db, people.adminA)).providerAccess.revoke({ org: a.slug, grantId: grantPA.id });
    expect((await trpcOverHttp(jars.am, 'account.me')).status).toBe(401);
    const [am] = await withGlobal(db.db, (tx) => tx.select().from(users).where(eq(users.id, people.amP.id)));
    expect(am?.sessionVersion).toBe(2);
  });
});

describe('5. state-changing routes outside tRPC check Origin; uploads have quotas and expire', () => {
  const csv = (n: number) => `code,name,country,lead_time_days\nSUP-${n},Supplier ${n},US,${10 + n}\n`;

  beforeAll(async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    process.env.IMPORTS_DIR = mkdtempSync(path.join(tmpdir(), 'footprint-security-imports-'));
  });

  it('a cross-origin upload is refused before anything is stored; the same upload from the app works', async () => {
    const { people, a } = await twoTenants(db.db);
    const jar = new CookieJar();
    await signInOverHttp(jar, people.plannerA.email, TEST_PASSWORD);
    const before = await db.snapshot();
    for (const origin of ['https://evil.example', 'null', null]) {
      const refused = await uploadOverHttp(jar, a.slug, csv(1), origin);
      expect(refused.status, String(origin)).toBe(403);
      expect(refused.body.error?.message).toMatch(/another site/);
    }
    expect(await db.snapshot()).toEqual(before);
    const ok = await uploadOverHttp(jar, a.slug, csv(1), 'http://localhost:3000');
    expect(ok.status).toBe(200);
    expect((await db.snapshot()).imports).toBe(1);
  });

  it('a cross-origin tRPC mutation is refused too', async () => {
    const { people } = await twoTenants(db.db);
    const jar = new CookieJar();
    await signInOverHttp(jar, people.plannerA.email, TEST_PASSWORD);
    const { POST } = await import('@/app/api/trpc/[trpc]/route');
    const { request } = await import('./support/auth-http');
    const res = await POST(request('/api/trpc/account.signOutEverywhere', { method: 'POST', jar, headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"json":{}}' }));
    expect(res.status).toBe(403);
    expect((await trpcOverHttp(jar, 'account.me')).status).toBe(200);
  });

  it('a tenant may keep only so many previews waiting, and previews older than a day are deleted', async () => {
    const { people, a } = await twoTenants(db.db);
    const jar = new CookieJar();
    await signInOverHttp(jar, people.plannerA.email, TEST_PASSWORD);
    process.env.IMPORT_PENDING_MAX_FILES = '2';
    try {
      expect((await uploadOverHttp(jar, a.slug, csv(1), 'http://localhost:3000')).status).toBe(200);
      expect((await uploadOverHttp(jar, a.slug, csv(2), 'http://localhost:3000')).status).toBe(200);
      // The same file again is no new upload.
      expect((await uploadOverHttp(jar, a.slug, csv(2), 'http://localhost:3000')).status).toBe(200);
      const third = await uploadOverHttp(jar, a.slug, csv(3), 'http://localhost:3000');
      expect(third.status).toBe(409);
      expect(third.body.error?.message).toMatch(/2 previewed imports waiting.*deleted after a day/);
      // A day later the waiting previews are gone (rows and files), and there is room again.
      await db.ownerQuery(`update imports set updated_at = now() - interval '25 hours'`);
      expect((await uploadOverHttp(jar, a.slug, csv(3), 'http://localhost:3000')).status).toBe(200);
      expect((await db.snapshot()).imports).toBe(1);
      const { readdir } = await import('node:fs/promises');
      const path = await import('node:path');
      expect(await readdir(path.join(process.env.IMPORTS_DIR ?? '', a.id))).toHaveLength(1);
    } finally {
      delete process.env.IMPORT_PENDING_MAX_FILES;
    }
  });
});

describe('6. links in emails come from APP_ORIGIN, never from request headers', () => {
  it('a magic-link request with a forged Host and X-Forwarded-Host mails a link to the app itself', async () => {
    const { people } = await twoTenants(db.db);
    delete process.env.SMTP_URL;
    const res = await requestMagicLinkOverHttp(new CookieJar(), people.viewerA.email, {
      url: 'http://evil.example',
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    });
    expect(res.status).toBe(302);
    const mails = await db.ownerQuery<{ text: string }>(`select text from outbox_messages where "to" = $1`, [people.viewerA.email]);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain('http://localhost:3000/api/auth/callback/nodemailer?');
    expect(mails[0]?.text).not.toContain('evil.example');
  });

  it('invitation links (the tRPC context origin) ignore forged Host headers; production requires APP_ORIGIN', async () => {
    const { createContext } = await import('@/server/trpc/context');
    const ctx = await createContext(new Headers({ host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }));
    expect(ctx.origin).toBe('http://localhost:3000');
    const { appOrigin } = await import('@/server/auth/app-origin');
    expect(() => appOrigin({ NODE_ENV: 'production' })).toThrow(/APP_ORIGIN is not set/);
    expect(appOrigin({ NODE_ENV: 'production', APP_ORIGIN: 'https://footprint.example.com/' })).toBe('https://footprint.example.com');
    expect(appOrigin({ NODE_ENV: 'development', PORT: '4100' })).toBe('http://localhost:4100');
  });
});

describe('7. the smaller ones', () => {
  it('magic-link requests are throttled per address (mail bombing), with the wait on the verify page', async () => {
    const { people } = await twoTenants(db.db);
    delete process.env.SMTP_URL;
    const locations: string[] = [];
    for (let i = 0; i < THROTTLE.magicPerAddress.limit + 2; i++) {
      const res = await requestMagicLinkOverHttp(new CookieJar(), people.viewerA.email, { headers: { 'x-footprint-peer': `198.51.100.${i}` } });
      locations.push(res.headers.get('location') ?? '');
    }
    const mails = await db.ownerQuery<{ n: number }>(`select count(*)::int as n from outbox_messages where "to" = $1`, [people.viewerA.email]);
    expect(mails[0]?.n).toBe(THROTTLE.magicPerAddress.limit);
    expect(locations.at(-1)).toMatch(/\/verify\?retryAfter=\d+$/);
  });

  it('magic-link requests are throttled per IP across addresses', async () => {
    delete process.env.SMTP_URL;
    for (let i = 0; i < THROTTLE.magicPerIp.limit + 3; i++) {
      await requestMagicLinkOverHttp(new CookieJar(), `bomb${i}@x.test`, { headers: { 'x-footprint-peer': '203.0.113.77' } });
    }
    const mails = await db.ownerQuery<{ n: number }>(`select count(*)::int as n from outbox_messages`);
    expect(mails[0]?.n).toBe(THROTTLE.magicPerIp.limit);
  });

  it('receiving past what an int4 holds is a clear error, not a 500', async () => {
    const { stockWorld } = await import('./support/stock-world');
    const world = await stockWorld(db.db);
    const planner = world.callers.planner;
    const order = () => planner.purchaseOrders.create({ org: world.orgA, supplierId: world.inA.supplier.id, arrivalLocationId: world.inA.chi.id, lines: [{ skuId: world.inA.skuA.id, qty: 10_000_000 }] });
    const first = await order();
    await planner.purchaseOrders.receive({ org: world.orgA, purchaseOrderId: first.id });
    await db.ownerQuery(`update stock_levels set on_hand = 2140000000 where sku_id = $1`, [world.inA.skuA.id]);
    const second = await order();
    const refused = await planner.purchaseOrders.receive({ org: world.orgA, purchaseOrderId: second.id }).catch((e: Error & { code?: string }) => e);
    expect((refused as { code?: string }).code).toBe('BAD_REQUEST');
    expect((refused as Error).message).toMatch(/past what Footprint can store.*nothing was saved/);
  });

  it('absurd values get a clear error: a 4,000-day lead time, a price below cost, an unknown time zone', async () => {
    const { callerFor } = await import('./support/actors');
    const { people, a } = await twoTenants(db.db);
    const { callPath } = await import('./support/procedures');
    const owner = await callerFor(db.db, people.ownerA);
    expect(await callPath(owner, 'suppliers.create', { org: a.slug, code: 'S1', name: 'Slow', country: 'CN', leadTimeDays: 4000 })).toBe('BAD_REQUEST');
    expect(await callPath(owner, 'skus.create', { org: a.slug, code: 'K1', name: 'Cheap', unitCost: 10, unitPrice: 1 })).toBe('BAD_REQUEST');
    expect(await callPath(owner, 'account.createOrganization', { name: 'Mars Trading', timezone: 'Mars/Olympus_Mons' })).toBe('BAD_REQUEST');
    expect(await callPath(owner, 'account.createOrganization', { name: 'Berlin Trading', timezone: 'Europe/Berlin' })).toBe('OK');
  });

  it('a tRPC batch of more than 20 procedures is refused', async () => {
    const { people } = await twoTenants(db.db);
    const jar = new CookieJar();
    await signInOverHttp(jar, people.viewerA.email, TEST_PASSWORD);
    const { GET } = await import('@/app/api/trpc/[trpc]/route');
    const { request } = await import('./support/auth-http');
    const batch = (n: number) => GET(request(`/api/trpc/${Array.from({ length: n }, () => 'account.me').join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`, { jar }));
    expect((await batch(20)).status).toBe(200);
    expect((await batch(100)).status).toBe(400);
  });

  it('pages get a CSP with a fresh script nonce and no unsafe-inline scripts', async () => {
    const { NextRequest } = await import('next/server');
    const proxy = (await import("@/proxy")).default;
    const policies = [];
    for (let i = 0; i < 2; i++) {
      const res = await proxy(new NextRequest('http://localhost:3000/sign-in'), {});
      policies.push(res.headers.get('content-security-policy') ?? '');
    }
    const scriptSrc = policies.map((p) => p.split(';').find((d) => d.trim().startsWith('script-src')) ?? '');
    expect(scriptSrc[0]).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(scriptSrc[0]).not.toContain('unsafe-inline');
    expect(scriptSrc[0]).not.toBe(scriptSrc[1]);
    const signedOut = await proxy(new NextRequest('http://localhost:3000/northwind/dashboard'), {});
    expect(signedOut.status).toBe(307);
    expect(signedOut.headers.get('location')).toMatch(/\/sign-in\?callbackUrl=/);
  });

  it('session cookies are Secure whenever APP_ORIGIN is https', async () => {
    const { people } = await twoTenants(db.db);
    const before = process.env.APP_ORIGIN;
    process.env.APP_ORIGIN = 'https://footprint.example.com';
    try {
      const res = await signInOverHttp(new CookieJar(), people.plannerA.email, TEST_PASSWORD);
      const session = res.headers.getSetCookie().find((c) => c.includes('session-token'));
      expect(session).toMatch(/^__Secure-authjs\.session-token=/);
      expect(session).toMatch(/;\s*Secure/i);
    } finally {
      if (before === undefined) delete process.env.APP_ORIGIN;
      else process.env.APP_ORIGIN = before;
      process.env.AUTH_URL = 'http://localhost:3000';
    }
  });
});
