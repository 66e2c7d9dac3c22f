import { and, eq } from 'drizzle-orm';
import { lanes } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedLane, loadEnds, loadLane, rethrowDuplicateLane } from './load';
import type { UpdateLaneInput } from './schemas';

export async function updateLane({ ctx, input }: { ctx: TenantServiceContext; input: UpdateLaneInput }) {
  const { id, ...changes } = input;
  const before = await loadLane(ctx, id, { forUpdate: true });
  const moved = (changes.locationId !== undefined && changes.locationId !== before.locationId) || (changes.regionId !== undefined && changes.regionId !== before.regionId);
  const ends = await loadEnds(ctx, changes.locationId ?? before.locationId, changes.regionId ?? before.regionId, moved);
  const [row] = await ctx.tx
    .update(lanes)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(lanes.tenantId, ctx.tenant.id), eq(lanes.id, id)))
    .returning()
    .catch((error: unknown) => rethrowDuplicateLane(error, ends, changes.mode ?? before.mode));
  if (!row) throw new Error('update returned no row');
  await recordAudit(ctx, { action: 'update', entity: 'lanes', entityId: id, before: auditedLane(before), after: auditedLane(row) });
  return auditedLane(row);
}
