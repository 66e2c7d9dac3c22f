import { regions } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertCentroid, auditedRegion, rethrowDuplicateCode } from './load';
import type { CreateRegionInput } from './schemas';

export async function createRegion({ ctx, input }: { ctx: TenantServiceContext; input: CreateRegionInput }) {
  assertCentroid(input);
  const [row] = await ctx.tx
    .insert(regions)
    .values({ ...input, tenantId: ctx.tenant.id })
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, input.code));
  if (!row) throw new Error('insert returned no row');
  await recordAudit(ctx, { action: 'create', entity: 'regions', entityId: row.id, after: auditedRegion(row) });
  return auditedRegion(row);
}
