/**
 * Roles: every tenant procedure refuses each role weaker than its minimum with FORBIDDEN (read from the
 * router's metadata, so new procedures are covered), viewers cannot write, planners cannot manage members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRole, TENANT_ROLES } from '@/server/auth/roles';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath, listProcedures } from './support/procedures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
});
afterAll(() => db.close());

const PEOPLE = { owner: 'ownerA', admin: 'adminA', planner: 'plannerA', viewer: 'viewerA' } as const;

/** Mutations open to viewers because they change only the caller's own settings, and why that is safe. */
const OWN_SETTINGS_MUTATIONS: Record<string, string> = {
  'digests.update': "the caller's own digest schedule",
  'digests.resume': "the caller's own digest, paused after a bounce",
  'digests.sendNow': 'one digest to the caller, at most one a day',
};

describe('roles', () => {
  const tenantProcedures = listProcedures().filter((p) => p.meta.kind === 'tenant');

  it('no mutation is open to viewers', () => {
    const open = tenantProcedures.filter((p) => p.type === 'mutation' && p.meta.minRole === 'viewer' && !(p.path in OWN_SETTINGS_MUTATIONS)).map((p) => p.path);
    expect(open).toEqual([]);
  });

  it('each role below a procedure’s minimum gets FORBIDDEN and changes nothing', async () => {
    const before = await db.snapshot();
    let refusals = 0;
    for (const role of TENANT_ROLES) {
      const caller = await callerFor(db.db, world.people[PEOPLE[role]]);
      for (const p of tenantProcedures) {
        if (!p.meta.minRole || hasRole(role, p.meta.minRole)) continue;
        expect(await callPath(caller, p.path, { org: world.a.slug }), `${p.path} as ${role}`).toBe('FORBIDDEN');
        refusals++;
      }
    }
    expect(refusals).toBeGreaterThan(5);
    expect(await db.snapshot()).toEqual(before);
  });

  it('a planner cannot manage members, invitations or provider access', async () => {
    const caller = await callerFor(db.db, world.people.plannerA);
    const members = await (await callerFor(db.db, world.people.ownerA)).members.list({ org: world.a.slug });
    const viewer = members.find((m) => m.email === 'viewer@a.test')!;
    expect(await callPath(caller, 'members.changeRole', { org: world.a.slug, membershipId: viewer.membershipId, role: 'admin' })).toBe('FORBIDDEN');
    expect(await callPath(caller, 'members.remove', { org: world.a.slug, membershipId: viewer.membershipId })).toBe('FORBIDDEN');
    expect(await callPath(caller, 'invitations.create', { org: world.a.slug, email: 'x@y.test', role: 'viewer' })).toBe('FORBIDDEN');
    expect(await callPath(caller, 'providerAccess.grant', { org: world.a.slug, providerSlug: world.p.slug, role: 'viewer' })).toBe('FORBIDDEN');
  });

  it('an account manager acts in a granted client with the grant’s role, not more', async () => {
    const caller = await callerFor(db.db, world.people.amP);
    const current = await caller.organization.current({ org: world.a.slug });
    expect(current).toMatchObject({ role: 'planner', via: 'grant' });
    expect(await callPath(caller, 'members.remove', { org: world.a.slug, membershipId: world.grantPA.id })).toBe('FORBIDDEN');
  });
});
