import { auditLog } from '@/db/schema';
import type { TenantServiceContext } from '../context';

/**
 * Appends one entry to the tenant's audit log, in the caller's transaction. An account manager acting
 * through a 3PL grant is recorded with the provider organization too, so the log shows "via BlueWave".
 */
export async function recordAudit(
  ctx: TenantServiceContext,
  entry: { action: string; entity: string; entityId?: string | null; before?: unknown; after?: unknown },
): Promise<void> {
  await ctx.tx.insert(auditLog).values({
    tenantId: ctx.tenant.id,
    actorId: ctx.user.id,
    actorProviderId: ctx.tenant.via === 'grant' ? (ctx.tenant.providerId ?? null) : null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
