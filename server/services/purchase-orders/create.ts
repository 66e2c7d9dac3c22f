import { and, eq, inArray } from 'drizzle-orm';
import { purchaseOrderLines, purchaseOrders, recommendations, skus, suppliers } from '@/db/schema';
import { Conflict, Invalid, NotFound, type FieldIssue } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { lockDocumentSeries, nextDocumentNumber } from '../stock/document-number';
import { retryStockOperation } from '../stock/retry';
import { loadStockRefs } from '../stock/stock-refs';
import { getPurchaseOrder, type PurchaseOrderDetail } from './get';
import type { CreatePurchaseOrderInput } from './schemas';

const DAY_MS = 86_400_000;

/**
 * Places a purchase order (status `ordered`): its units rise in on_order at the arrival location. The
 * ETA defaults to today + the supplier's lead time; a line's unit cost to the SKU's. Idempotent with a
 * key, like transfers: a repeated request returns the first order.
 */
export function createPurchaseOrder({ ctx, input }: { ctx: TenantServiceContext; input: CreatePurchaseOrderInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    await lockDocumentSeries(ctx, 'purchase_orders');
    if (input.idempotencyKey) {
      const [existing] = await ctx.tx
        .select({ id: purchaseOrders.id })
        .from(purchaseOrders)
        .where(and(eq(purchaseOrders.tenantId, ctx.tenant.id), eq(purchaseOrders.idempotencyKey, input.idempotencyKey)))
        .limit(1);
      if (existing) {
        const earlier = await getPurchaseOrder({ ctx, input: { purchaseOrderId: existing.id } });
        assertSameOrder(earlier, input);
        return { ...earlier, replayed: true };
      }
    }

    const [supplier] = await ctx.tx
      .select({ id: suppliers.id, code: suppliers.code, leadTimeDays: suppliers.leadTimeDays, archivedAt: suppliers.archivedAt })
      .from(suppliers)
      .where(and(eq(suppliers.tenantId, ctx.tenant.id), eq(suppliers.id, input.supplierId)));
    if (!supplier) throw new NotFound('Supplier not found.');
    const refs = await loadStockRefs(ctx, input.lines.map((l) => l.skuId), [input.arrivalLocationId]);
    const arrival = refs.locations.get(input.arrivalLocationId)!;
    const issues: FieldIssue[] = [
      ...(supplier.archivedAt ? [{ field: 'supplierId', message: `${supplier.code} is archived.` }] : []),
      ...(arrival.archived ? [{ field: 'arrivalLocationId', message: `${arrival.code} is archived.` }] : []),
      ...input.lines.flatMap((l, i) => (refs.skus.get(l.skuId)?.archived ? [{ field: `lines.${i}.skuId`, message: `${refs.skus.get(l.skuId)?.code} is archived.` }] : [])),
    ];
    if (issues.length) throw new Invalid('Archived suppliers, locations and SKUs cannot be ordered.', issues);
    if (input.recommendationId) {
      const [rec] = await ctx.tx
        .select({ id: recommendations.id })
        .from(recommendations)
        .where(and(eq(recommendations.tenantId, ctx.tenant.id), eq(recommendations.id, input.recommendationId)));
      if (!rec) throw new NotFound('Recommendation not found.');
    }
    const costs = new Map(
      (
        await ctx.tx
          .select({ id: skus.id, unitCost: skus.unitCost })
          .from(skus)
          .where(and(eq(skus.tenantId, ctx.tenant.id), inArray(skus.id, input.lines.map((l) => l.skuId))))
      ).map((s) => [s.id, s.unitCost]),
    );

    const orderedAt = new Date();
    const eta = input.eta ?? new Date(orderedAt.getTime() + Number(supplier.leadTimeDays) * DAY_MS);
    const number = await nextDocumentNumber(ctx, 'purchase_orders');
    const [po] = await ctx.tx
      .insert(purchaseOrders)
      .values({
        tenantId: ctx.tenant.id,
        number,
        supplierId: supplier.id,
        arrivalLocationId: arrival.id,
        status: 'ordered',
        orderedAt,
        eta,
        idempotencyKey: input.idempotencyKey ?? null,
        recommendationId: input.recommendationId ?? null,
        createdBy: ctx.user.id,
        notes: input.notes || null,
      })
      .returning({ id: purchaseOrders.id });
    if (!po) throw new Error('purchase order insert returned nothing');
    const lines = input.lines.map((l) => ({ skuId: l.skuId, qty: l.qty, unitCost: l.unitCost ?? costs.get(l.skuId) ?? 0 }));
    await ctx.tx.insert(purchaseOrderLines).values(lines.map((l) => ({ tenantId: ctx.tenant.id, purchaseOrderId: po.id, ...l })));
    await applyStockChanges(ctx, { refs, movements: [], pipeline: lines.map((l) => ({ skuId: l.skuId, locationId: arrival.id, onOrderDelta: l.qty })) });

    await recordAudit(ctx, {
      action: 'purchase_order.created',
      entity: 'purchase_order',
      entityId: po.id,
      after: { number, supplierId: supplier.id, arrivalLocationId: arrival.id, eta, lines },
    });
    return { ...(await getPurchaseOrder({ ctx, input: { purchaseOrderId: po.id } })), replayed: false };
  });
}

function assertSameOrder(earlier: PurchaseOrderDetail, input: CreatePurchaseOrderInput): void {
  const lines = (ls: { skuId: string; qty: number }[]) =>
    ls
      .map((l) => `${l.skuId}:${l.qty}`)
      .sort()
      .join(',');
  const same = earlier.supplier.id === input.supplierId && earlier.arrival.id === input.arrivalLocationId && lines(earlier.lines) === lines(input.lines);
  if (!same) throw new Conflict(`This idempotency key was already used for purchase order ${earlier.number}, with a different supplier, location or lines.`);
}
