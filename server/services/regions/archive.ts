import { and, eq } from 'drizzle-orm';
import { regions } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedRegion, loadRegion } from './load';

/** Archives (or restores) a region; its SLAs and lanes stay as history. The same state twice changes nothing. */
async function setArchived(ctx: TenantServiceContext, id: string, archived: boolean) {
  const before = await loadRegion(ctx, id, { forUpdate: true });
  if (Boolean(before.archivedAt) === archived) return auditedRegion(before);
  const [row] = await ctx.tx
    .update(regions)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
    .returning();
  if (!row) throw new Error('archive returned no row');
  await recordAudit(ctx, { action: archived ? 'archive' : 'unarchive', entity: 'regions', entityId: id, before: { archivedAt: before.archivedAt }, after: { archivedAt: row.archivedAt } });
  return auditedRegion(row);
}

export const archiveRegion = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, true);
export const unarchiveRegion = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, false);
