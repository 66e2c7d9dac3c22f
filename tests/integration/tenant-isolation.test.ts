/**
 * Tenant isolation for EVERY procedure of the app router (listed from the router's definition): a member
 * of tenant A calling it for tenant B gets NOT_FOUND or FORBIDDEN and changes nothing. Procedures without
 * an organization must be named below, so a new one cannot slip past this test unreviewed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath, listProcedures } from './support/procedures';

/** Procedures that act on the caller themself, not on an organization, and why that is safe. */
const NOT_TENANT_SCOPED: Record<string, string> = {
  'account.signUp': 'creates a new user and their own organization',
  'account.me': 'the caller only',
  'account.organizations': "the caller's own memberships and grants",
  'account.createOrganization': 'a new organization owned by the caller',
  'account.signOutEverywhere': "the caller's own sessions",
  'account.changePassword': "the caller's own password (the current one is checked)",
  'invitations.preview': 'needs the secret token of the invitation',
  'invitations.accept': 'needs the secret token and the invited email',
};

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
});
afterAll(() => db.close());

describe('tenant isolation of every procedure', () => {
  const procedures = listProcedures();
  const scoped = procedures.filter((p) => p.meta.kind === 'tenant' || p.meta.kind === 'provider');

  it('every procedure is tenant-scoped or explicitly reviewed', () => {
    const unscoped = procedures.filter((p) => !p.meta.kind).map((p) => p.path);
    expect(unscoped.sort()).toEqual(Object.keys(NOT_TENANT_SCOPED).sort());
    expect(scoped.length).toBeGreaterThan(5);
  });

  it.each([
    ['owner of A', 'ownerA'],
    ['viewer of A', 'viewerA'],
    ['account manager granted A', 'amP'],
  ] as const)('%s reaches nothing of tenant B through any procedure', async (_label, who) => {
    const before = await db.snapshot();
    const caller = await callerFor(db.db, world.people[who]);
    for (const p of scoped) {
      const code = await callPath(caller, p.path, { org: world.b.slug });
      expect(['NOT_FOUND', 'FORBIDDEN'], `${p.path} as ${who} for B gave ${code}`).toContain(code);
    }
    expect(await db.snapshot()).toEqual(before);
  });

  it('an unknown organization looks exactly like a foreign one', async () => {
    const caller = await callerFor(db.db, world.people.ownerA);
    for (const p of scoped) expect(await callPath(caller, p.path, { org: 'no-such-org' })).toBe('NOT_FOUND');
  });

  it('signed-out callers get UNAUTHORIZED from every tenant procedure', async () => {
    const caller = await callerFor(db.db, null);
    for (const p of scoped) expect(await callPath(caller, p.path, { org: world.a.slug }), p.path).toBe('UNAUTHORIZED');
  });
});
