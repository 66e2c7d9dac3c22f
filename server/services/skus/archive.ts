import { and, eq, sql } from 'drizzle-orm';
import { skus, stockLevels } from '@/db/schema';
import { Conflict } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedSku, loadSku } from './load';

/** Archives (or restores) a SKU. A SKU with stock on hand or on its way stays active; the same state twice changes nothing. */
async function setArchived(ctx: TenantServiceContext, id: string, archived: boolean) {
  const before = await loadSku(ctx, id, { forUpdate: true });
  if (Boolean(before.archivedAt) === archived) return auditedSku(before);
  if (archived) {
    const [stock] = await ctx.tx
      .select({ units: sql<string>`coalesce(sum(${stockLevels.onHand} + ${stockLevels.inbound} + ${stockLevels.onOrder}), 0)` })
      .from(stockLevels)
      .where(and(eq(stockLevels.tenantId, ctx.tenant.id), eq(stockLevels.skuId, id)));
    const units = Number(stock?.units ?? 0);
    if (units > 0) throw new Conflict(`${before.code} still has ${units.toLocaleString('en-US')} units on hand or on their way. Sell, transfer or adjust them to zero before archiving it.`);
  }
  const [row] = await ctx.tx
    .update(skus)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(skus.tenantId, ctx.tenant.id), eq(skus.id, id)))
    .returning();
  if (!row) throw new Error('archive returned no row');
  await recordAudit(ctx, { action: archived ? 'archive' : 'unarchive', entity: 'skus', entityId: id, before: { archivedAt: before.archivedAt }, after: { archivedAt: row.archivedAt } });
  return auditedSku(row);
}

export const archiveSku = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, true);
export const unarchiveSku = ({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) => setArchived(ctx, input.id, false);
