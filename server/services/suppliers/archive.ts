import { and, eq } from 'drizzle-orm';
import { suppliers } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedSupplier, loadSupplier } from './load';

/** Archives (or with `archived: false` restores) a supplier. Its SKUs keep it; the same state twice changes nothing. */
async function setArchived(ctx: TenantServiceContext, id: string, archived: boolean) {
  const before = await loadSupplier(ctx, id, { forUpdate: true });
  if (Boolean(before.archivedAt) === archived) return auditedSupplier(before);
  const [row] = await ctx.tx
    .update(suppliers)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(suppliers.tenantId, ctx.tenant.id), eq(suppliers.id, id)))
    .returning();
  if (!row) throw new Error('archive returned no row');
  await recordAudit(ctx, { action: archived ? 'archive' : 'unarchive', entity: 'suppliers', entityId: id, before: { archivedAt: before.archivedAt }, after: { archivedAt: row.archivedAt } });
  return auditedSupplier(row);
}

export const archiveSupplier = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, true);
export const unarchiveSupplier = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, false);
