import { withGlobal, type Database, type Queryable } from '@/db/client';
import { memberships, organizations } from '@/db/schema';
import { createOrganizationInput, type CreateOrganizationInput } from './schemas';
import { uniqueSlug } from './slug';

/** Creates an organization with `userId` as its owner. Runs on the caller's transaction. */
export async function createOrganization({ db, userId, input }: { db: Queryable; userId: string; input: CreateOrganizationInput }) {
  const data = createOrganizationInput.parse(input);
  const slug = await uniqueSlug(db, data.name);
  const [org] = await db
    .insert(organizations)
    .values({ slug, name: data.name, kind: data.kind, currency: data.currency, timezone: data.timezone })
    .returning();
  if (!org) throw new Error('organization insert returned nothing');
  await db.insert(memberships).values({ organizationId: org.id, userId, role: 'owner' });
  return org;
}

/** The same, in a transaction of its own (the onboarding form). */
export async function createOrganizationForUser({ db, userId, input }: { db: Database; userId: string; input: CreateOrganizationInput }) {
  return withGlobal(db, (tx) => createOrganization({ db: tx, userId, input }));
}
