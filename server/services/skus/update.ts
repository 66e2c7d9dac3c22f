import { and, eq } from 'drizzle-orm';
import { skus } from '@/db/schema';
import { recordAudit } from '../audit/record';
import { locationsHoldingSkus, refreshInventoryDaily } from '../stock/inventory-rollup';
import type { TenantServiceContext } from '../context';
import { assertSupplier, auditedSku, loadSku, rethrowDuplicateCode } from './load';
import type { UpdateSkuInput } from './schemas';

export async function updateSku({ ctx, input }: { ctx: TenantServiceContext; input: UpdateSkuInput }) {
  const { id, ...changes } = input;
  const before = await loadSku(ctx, id, { forUpdate: true });
  if (changes.supplierId !== undefined && changes.supplierId !== before.supplierId) await assertSupplier(ctx, changes.supplierId);
  const [row] = await ctx.tx
    .update(skus)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(skus.tenantId, ctx.tenant.id), eq(skus.id, id)))
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, changes.code));
  if (!row) throw new Error('update returned no row');
  // Inventory value is on hand x unit cost: today's rollup moves with the cost, not only with stock.
  if (row.unitCost !== before.unitCost) await refreshInventoryDaily(ctx, await locationsHoldingSkus(ctx, [id]));
  await recordAudit(ctx, { action: 'update', entity: 'skus', entityId: id, before: auditedSku(before), after: auditedSku(row) });
  return auditedSku(row);
}
