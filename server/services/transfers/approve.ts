import { and, eq } from 'drizzle-orm';
import { transferLines, transfers } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { retryStockOperation } from '../stock/retry';
import { getTransfer } from './get';
import { transitionRefused } from './transition';

/**
 * draft → approved, reserving the lines at the origin: approved units are no longer available to
 * orders, counts or other transfers, and shipping later consumes the reservation. Not enough available
 * stock (on hand − reserved) is a Conflict naming the SKU and the figures, and the transfer stays a draft.
 * The state change is conditional: of two concurrent approvals one wins, the other is a Conflict.
 */
export function approveTransfer({ ctx, input }: { ctx: TenantServiceContext; input: { transferId: string } }) {
  return retryStockOperation(ctx, async (ctx) => {
    const [row] = await ctx.tx
      .update(transfers)
      .set({ status: 'approved', approvedAt: new Date(), approvedBy: ctx.user.id })
      .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId), eq(transfers.status, 'draft')))
      .returning({ id: transfers.id, number: transfers.number, fromLocationId: transfers.fromLocationId });
    if (!row) return transitionRefused(ctx, input.transferId, 'approved', ['draft']);
    const lines = await ctx.tx
      .select({ skuId: transferLines.skuId, qty: transferLines.qty })
      .from(transferLines)
      .where(and(eq(transferLines.tenantId, ctx.tenant.id), eq(transferLines.transferId, row.id)));
    await applyStockChanges(ctx, { movements: [], pipeline: lines.map((l) => ({ skuId: l.skuId, locationId: row.fromLocationId, reservedDelta: l.qty })) });
    await recordAudit(ctx, {
      action: 'transfer.approved',
      entity: 'transfer',
      entityId: row.id,
      before: { status: 'draft' },
      after: { status: 'approved', reservedUnits: lines.reduce((s, l) => s + l.qty, 0) },
    });
    return getTransfer({ ctx, input });
  });
}
