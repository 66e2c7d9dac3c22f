import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '@/db/client';
import { memberships, organizations, providerGrants } from '@/db/schema';
import { NotFound } from '../../errors';
import type { MemberRole } from '../../auth/roles';

export interface TenantContext {
  id: string;
  slug: string;
  name: string;
  kind: 'importer' | 'provider';
  currency: string;
  timezone: string;
  role: MemberRole;
  /** How the caller reaches this tenant: their own membership, or a grant to their provider organization. */
  via: 'membership' | 'grant';
  /** The provider organization whose grant is used, when via = 'grant'. */
  providerId?: string;
}

/**
 * Resolves the caller's access to the organization `slug` from the database (never from the session):
 * a membership, else an active grant to a provider organization the caller belongs to. An organization
 * the caller cannot reach is reported exactly like one that does not exist.
 */
export async function resolveTenant(db: Queryable, userId: string, slug: string): Promise<TenantContext> {
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1);
  if (!org) throw new NotFound('Organization not found.');
  const base = { id: org.id, slug: org.slug, name: org.name, kind: org.kind, currency: org.currency, timezone: org.timezone };

  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, userId)))
    .limit(1);
  if (member) return { ...base, role: member.role, via: 'membership' };

  if (org.kind === 'importer') {
    const providerIds = db
      .select({ id: memberships.organizationId })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, userId), eq(organizations.kind, 'provider'), inArray(memberships.role, ['owner', 'account_manager'])));
    const [grant] = await db
      .select({ role: providerGrants.role, providerId: providerGrants.providerId })
      .from(providerGrants)
      .where(and(eq(providerGrants.importerId, org.id), isNull(providerGrants.revokedAt), inArray(providerGrants.providerId, providerIds)))
      .limit(1);
    if (grant) return { ...base, role: grant.role, via: 'grant', providerId: grant.providerId };
  }
  throw new NotFound('Organization not found.');
}
