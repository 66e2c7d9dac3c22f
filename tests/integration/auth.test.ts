/** Sign-up, credentials, throttling and the session rules of DESIGN.md §8, on a real database. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/client';
import { memberships, organizations, users } from '@/db/schema';
import { verifyCredentials, WRONG_CREDENTIALS } from '@/server/services/account/verify-credentials';
import { RateLimited, Unauthenticated } from '@/server/errors';
import { THROTTLE } from '@/server/auth/throttle';
import { toTrpcError } from '@/server/trpc/error-mapping';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, TEST_PASSWORD, twoTenants } from './support/actors';
import { callPath } from './support/procedures';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
beforeEach(() => db.reset());
afterAll(() => db.close());

describe('sign-up', () => {
  it('creates user, importer organization and owner membership together, password as argon2id', async () => {
    const caller = await callerFor(db.db, null);
    const out = await caller.account.signUp({ name: 'Ana', email: 'Ana@Example.test', password: 'eight ch', organizationName: 'Ana Imports' });
    expect(out.organization?.slug).toBe('ana-imports');
    const [user] = await withGlobal(db.db, (tx) => tx.select().from(users));
    expect(user?.email).toBe('ana@example.test');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const rows = await withGlobal(db.db, (tx) => tx.select({ role: memberships.role, kind: organizations.kind }).from(memberships).innerJoin(organizations, eq(organizations.id, memberships.organizationId)));
    expect(rows).toEqual([{ role: 'owner', kind: 'importer' }]);
  });

  it('accepts passwords from 8 to 128 characters with no composition rules, refuses 7', async () => {
    const caller = await callerFor(db.db, null);
    expect(await callPath(caller, 'account.signUp', { name: 'S', email: 's@x.test', password: 'short12', organizationName: 'Short Co' })).toBe('BAD_REQUEST');
    await caller.account.signUp({ name: 'L', email: 'l@x.test', password: 'x'.repeat(128), organizationName: 'Long Co' });
    await caller.account.signUp({ name: 'P', email: 'p@x.test', password: 'aaaaaaaa', organizationName: 'Plain Co' });
    expect(await db.snapshot()).toMatchObject({ users: 2, organizations: 2, memberships: 2 });
  });

  it('a duplicate email writes nothing (no half-made organization)', async () => {
    const caller = await callerFor(db.db, null);
    await caller.account.signUp({ name: 'A', email: 'dup@x.test', password: 'password1', organizationName: 'First' });
    const before = await db.snapshot();
    expect(await callPath(caller, 'account.signUp', { name: 'B', email: 'DUP@x.test', password: 'password2', organizationName: 'Second' })).toBe('CONFLICT');
    expect(await db.snapshot()).toEqual(before);
  });
});

describe('credentials and throttling', () => {
  it('gives one answer for an unknown email and a wrong password', async () => {
    const { people } = await twoTenants(db.db);
    const unknown = await verifyCredentials({ db: db.db, email: 'nobody@x.test', password: TEST_PASSWORD, ip: null }).catch((e: Error) => e);
    const wrong = await verifyCredentials({ db: db.db, email: people.ownerA.email, password: 'not the password', ip: null }).catch((e: Error) => e);
    expect(unknown).toBeInstanceOf(Unauthenticated);
    expect(wrong).toBeInstanceOf(Unauthenticated);
    expect((unknown as Error).message).toBe(WRONG_CREDENTIALS);
    expect((wrong as Error).message).toBe((unknown as Error).message);
    const ok = await verifyCredentials({ db: db.db, email: people.ownerA.email.toUpperCase(), password: TEST_PASSWORD, ip: null });
    expect(ok.id).toBe(people.ownerA.id);
  });

  it('throttles an account after the limit with 429 and a retry time (a growing delay), even for the right password', async () => {
    const { people } = await twoTenants(db.db);
    for (let i = 0; i < THROTTLE.perAccount.limit; i++) {
      await expect(verifyCredentials({ db: db.db, email: people.ownerA.email, password: 'wrong', ip: `10.0.0.${i}` })).rejects.toBeInstanceOf(Unauthenticated);
    }
    const limited = await verifyCredentials({ db: db.db, email: people.ownerA.email, password: TEST_PASSWORD, ip: '10.0.1.1' }).catch((e: Error) => e);
    expect(limited).toBeInstanceOf(RateLimited);
    expect((limited as RateLimited).retryAfterSeconds).toBeGreaterThan(0);
    expect((limited as RateLimited).retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.perAccount.baseDelaySeconds);
    expect(getHTTPStatusCodeFromError(toTrpcError(limited))).toBe(429);
    // other accounts are not affected
    await verifyCredentials({ db: db.db, email: people.ownerB.email, password: TEST_PASSWORD, ip: '10.0.1.1' });
  });

  it('throttles an IP that tries many accounts', async () => {
    await twoTenants(db.db);
    for (let i = 0; i < THROTTLE.perIp.limit; i++) {
      await verifyCredentials({ db: db.db, email: `guess${i}@x.test`, password: 'wrong', ip: '192.0.2.7' }).catch(() => undefined);
    }
    await expect(verifyCredentials({ db: db.db, email: 'owner@a.test', password: TEST_PASSWORD, ip: '192.0.2.7' })).rejects.toBeInstanceOf(RateLimited);
    await verifyCredentials({ db: db.db, email: 'owner@a.test', password: TEST_PASSWORD, ip: '192.0.2.8' });
  });
});

describe('sessions act on the very next request', () => {
  it('sign out everywhere refuses the old session at once', async () => {
    const { people, a } = await twoTenants(db.db);
    const caller = await callerFor(db.db, people.plannerA);
    await caller.organization.current({ org: a.slug });
    await caller.account.signOutEverywhere();
    expect(await callPath(caller, 'organization.current', { org: a.slug })).toBe('UNAUTHORIZED');
    expect(await callPath(caller, 'account.me', undefined)).toBe('UNAUTHORIZED');
    const fresh = await callerFor(db.db, people.plannerA);
    await fresh.organization.current({ org: a.slug });
  });

  it('a removed member is refused on the next call (their session has ended)', async () => {
    const { people, a } = await twoTenants(db.db);
    const viewer = await callerFor(db.db, people.viewerA);
    await viewer.organization.current({ org: a.slug });
    const owner = await callerFor(db.db, people.ownerA);
    const target = (await owner.members.list({ org: a.slug })).find((m) => m.userId === people.viewerA.id)!;
    await owner.members.remove({ org: a.slug, membershipId: target.membershipId });
    expect(await callPath(viewer, 'organization.current', { org: a.slug })).toBe('UNAUTHORIZED');
    // Signed in again, the organization is simply not theirs any more.
    expect(await callPath(await callerFor(db.db, people.viewerA), 'organization.current', { org: a.slug })).toBe('NOT_FOUND');
  });

  it('a revoked grant is refused on the next call (the account managers\' sessions have ended)', async () => {
    const { people, a, grantPA } = await twoTenants(db.db);
    const am = await callerFor(db.db, people.amP);
    expect((await am.account.organizations()).map((o) => o.slug)).toContain(a.slug);
    await am.organization.current({ org: a.slug });
    await (await callerFor(db.db, people.adminA)).providerAccess.revoke({ org: a.slug, grantId: grantPA.id });
    expect(await callPath(am, 'organization.current', { org: a.slug })).toBe('UNAUTHORIZED');
    const again = await callerFor(db.db, people.amP);
    expect(await callPath(again, 'organization.current', { org: a.slug })).toBe('NOT_FOUND');
    expect((await again.account.organizations()).map((o) => o.slug)).not.toContain(a.slug);
  });

  it('a disabled user is refused', async () => {
    const { people } = await twoTenants(db.db);
    const caller = await callerFor(db.db, people.ownerB);
    await withGlobal(db.db, (tx) => tx.update(users).set({ disabledAt: new Date() }).where(eq(users.id, people.ownerB.id)));
    expect(await callPath(caller, 'account.me', undefined)).toBe('UNAUTHORIZED');
  });
});

describe('sign-up details', () => {
  it('an invited person may sign up without an organization of their own', async () => {
    const caller = await callerFor(db.db, null);
    const out = await caller.account.signUp({ name: 'Invitee', email: 'invitee@x.test', password: 'long enough' });
    expect(out.organization).toBeNull();
    expect(await db.snapshot()).toMatchObject({ users: 1, organizations: 0, memberships: 0 });
  });

  it('never gives an organization a slug the app routes use', async () => {
    const caller = await callerFor(db.db, null);
    const out = await caller.account.signUp({ name: 'P', email: 'p@x.test', password: 'long enough', organizationName: 'Portfolio' });
    expect(out.organization?.slug).toBe('portfolio-2');
  });
});
