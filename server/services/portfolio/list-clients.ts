import { and, asc, eq, isNull } from 'drizzle-orm';
import { organizations, providerGrants } from '@/db/schema';
import type { TenantServiceContext } from '../context';

/** The importers that granted this provider organization access, with the role each grant gives. */
export async function listClients({ ctx }: { ctx: TenantServiceContext }) {
  return ctx.tx
    .select({ slug: organizations.slug, name: organizations.name, currency: organizations.currency, role: providerGrants.role, since: providerGrants.createdAt })
    .from(providerGrants)
    .innerJoin(organizations, eq(organizations.id, providerGrants.importerId))
    .where(and(eq(providerGrants.providerId, ctx.tenant.id), isNull(providerGrants.revokedAt)))
    .orderBy(asc(organizations.name));
}
