import { and, eq } from 'drizzle-orm';
import { purchaseOrderLines, purchaseOrders } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { retryStockOperation } from '../stock/retry';
import { getPurchaseOrder } from './get';
import { lockPurchaseOrder, pipelineField } from './lock';

/**
 * Cancels what has not arrived of a purchase order (draft, ordered or in transit): the outstanding
 * units leave on order (or inbound). Units already received stay in stock and in the ledger.
 */
export function cancelPurchaseOrder({ ctx, input }: { ctx: TenantServiceContext; input: { purchaseOrderId: string } }) {
  return retryStockOperation(ctx, async (ctx) => {
    const po = await lockPurchaseOrder(ctx, input.purchaseOrderId, 'cancelled', ['draft', 'ordered', 'in_transit']);
    const lines = await ctx.tx
      .select({ skuId: purchaseOrderLines.skuId, qty: purchaseOrderLines.qty, qtyReceived: purchaseOrderLines.qtyReceived })
      .from(purchaseOrderLines)
      .where(and(eq(purchaseOrderLines.tenantId, ctx.tenant.id), eq(purchaseOrderLines.purchaseOrderId, po.id)));
    await ctx.tx
      .update(purchaseOrders)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(and(eq(purchaseOrders.tenantId, ctx.tenant.id), eq(purchaseOrders.id, po.id), eq(purchaseOrders.status, po.status)));
    if (po.status !== 'draft') {
      const field = pipelineField(po.status);
      const outstanding = lines.map((l) => ({ skuId: l.skuId, units: Math.max(0, l.qty - l.qtyReceived) })).filter((l) => l.units > 0);
      await applyStockChanges(ctx, { movements: [], pipeline: outstanding.map((l) => ({ skuId: l.skuId, locationId: po.arrivalLocationId, [field]: -l.units })) });
    }
    await recordAudit(ctx, { action: 'purchase_order.cancelled', entity: 'purchase_order', entityId: po.id, before: { status: po.status }, after: { status: 'cancelled' } });
    return getPurchaseOrder({ ctx, input });
  });
}
