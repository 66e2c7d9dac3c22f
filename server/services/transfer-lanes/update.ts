import { and, eq } from 'drizzle-orm';
import { transferLanes } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedTransferLane, loadEnds, loadTransferLane, rethrowDuplicate } from './load';
import type { UpdateTransferLaneInput } from './schemas';

export async function updateTransferLane({ ctx, input }: { ctx: TenantServiceContext; input: UpdateTransferLaneInput }) {
  const { id, ...changes } = input;
  const before = await loadTransferLane(ctx, id, { forUpdate: true });
  const fromId = changes.fromLocationId ?? before.fromLocationId;
  const toId = changes.toLocationId ?? before.toLocationId;
  const ends = await loadEnds(ctx, fromId, toId, fromId !== before.fromLocationId || toId !== before.toLocationId);
  const [row] = await ctx.tx
    .update(transferLanes)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(transferLanes.tenantId, ctx.tenant.id), eq(transferLanes.id, id)))
    .returning()
    .catch((error: unknown) => rethrowDuplicate(error, ends));
  if (!row) throw new Error('update returned no row');
  await recordAudit(ctx, { action: 'update', entity: 'transfer_lanes', entityId: id, before: auditedTransferLane(before), after: auditedTransferLane(row) });
  return { ...auditedTransferLane(row), crossBorder: ends.crossBorder };
}
