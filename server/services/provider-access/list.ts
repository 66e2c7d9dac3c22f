import { and, desc, eq, isNull } from 'drizzle-orm';
import { organizations, providerGrants } from '@/db/schema';
import type { TenantServiceContext } from '../context';

/** Active grants of this importer to provider organizations. */
export async function listProviderGrants({ ctx }: { ctx: TenantServiceContext }) {
  return ctx.tx
    .select({ grantId: providerGrants.id, role: providerGrants.role, since: providerGrants.createdAt, provider: { name: organizations.name, slug: organizations.slug } })
    .from(providerGrants)
    .innerJoin(organizations, eq(organizations.id, providerGrants.providerId))
    .where(and(eq(providerGrants.importerId, ctx.tenant.id), isNull(providerGrants.revokedAt)))
    .orderBy(desc(providerGrants.createdAt));
}
