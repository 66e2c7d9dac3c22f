import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { organizations, providerGrants } from '@/db/schema';
import { Conflict, Invalid, NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import type { grantAccessInput } from './schemas';

/** Gives every account manager of a 3PL provider organization access to this importer with `role`. */
export async function grantProviderAccess({ ctx, input }: { ctx: TenantServiceContext; input: z.infer<typeof grantAccessInput> }) {
  if (ctx.tenant.kind !== 'importer') throw new Invalid('Only an importer organization grants provider access.');
  const [provider] = await ctx.tx.select().from(organizations).where(eq(organizations.slug, input.providerSlug)).limit(1);
  if (!provider || provider.kind !== 'provider') {
    throw new NotFound(`No 3PL provider organization "${input.providerSlug}". Ask your 3PL for their Footprint identifier.`);
  }
  const [active] = await ctx.tx
    .select({ id: providerGrants.id })
    .from(providerGrants)
    .where(and(eq(providerGrants.importerId, ctx.tenant.id), eq(providerGrants.providerId, provider.id), isNull(providerGrants.revokedAt)))
    .limit(1);
  if (active) throw new Conflict(`${provider.name} already has access. Revoke it first to change the role.`);
  const [grant] = await ctx.tx
    .insert(providerGrants)
    .values({ importerId: ctx.tenant.id, providerId: provider.id, role: input.role, grantedBy: ctx.user.id })
    .returning();
  if (!grant) throw new Error('grant insert returned nothing');
  await recordAudit(ctx, { action: 'provider_access.granted', entity: 'provider_grant', entityId: grant.id, after: { provider: provider.slug, role: input.role } });
  return { grantId: grant.id, provider: { name: provider.name, slug: provider.slug }, role: grant.role };
}
