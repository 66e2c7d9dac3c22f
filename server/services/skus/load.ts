import { and, eq } from 'drizzle-orm';
import { skus, suppliers } from '@/db/schema';
import { Conflict, NotFound } from '../../errors';
import { uniqueViolation } from '../master-data/unique-violation';
import type { TenantServiceContext } from '../context';

export type SkuRecord = typeof skus.$inferSelect;

/** One SKU of this tenant; a wrong or foreign id is NotFound. */
export async function loadSku(ctx: TenantServiceContext, id: string, options: { forUpdate?: boolean } = {}): Promise<SkuRecord> {
  const query = ctx.tx
    .select()
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), eq(skus.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound('SKU not found.');
  return row;
}

/** The supplier chosen for a SKU must be this tenant's (a foreign id is NotFound, like any wrong id). */
export async function assertSupplier(ctx: TenantServiceContext, supplierId: string | null | undefined): Promise<void> {
  if (!supplierId) return;
  const [row] = await ctx.tx
    .select({ id: suppliers.id })
    .from(suppliers)
    .where(and(eq(suppliers.tenantId, ctx.tenant.id), eq(suppliers.id, supplierId)))
    .limit(1);
  if (!row) throw new NotFound('Supplier not found. Choose one of your suppliers.');
}

export function auditedSku(row: SkuRecord) {
  const { tenantId: _tenantId, ...rest } = row;
  return rest;
}

export function rethrowDuplicateCode(error: unknown, code: string | undefined): never {
  if (uniqueViolation(error) !== null) {
    throw new Conflict(`A SKU with code ${code ?? '(this code)'} already exists. Choose another code, or edit the existing SKU.`);
  }
  throw error;
}
