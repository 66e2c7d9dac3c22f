/**
 * A draft purchase order (from accepted recommendations): editable, not yet ordered, so on_order does not move
 * until it is placed (place.ts). The expected arrival is today + the supplier's lead time.
 */
import { and, eq } from 'drizzle-orm';
import { purchaseOrderLines, purchaseOrders, suppliers } from '@/db/schema';
import { NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { lockDocumentSeries, nextDocumentNumber } from '../stock/document-number';

const DAY_MS = 86_400_000;

export async function createPurchaseOrderDraft(
  ctx: TenantServiceContext,
  input: { supplierId: string; arrivalLocationId: string; lines: { skuId: string; qty: number; unitCost: number }[]; recommendationId?: string; notes?: string },
): Promise<{ id: string; number: string }> {
  const [supplier] = await ctx.tx
    .select({ id: suppliers.id, leadTimeDays: suppliers.leadTimeDays })
    .from(suppliers)
    .where(and(eq(suppliers.tenantId, ctx.tenant.id), eq(suppliers.id, input.supplierId)));
  if (!supplier) throw new NotFound('Supplier not found.');
  await lockDocumentSeries(ctx, 'purchase_orders');
  const number = await nextDocumentNumber(ctx, 'purchase_orders');
  const eta = new Date(Date.now() + Number(supplier.leadTimeDays) * DAY_MS);
  const [po] = await ctx.tx
    .insert(purchaseOrders)
    .values({
      tenantId: ctx.tenant.id,
      number,
      supplierId: supplier.id,
      arrivalLocationId: input.arrivalLocationId,
      status: 'draft',
      eta,
      recommendationId: input.recommendationId ?? null,
      createdBy: ctx.user.id,
      notes: input.notes ?? null,
    })
    .returning({ id: purchaseOrders.id });
  if (!po) throw new Error('purchase order insert returned nothing');
  await ctx.tx.insert(purchaseOrderLines).values(input.lines.map((l) => ({ tenantId: ctx.tenant.id, purchaseOrderId: po.id, skuId: l.skuId, qty: l.qty, unitCost: l.unitCost })));
  await recordAudit(ctx, {
    action: 'purchase_order.draft_created',
    entity: 'purchase_order',
    entityId: po.id,
    after: { number, supplierId: supplier.id, arrivalLocationId: input.arrivalLocationId, eta, lines: input.lines, recommendationId: input.recommendationId ?? null },
  });
  return { id: po.id, number };
}
