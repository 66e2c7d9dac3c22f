import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { skus } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { auditedSupplier, loadSupplier } from './load';

const SKU_PREVIEW = 50;

/** A supplier with the active SKUs it supplies (the first 50 by code, and how many in all). */
export async function getSupplier({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const supplier = await loadSupplier(ctx, input.id);
  const where = and(eq(skus.tenantId, ctx.tenant.id), eq(skus.supplierId, supplier.id), isNull(skus.archivedAt));
  const supplied = await ctx.tx
    .select({ id: skus.id, code: skus.code, name: skus.name, unitCost: skus.unitCost, casePack: skus.casePack, moq: skus.moq, leadTimeDaysOverride: skus.leadTimeDaysOverride })
    .from(skus)
    .where(where)
    .orderBy(asc(skus.code))
    .limit(SKU_PREVIEW);
  const [total] = await ctx.tx.select({ n: count() }).from(skus).where(where);
  return { supplier: auditedSupplier(supplier), skus: supplied, skuCount: Number(total?.n ?? 0) };
}
