import { skus } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertSupplier, auditedSku, rethrowDuplicateCode } from './load';
import type { CreateSkuInput } from './schemas';

export async function createSku({ ctx, input }: { ctx: TenantServiceContext; input: CreateSkuInput }) {
  await assertSupplier(ctx, input.supplierId);
  const [row] = await ctx.tx
    .insert(skus)
    .values({ ...input, tenantId: ctx.tenant.id })
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, input.code));
  if (!row) throw new Error('insert returned no row');
  await recordAudit(ctx, { action: 'create', entity: 'skus', entityId: row.id, after: auditedSku(row) });
  return auditedSku(row);
}
