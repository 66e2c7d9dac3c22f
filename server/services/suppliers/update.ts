import { and, eq } from 'drizzle-orm';
import { suppliers } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedSupplier, loadSupplier, rethrowDuplicateCode } from './load';
import type { UpdateSupplierInput } from './schemas';

export async function updateSupplier({ ctx, input }: { ctx: TenantServiceContext; input: UpdateSupplierInput }) {
  const { id, ...changes } = input;
  const before = await loadSupplier(ctx, id, { forUpdate: true });
  const [row] = await ctx.tx
    .update(suppliers)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(suppliers.tenantId, ctx.tenant.id), eq(suppliers.id, id)))
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, changes.code));
  if (!row) throw new Error('update returned no row');
  await recordAudit(ctx, { action: 'update', entity: 'suppliers', entityId: id, before: auditedSupplier(before), after: auditedSupplier(row) });
  return auditedSupplier(row);
}
