import { and, eq } from 'drizzle-orm';
import { transferLanes } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedTransferLane, loadTransferLane } from './load';

/** Archives (or restores) a transfer lane. The same state twice changes nothing. */
async function setArchived(ctx: TenantServiceContext, id: string, archived: boolean) {
  const before = await loadTransferLane(ctx, id, { forUpdate: true });
  if (Boolean(before.archivedAt) === archived) return auditedTransferLane(before);
  const [row] = await ctx.tx
    .update(transferLanes)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(transferLanes.tenantId, ctx.tenant.id), eq(transferLanes.id, id)))
    .returning();
  if (!row) throw new Error('archive returned no row');
  await recordAudit(ctx, { action: archived ? 'archive' : 'unarchive', entity: 'transfer_lanes', entityId: id, before: { archivedAt: before.archivedAt }, after: { archivedAt: row.archivedAt } });
  return auditedTransferLane(row);
}

export const archiveTransferLane = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, true);
export const unarchiveTransferLane = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, false);
