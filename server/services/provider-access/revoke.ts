import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { providerGrants } from '@/db/schema';
import { NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import { endSessionsOf, grantHolders } from '../account/end-sessions';
import type { TenantServiceContext } from '../context';
import type { revokeAccessInput } from './schemas';

/** Revokes a grant; the sessions of the provider's account managers end, so their very next request is refused. */
export async function revokeProviderAccess({ ctx, input }: { ctx: TenantServiceContext; input: z.infer<typeof revokeAccessInput> }) {
  const [row] = await ctx.tx
    .update(providerGrants)
    .set({ revokedAt: new Date() })
    .where(and(eq(providerGrants.id, input.grantId), eq(providerGrants.importerId, ctx.tenant.id), isNull(providerGrants.revokedAt)))
    .returning();
  if (!row) throw new NotFound('Grant not found or already revoked.');
  await endSessionsOf(ctx.tx, await grantHolders(ctx.tx, row.providerId));
  await recordAudit(ctx, { action: 'provider_access.revoked', entity: 'provider_grant', entityId: row.id, before: { providerId: row.providerId, role: row.role } });
  return { revoked: true as const };
}
