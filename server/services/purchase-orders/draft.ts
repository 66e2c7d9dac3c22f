/** A draft purchase order (e.g. from accepted recommendations): edited while a draft, then placed (ordered). */
import { and, eq, inArray } from 'drizzle-orm';
import { purchaseOrderLines, purchaseOrders, skus } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { retryStockOperation } from '../stock/retry';
import { loadStockRefs } from '../stock/stock-refs';
import { Invalid } from '../../errors';
import { getPurchaseOrder } from './get';
import { lockPurchaseOrder } from './lock';
import type { UpdatePurchaseOrderDraftInput } from './schemas';

export function updatePurchaseOrderDraft({ ctx, input }: { ctx: TenantServiceContext; input: UpdatePurchaseOrderDraftInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    const po = await lockPurchaseOrder(ctx, input.purchaseOrderId, 'edited', ['draft']);
    const refs = await loadStockRefs(ctx, input.lines.map((l) => l.skuId), [po.arrivalLocationId]);
    const archived = input.lines.flatMap((l, i) => (refs.skus.get(l.skuId)?.archived ? [{ field: `lines.${i}.skuId`, message: `${refs.skus.get(l.skuId)?.code} is archived.` }] : []));
    if (archived.length) throw new Invalid('Archived SKUs cannot be ordered.', archived);
    const before = await getPurchaseOrder({ ctx, input });
    const costs = new Map(
      (await ctx.tx.select({ id: skus.id, unitCost: skus.unitCost }).from(skus).where(and(eq(skus.tenantId, ctx.tenant.id), inArray(skus.id, input.lines.map((l) => l.skuId))))).map((s) => [s.id, s.unitCost]),
    );
    await ctx.tx.delete(purchaseOrderLines).where(and(eq(purchaseOrderLines.tenantId, ctx.tenant.id), eq(purchaseOrderLines.purchaseOrderId, po.id)));
    const lines = input.lines.map((l) => ({ skuId: l.skuId, qty: l.qty, unitCost: l.unitCost ?? Number(costs.get(l.skuId) ?? 0) }));
    await ctx.tx.insert(purchaseOrderLines).values(lines.map((l) => ({ tenantId: ctx.tenant.id, purchaseOrderId: po.id, ...l })));
    await ctx.tx
      .update(purchaseOrders)
      .set({ ...(input.eta ? { eta: input.eta } : {}), ...(input.notes !== undefined ? { notes: input.notes || null } : {}) })
      .where(and(eq(purchaseOrders.tenantId, ctx.tenant.id), eq(purchaseOrders.id, po.id)));
    await recordAudit(ctx, {
      action: 'purchase_order.draft_updated',
      entity: 'purchase_order',
      entityId: po.id,
      before: { eta: before.eta, notes: before.notes, lines: before.lines.map((l) => ({ skuId: l.skuId, qty: l.qty, unitCost: l.unitCost })) },
      after: { eta: input.eta ?? before.eta, notes: input.notes ?? before.notes, lines },
    });
    return getPurchaseOrder({ ctx, input });
  });
}

/** Draft -> ordered: the units rise in on order at the arrival location in the same transaction. */
export function placePurchaseOrder({ ctx, input }: { ctx: TenantServiceContext; input: { purchaseOrderId: string } }) {
  return retryStockOperation(ctx, async (ctx) => {
    const po = await lockPurchaseOrder(ctx, input.purchaseOrderId, 'placed', ['draft']);
    const lines = await ctx.tx.select().from(purchaseOrderLines).where(and(eq(purchaseOrderLines.tenantId, ctx.tenant.id), eq(purchaseOrderLines.purchaseOrderId, po.id)));
    if (lines.length === 0) throw new Invalid('Add at least one line before placing the order.', [{ field: 'lines', message: 'No lines.' }]);
    const refs = await loadStockRefs(ctx, lines.map((l) => l.skuId), [po.arrivalLocationId]);
    await ctx.tx.update(purchaseOrders).set({ status: 'ordered', orderedAt: new Date() }).where(and(eq(purchaseOrders.tenantId, ctx.tenant.id), eq(purchaseOrders.id, po.id)));
    await applyStockChanges(ctx, { refs, movements: [], pipeline: lines.map((l) => ({ skuId: l.skuId, locationId: po.arrivalLocationId, onOrderDelta: l.qty })) });
    await recordAudit(ctx, { action: 'purchase_order.placed', entity: 'purchase_order', entityId: po.id, before: { status: 'draft' }, after: { status: 'ordered' } });
    return getPurchaseOrder({ ctx, input });
  });
}
