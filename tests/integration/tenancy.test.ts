/** Members, invitations and provider access, end to end through the router on a real database. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withGlobal } from '@/db/client';
import { invitations, outboxMessages } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, makeUser, twoTenants } from './support/actors';
import { callPath } from './support/procedures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
beforeAll(async () => {
  db = await openTestDatabase();
});
beforeEach(async () => {
  await db.reset();
  world = await twoTenants(db.db);
});
afterAll(() => db.close());

const tokenFrom = (link: string | undefined) => link?.split('/invite/')[1] ?? '';

describe('members', () => {
  it('the last owner can be neither demoted nor removed; a second owner makes it possible', async () => {
    const owner = await callerFor(db.db, world.people.ownerA);
    const list = await owner.members.list({ org: world.a.slug });
    const self = list.find((m) => m.userId === world.people.ownerA.id)!;
    expect(await callPath(owner, 'members.changeRole', { org: world.a.slug, membershipId: self.membershipId, role: 'admin' })).toBe('CONFLICT');
    expect(await callPath(owner, 'members.remove', { org: world.a.slug, membershipId: self.membershipId })).toBe('CONFLICT');
    const admin = list.find((m) => m.userId === world.people.adminA.id)!;
    await owner.members.changeRole({ org: world.a.slug, membershipId: admin.membershipId, role: 'owner' });
    await owner.members.changeRole({ org: world.a.slug, membershipId: self.membershipId, role: 'admin' });
    const after = await owner.members.list({ org: world.a.slug });
    expect(after.find((m) => m.userId === world.people.ownerA.id)?.role).toBe('admin');
  });

  it('an admin cannot touch an owner nor make one', async () => {
    const admin = await callerFor(db.db, world.people.adminA);
    const list = await admin.members.list({ org: world.a.slug });
    const owner = list.find((m) => m.role === 'owner')!;
    const viewer = list.find((m) => m.role === 'viewer')!;
    expect(await callPath(admin, 'members.remove', { org: world.a.slug, membershipId: owner.membershipId })).toBe('FORBIDDEN');
    expect(await callPath(admin, 'members.changeRole', { org: world.a.slug, membershipId: viewer.membershipId, role: 'owner' })).toBe('FORBIDDEN');
    await admin.members.changeRole({ org: world.a.slug, membershipId: viewer.membershipId, role: 'planner' });
  });

  it("a membership id of another tenant is not found, and nothing changes", async () => {
    const ownerB = await callerFor(db.db, world.people.ownerB);
    const [bOwner] = await ownerB.members.list({ org: world.b.slug });
    const ownerA = await callerFor(db.db, world.people.ownerA);
    const before = await db.snapshot();
    expect(await callPath(ownerA, 'members.remove', { org: world.a.slug, membershipId: bOwner!.membershipId })).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });

  it('refuses roles that do not fit the organization kind', async () => {
    const owner = await callerFor(db.db, world.people.ownerA);
    const viewer = (await owner.members.list({ org: world.a.slug })).find((m) => m.role === 'viewer')!;
    expect(await callPath(owner, 'members.changeRole', { org: world.a.slug, membershipId: viewer.membershipId, role: 'account_manager' })).toBe('BAD_REQUEST');
  });
});

describe('invitations', () => {
  it('invite → outbox mail with a link → the invited user accepts and becomes a member', async () => {
    const admin = await callerFor(db.db, world.people.adminA);
    const sent = await admin.invitations.create({ org: world.a.slug, email: 'New.Person@x.test', role: 'planner' });
    expect(sent.via).toBe('outbox');
    const mails = await withGlobal(db.db, (tx) => tx.select().from(outboxMessages));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe('new.person@x.test');
    expect(mails[0]?.text).toContain(sent.link);
    const token = tokenFrom(sent.link);
    expect(await (await callerFor(db.db, null)).invitations.preview({ token })).toMatchObject({ email: 'new.person@x.test', role: 'planner', organization: { slug: world.a.slug } });

    const stranger = await makeUser(db.db, 'stranger@x.test');
    expect(await callPath(await callerFor(db.db, stranger), 'invitations.accept', { token })).toBe('FORBIDDEN');
    const invited = await makeUser(db.db, 'new.person@x.test');
    const invitedCaller = await callerFor(db.db, invited);
    expect(await invitedCaller.invitations.accept({ token })).toEqual({ slug: world.a.slug, name: world.a.name });
    expect(await invitedCaller.organization.current({ org: world.a.slug })).toMatchObject({ role: 'planner' });
    expect(await callPath(invitedCaller, 'invitations.accept', { token })).toBe('NOT_FOUND');
  });

  it('revoked and expired links do not work', async () => {
    const admin = await callerFor(db.db, world.people.adminA);
    const first = await admin.invitations.create({ org: world.a.slug, email: 'r@x.test', role: 'viewer' });
    await admin.invitations.revoke({ org: world.a.slug, invitationId: first.invitation.id });
    const invited = await callerFor(db.db, await makeUser(db.db, 'r@x.test'));
    expect(await callPath(invited, 'invitations.accept', { token: tokenFrom(first.link) })).toBe('NOT_FOUND');
    const second = await admin.invitations.create({ org: world.a.slug, email: 'r@x.test', role: 'viewer' });
    await db.ownerQuery(`update invitations set expires_at = now() - interval '1 minute' where id = $1`, [second.invitation.id]);
    expect(await callPath(invited, 'invitations.accept', { token: tokenFrom(second.link) })).toBe('NOT_FOUND');
    expect(await admin.invitations.list({ org: world.a.slug })).toEqual([]);
  });

  it('stores only a hash of the token', async () => {
    const admin = await callerFor(db.db, world.people.adminA);
    const sent = await admin.invitations.create({ org: world.a.slug, email: 'h@x.test', role: 'viewer' });
    const rows = await withGlobal(db.db, (tx) => tx.select().from(invitations));
    expect(JSON.stringify(rows)).not.toContain(tokenFrom(sent.link));
  });

  it('refuses to invite an existing member', async () => {
    const admin = await callerFor(db.db, world.people.adminA);
    expect(await callPath(admin, 'invitations.create', { org: world.a.slug, email: 'VIEWER@a.test', role: 'viewer' })).toBe('CONFLICT');
  });
});

describe('provider access', () => {
  it('an importer grants a provider by its identifier; its account managers see the client in their portfolio', async () => {
    const ownerB = await callerFor(db.db, world.people.ownerB);
    await ownerB.providerAccess.grant({ org: world.b.slug, providerSlug: world.p.slug, role: 'viewer' });
    const am = await callerFor(db.db, world.people.amP);
    const clients = await am.portfolio.clients({ org: world.p.slug });
    expect(clients.map((c) => [c.slug, c.role])).toEqual([
      [world.a.slug, 'planner'],
      [world.b.slug, 'viewer'],
    ]);
    expect(await am.organization.current({ org: world.b.slug })).toMatchObject({ role: 'viewer', via: 'grant' });
    expect(await callPath(ownerB, 'providerAccess.grant', { org: world.b.slug, providerSlug: world.p.slug, role: 'planner' })).toBe('CONFLICT');
    expect(await callPath(ownerB, 'providerAccess.grant', { org: world.b.slug, providerSlug: world.a.slug, role: 'viewer' })).toBe('NOT_FOUND');
  });

  it('the portfolio is for provider members only', async () => {
    const ownerA = await callerFor(db.db, world.people.ownerA);
    expect(await callPath(ownerA, 'portfolio.clients', { org: world.a.slug })).toBe('FORBIDDEN');
  });
});
