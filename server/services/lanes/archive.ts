import { and, eq } from 'drizzle-orm';
import { lanes } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedLane, loadLane } from './load';

/** Archives (or restores) a lane: planning stops (or starts again) using it. The same state twice changes nothing. */
async function setArchived(ctx: TenantServiceContext, id: string, archived: boolean) {
  const before = await loadLane(ctx, id, { forUpdate: true });
  if (Boolean(before.archivedAt) === archived) return auditedLane(before);
  const [row] = await ctx.tx
    .update(lanes)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(lanes.tenantId, ctx.tenant.id), eq(lanes.id, id)))
    .returning();
  if (!row) throw new Error('archive returned no row');
  await recordAudit(ctx, { action: archived ? 'archive' : 'unarchive', entity: 'lanes', entityId: id, before: { archivedAt: before.archivedAt }, after: { archivedAt: row.archivedAt } });
  return auditedLane(row);
}

export const archiveLane = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, true);
export const unarchiveLane = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, false);
