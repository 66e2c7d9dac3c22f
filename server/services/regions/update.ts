import { and, eq } from 'drizzle-orm';
import { regions } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertCentroid, auditedRegion, loadRegion, rethrowDuplicateCode } from './load';
import type { UpdateRegionInput } from './schemas';

export async function updateRegion({ ctx, input }: { ctx: TenantServiceContext; input: UpdateRegionInput }) {
  const { id, ...changes } = input;
  const before = await loadRegion(ctx, id, { forUpdate: true });
  assertCentroid({
    centroidLat: changes.centroidLat === undefined ? before.centroidLat : changes.centroidLat,
    centroidLng: changes.centroidLng === undefined ? before.centroidLng : changes.centroidLng,
  });
  const [row] = await ctx.tx
    .update(regions)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, changes.code));
  if (!row) throw new Error('update returned no row');
  await recordAudit(ctx, { action: 'update', entity: 'regions', entityId: id, before: auditedRegion(before), after: auditedRegion(row) });
  return auditedRegion(row);
}
