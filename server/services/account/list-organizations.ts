import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { withGlobal, type Database } from '@/db/client';
import { memberships, organizations, providerGrants } from '@/db/schema';
import type { MemberRole } from '../../auth/roles';

export interface OrganizationChoice {
  slug: string;
  name: string;
  kind: 'importer' | 'provider';
  role: MemberRole;
  via: 'membership' | 'grant';
  /** For a granted client: the provider organization the access comes through. */
  throughProvider?: string;
}

/** Everything the org switcher lists: the user's memberships, then clients granted to their provider orgs. */
export async function listMyOrganizations({ db, userId }: { db: Database; userId: string }): Promise<OrganizationChoice[]> {
  return withGlobal(db, async (tx) => {
    const own = await tx
      .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, kind: organizations.kind, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organizations.name));
    const providerIds = own.filter((o) => o.kind === 'provider' && (o.role === 'owner' || o.role === 'account_manager')).map((o) => o.id);
    const ownIds = new Set(own.map((o) => o.id));
    const choices: OrganizationChoice[] = own.map(({ slug, name, kind, role }) => ({ slug, name, kind, role, via: 'membership' }));
    if (providerIds.length === 0) return choices;
    const granted = await tx
      .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, role: providerGrants.role, providerId: providerGrants.providerId })
      .from(providerGrants)
      .innerJoin(organizations, eq(organizations.id, providerGrants.importerId))
      .where(and(inArray(providerGrants.providerId, providerIds), isNull(providerGrants.revokedAt)))
      .orderBy(asc(organizations.name));
    const providerNames = new Map(own.map((o) => [o.id, o.name]));
    for (const g of granted) {
      if (ownIds.has(g.id) || choices.some((c) => c.slug === g.slug)) continue;
      choices.push({ slug: g.slug, name: g.name, kind: 'importer', role: g.role, via: 'grant', throughProvider: providerNames.get(g.providerId) });
    }
    return choices;
  });
}
