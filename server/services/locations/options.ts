import { and, asc, eq, isNull } from 'drizzle-orm';
import { locations, organizations, providerGrants } from '@/db/schema';
import type { TenantServiceContext } from '../context';

/** Active locations for pickers (lanes, transfers, filters): id, code, name, country. */
export async function locationOptions({ ctx }: { ctx: TenantServiceContext }) {
  return ctx.tx
    .select({ id: locations.id, code: locations.code, name: locations.name, country: locations.country })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), isNull(locations.archivedAt)))
    .orderBy(asc(locations.code));
}

/** 3PL organizations with active access to this tenant: who can operate a location. */
export async function operatorOptions({ ctx }: { ctx: TenantServiceContext }) {
  return ctx.tx
    .select({ id: organizations.id, name: organizations.name })
    .from(providerGrants)
    .innerJoin(organizations, eq(organizations.id, providerGrants.providerId))
    .where(and(eq(providerGrants.importerId, ctx.tenant.id), isNull(providerGrants.revokedAt)))
    .orderBy(asc(organizations.name));
}
