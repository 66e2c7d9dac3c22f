import { and, eq } from 'drizzle-orm';
import { purchaseOrderLines, purchaseOrders } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { retryStockOperation } from '../stock/retry';
import { getPurchaseOrder } from './get';
import { lockPurchaseOrder } from './lock';
import type { MarkPurchaseOrderInTransitInput } from './schemas';

/** ordered → in transit (the supplier shipped): outstanding units move from on order to inbound at the arrival location. */
export function markPurchaseOrderInTransit({ ctx, input }: { ctx: TenantServiceContext; input: MarkPurchaseOrderInTransitInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    const po = await lockPurchaseOrder(ctx, input.purchaseOrderId, 'marked in transit', ['ordered']);
    const lines = await ctx.tx
      .select({ skuId: purchaseOrderLines.skuId, qty: purchaseOrderLines.qty, qtyReceived: purchaseOrderLines.qtyReceived })
      .from(purchaseOrderLines)
      .where(and(eq(purchaseOrderLines.tenantId, ctx.tenant.id), eq(purchaseOrderLines.purchaseOrderId, po.id)));
    const outstanding = lines.map((l) => ({ skuId: l.skuId, units: Math.max(0, l.qty - l.qtyReceived) })).filter((l) => l.units > 0);
    await ctx.tx
      .update(purchaseOrders)
      .set({ status: 'in_transit', ...(input.eta ? { eta: input.eta } : {}) })
      .where(and(eq(purchaseOrders.tenantId, ctx.tenant.id), eq(purchaseOrders.id, po.id), eq(purchaseOrders.status, 'ordered')));
    await applyStockChanges(ctx, {
      movements: [],
      pipeline: outstanding.map((l) => ({ skuId: l.skuId, locationId: po.arrivalLocationId, onOrderDelta: -l.units, inboundDelta: l.units })),
    });
    await recordAudit(ctx, {
      action: 'purchase_order.in_transit',
      entity: 'purchase_order',
      entityId: po.id,
      before: { status: po.status, eta: po.eta },
      after: { status: 'in_transit', eta: input.eta ?? po.eta },
    });
    return getPurchaseOrder({ ctx, input });
  });
}
