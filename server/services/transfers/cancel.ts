import { and, eq, inArray } from 'drizzle-orm';
import { transferLines, transfers } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { retryStockOperation } from '../stock/retry';
import { getTransfer } from './get';
import { transitionRefused } from './transition';

/**
 * draft or approved → cancelled. Stock has not moved yet; an approved transfer's reservation at the
 * origin is released. A transfer in transit cannot be cancelled: its units have left the origin;
 * receive them instead.
 */
export function cancelTransfer({ ctx, input }: { ctx: TenantServiceContext; input: { transferId: string } }) {
  return retryStockOperation(ctx, async (ctx) => {
    const [before] = await ctx.tx
      .select({ status: transfers.status })
      .from(transfers)
      .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId)))
      .for('update');
    const [row] = await ctx.tx
      .update(transfers)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId), inArray(transfers.status, ['draft', 'approved'])))
      .returning({ id: transfers.id, fromLocationId: transfers.fromLocationId });
    if (!row) return transitionRefused(ctx, input.transferId, 'cancelled', ['draft', 'approved']);
    if (before?.status === 'approved') {
      const lines = await ctx.tx
        .select({ skuId: transferLines.skuId, qty: transferLines.qty })
        .from(transferLines)
        .where(and(eq(transferLines.tenantId, ctx.tenant.id), eq(transferLines.transferId, row.id)));
      await applyStockChanges(ctx, { movements: [], pipeline: lines.map((l) => ({ skuId: l.skuId, locationId: row.fromLocationId, reservedDelta: -l.qty })) });
    }
    await recordAudit(ctx, { action: 'transfer.cancelled', entity: 'transfer', entityId: row.id, before: { status: before?.status }, after: { status: 'cancelled' } });
    return getTransfer({ ctx, input });
  });
}
