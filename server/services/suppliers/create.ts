import { suppliers } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedSupplier, rethrowDuplicateCode } from './load';
import type { CreateSupplierInput } from './schemas';

export async function createSupplier({ ctx, input }: { ctx: TenantServiceContext; input: CreateSupplierInput }) {
  const [row] = await ctx.tx
    .insert(suppliers)
    .values({ ...input, tenantId: ctx.tenant.id })
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, input.code));
  if (!row) throw new Error('insert returned no row');
  await recordAudit(ctx, { action: 'create', entity: 'suppliers', entityId: row.id, after: auditedSupplier(row) });
  return auditedSupplier(row);
}
