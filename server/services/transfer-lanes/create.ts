import { transferLanes } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedTransferLane, loadEnds, rethrowDuplicate } from './load';
import type { CreateTransferLaneInput } from './schemas';

export async function createTransferLane({ ctx, input }: { ctx: TenantServiceContext; input: CreateTransferLaneInput }) {
  const ends = await loadEnds(ctx, input.fromLocationId, input.toLocationId);
  const [row] = await ctx.tx
    .insert(transferLanes)
    .values({ ...input, tenantId: ctx.tenant.id })
    .returning()
    .catch((error: unknown) => rethrowDuplicate(error, ends));
  if (!row) throw new Error('insert returned no row');
  await recordAudit(ctx, { action: 'create', entity: 'transfer_lanes', entityId: row.id, after: { ...auditedTransferLane(row), fromLocationCode: ends.from.code, toLocationCode: ends.to.code } });
  return { ...auditedTransferLane(row), crossBorder: ends.crossBorder };
}
