import { lanes } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedLane, loadEnds, rethrowDuplicateLane } from './load';
import type { CreateLaneInput } from './schemas';

export async function createLane({ ctx, input }: { ctx: TenantServiceContext; input: CreateLaneInput }) {
  const ends = await loadEnds(ctx, input.locationId, input.regionId);
  const [row] = await ctx.tx
    .insert(lanes)
    .values({ ...input, tenantId: ctx.tenant.id })
    .returning()
    .catch((error: unknown) => rethrowDuplicateLane(error, ends, input.mode ?? 'parcel'));
  if (!row) throw new Error('insert returned no row');
  await recordAudit(ctx, { action: 'create', entity: 'lanes', entityId: row.id, after: { ...auditedLane(row), locationCode: ends.location.code, regionCode: ends.region.code } });
  return auditedLane(row);
}
