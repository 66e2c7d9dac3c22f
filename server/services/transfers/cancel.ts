import { and, eq, inArray } from 'drizzle-orm';
import { transfers } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { getTransfer } from './get';
import { transitionRefused } from './transition';

/**
 * draft or approved → cancelled. Stock has not moved yet, so nothing else changes. A transfer in
 * transit cannot be cancelled: its units have left the origin; receive them instead.
 */
export async function cancelTransfer({ ctx, input }: { ctx: TenantServiceContext; input: { transferId: string } }) {
  const before = await ctx.tx
    .select({ status: transfers.status })
    .from(transfers)
    .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId)));
  const [row] = await ctx.tx
    .update(transfers)
    .set({ status: 'cancelled', cancelledAt: new Date() })
    .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId), inArray(transfers.status, ['draft', 'approved'])))
    .returning({ id: transfers.id });
  if (!row) return transitionRefused(ctx, input.transferId, 'cancelled', ['draft', 'approved']);
  await recordAudit(ctx, { action: 'transfer.cancelled', entity: 'transfer', entityId: row.id, before: { status: before[0]?.status }, after: { status: 'cancelled' } });
  return getTransfer({ ctx, input });
}
