import { and, eq, sql } from 'drizzle-orm';
import { purchaseOrderLines, purchaseOrders, stockMovements } from '@/db/schema';
import { newId } from '@/db/schema/ids';
import { Conflict, Invalid, type FieldIssue } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { escapeLike } from '../listing/query';
import { retryStockOperation } from '../stock/retry';
import { getPurchaseOrder } from './get';
import { lockPurchaseOrder, pipelineField } from './lock';
import type { ReceivePurchaseOrderInput } from './schemas';

/**
 * Receives a purchase order at its arrival location, in full (no lines given) or per line (partial
 * receipts; several per line are fine): receipt movements into on hand, the same units out of on order
 * (or inbound once in transit). More than outstanding is refused. Fully received → `received`.
 */
export function receivePurchaseOrder({ ctx, input }: { ctx: TenantServiceContext; input: ReceivePurchaseOrderInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    if (input.idempotencyKey) {
      // Lock first (any state), so a retry racing its first attempt waits for it and then sees its receipt.
      const po = await lockPurchaseOrder(ctx, input.purchaseOrderId, 'received', ['draft', 'ordered', 'in_transit', 'received', 'cancelled']);
      const prefix = `${escapeLike(`po:${po.id}:in:${input.idempotencyKey}:`)}%`;
      const [earlier] = await ctx.tx
        .select({ id: stockMovements.id })
        .from(stockMovements)
        .where(and(eq(stockMovements.tenantId, ctx.tenant.id), eq(stockMovements.purchaseOrderId, po.id), sql`${stockMovements.idempotencyKey} like ${prefix}`))
        .limit(1);
      if (earlier) return { ...(await getPurchaseOrder({ ctx, input })), replayed: true };
    }
    const po = await lockPurchaseOrder(ctx, input.purchaseOrderId, 'received', ['ordered', 'in_transit']);
    const receiptKey = input.idempotencyKey ?? newId();

    const lines = await ctx.tx
      .select()
      .from(purchaseOrderLines)
      .where(and(eq(purchaseOrderLines.tenantId, ctx.tenant.id), eq(purchaseOrderLines.purchaseOrderId, po.id)));
    const bySku = new Map(lines.map((l) => [l.skuId, l]));
    const wanted = input.lines ?? lines.map((l) => ({ skuId: l.skuId, qty: Math.max(0, l.qty - l.qtyReceived) }));
    const issues: FieldIssue[] = [];
    wanted.forEach((w, i) => {
      const line = bySku.get(w.skuId);
      if (!line) issues.push({ field: `lines.${i}.skuId`, message: 'This SKU is not on the purchase order.' });
      else if (w.qty > line.qty - line.qtyReceived) issues.push({ field: `lines.${i}.qty`, message: `Only ${line.qty - line.qtyReceived} units are outstanding on this line.` });
    });
    if (issues.length) throw new Invalid('Some quantities cannot be received.', issues);
    const receiving = wanted.filter((w) => w.qty > 0);
    if (receiving.length === 0) throw new Invalid('Enter the units received on at least one line.', [{ field: 'lines', message: 'Nothing to receive.' }]);

    for (const w of receiving) {
      const [updated] = await ctx.tx
        .update(purchaseOrderLines)
        .set({ qtyReceived: sql`${purchaseOrderLines.qtyReceived} + ${w.qty}` })
        .where(
          and(
            eq(purchaseOrderLines.tenantId, ctx.tenant.id),
            eq(purchaseOrderLines.purchaseOrderId, po.id),
            eq(purchaseOrderLines.skuId, w.skuId),
            sql`${purchaseOrderLines.qtyReceived} + ${w.qty} <= ${purchaseOrderLines.qty}`,
          ),
        )
        .returning({ id: purchaseOrderLines.id });
      if (!updated) throw new Conflict('This purchase order changed while you were receiving it. Reload and try again.');
    }
    const field = pipelineField(po.status);
    await applyStockChanges(ctx, {
      movements: receiving.map((w) => ({
        skuId: w.skuId,
        locationId: po.arrivalLocationId,
        qty: w.qty,
        kind: 'receipt' as const,
        reference: input.reference || po.number,
        purchaseOrderId: po.id,
        idempotencyKey: `po:${po.id}:in:${receiptKey}:${w.skuId}`,
      })),
      pipeline: receiving.map((w) => ({ skuId: w.skuId, locationId: po.arrivalLocationId, [field]: -w.qty })),
    });

    const [open] = await ctx.tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(purchaseOrderLines)
      .where(and(eq(purchaseOrderLines.tenantId, ctx.tenant.id), eq(purchaseOrderLines.purchaseOrderId, po.id), sql`${purchaseOrderLines.qtyReceived} < ${purchaseOrderLines.qty}`));
    const complete = (open?.n ?? 0) === 0;
    if (complete) {
      await ctx.tx
        .update(purchaseOrders)
        .set({ status: 'received', receivedAt: new Date() })
        .where(and(eq(purchaseOrders.tenantId, ctx.tenant.id), eq(purchaseOrders.id, po.id)));
    }
    await recordAudit(ctx, {
      action: complete ? 'purchase_order.received' : 'purchase_order.received_partially',
      entity: 'purchase_order',
      entityId: po.id,
      before: { status: po.status },
      after: { status: complete ? 'received' : po.status, lines: receiving },
    });
    return { ...(await getPurchaseOrder({ ctx, input })), replayed: false };
  });
}
