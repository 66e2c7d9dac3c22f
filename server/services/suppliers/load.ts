import { and, eq } from 'drizzle-orm';
import { suppliers } from '@/db/schema';
import { Conflict, NotFound } from '../../errors';
import { uniqueViolation } from '../master-data/unique-violation';
import type { TenantServiceContext } from '../context';

export type SupplierRecord = typeof suppliers.$inferSelect;

/** One supplier of this tenant; a wrong or foreign id is NotFound. */
export async function loadSupplier(ctx: TenantServiceContext, id: string, options: { forUpdate?: boolean } = {}): Promise<SupplierRecord> {
  const query = ctx.tx
    .select()
    .from(suppliers)
    .where(and(eq(suppliers.tenantId, ctx.tenant.id), eq(suppliers.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound('Supplier not found.');
  return row;
}

export function auditedSupplier(row: SupplierRecord) {
  const { tenantId: _tenantId, ...rest } = row;
  return rest;
}

export function rethrowDuplicateCode(error: unknown, code: string | undefined): never {
  if (uniqueViolation(error) !== null) {
    throw new Conflict(`A supplier with code ${code ?? '(this code)'} already exists. Choose another code, or edit the existing supplier.`);
  }
  throw error;
}
