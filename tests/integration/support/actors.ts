/** Users, organizations and callers for integration tests, made through the real services. */
import { eq } from 'drizzle-orm';
import { withGlobal, type Database } from '@/db/client';
import { memberships, organizations, providerGrants, users } from '@/db/schema';
import { hashPassword } from '@/server/auth/passwords';
import { createCaller } from '@/server/trpc/root';
import type { MemberRole } from '@/server/auth/roles';

let passwordHashCache: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct horse battery';

export async function makeUser(db: Database, email: string, name = email.split('@')[0] ?? email) {
  passwordHashCache ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await passwordHashCache;
  const [user] = await withGlobal(db, (tx) => tx.insert(users).values({ email, name, passwordHash }).returning());
  if (!user) throw new Error('no user');
  return user;
}

export async function makeOrg(db: Database, slug: string, kind: 'importer' | 'provider' = 'importer') {
  const [org] = await withGlobal(db, (tx) => tx.insert(organizations).values({ slug, name: slug.replace(/-/g, ' '), kind }).returning());
  if (!org) throw new Error('no org');
  return org;
}

export async function addMember(db: Database, orgId: string, userId: string, role: MemberRole) {
  const [m] = await withGlobal(db, (tx) => tx.insert(memberships).values({ organizationId: orgId, userId, role }).returning());
  if (!m) throw new Error('no membership');
  return m;
}

export async function grant(db: Database, importerId: string, providerId: string, role: 'planner' | 'viewer') {
  const [g] = await withGlobal(db, (tx) => tx.insert(providerGrants).values({ importerId, providerId, role }).returning());
  if (!g) throw new Error('no grant');
  return g;
}

/** A tRPC caller acting as `user` (with their current session version unless given). */
export async function callerFor(db: Database, user: { id: string } | null, sessionVersion?: number) {
  let version = sessionVersion;
  if (user && version === undefined) {
    const [row] = await withGlobal(db, (tx) => tx.select({ v: users.sessionVersion }).from(users).where(eq(users.id, user.id)));
    version = row?.v ?? 1;
  }
  return createCaller({ db, session: user ? { userId: user.id, sessionVersion: version ?? 1 } : null, ip: null, origin: 'http://localhost:3000' });
}

/**
 * Two importers (A, B) with owner/admin/planner/viewer each, and a provider P whose account manager is
 * granted planner access to A. The shape every tenancy test starts from.
 */
export async function twoTenants(db: Database) {
  const a = await makeOrg(db, 'tenant-a');
  const b = await makeOrg(db, 'tenant-b');
  const p = await makeOrg(db, 'provider-p', 'provider');
  const people = {
    ownerA: await makeUser(db, 'owner@a.test'),
    adminA: await makeUser(db, 'admin@a.test'),
    plannerA: await makeUser(db, 'planner@a.test'),
    viewerA: await makeUser(db, 'viewer@a.test'),
    ownerB: await makeUser(db, 'owner@b.test'),
    amP: await makeUser(db, 'am@p.test'),
  };
  await addMember(db, a.id, people.ownerA.id, 'owner');
  await addMember(db, a.id, people.adminA.id, 'admin');
  await addMember(db, a.id, people.plannerA.id, 'planner');
  await addMember(db, a.id, people.viewerA.id, 'viewer');
  await addMember(db, b.id, people.ownerB.id, 'owner');
  await addMember(db, p.id, people.amP.id, 'account_manager');
  const grantPA = await grant(db, a.id, p.id, 'planner');
  return { a, b, p, people, grantPA };
}
