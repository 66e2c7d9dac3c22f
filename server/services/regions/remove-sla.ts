import { and, eq } from 'drizzle-orm';
import { slas } from '@/db/schema';
import { Conflict, NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { todayIn } from '../master-data/today';

/**
 * Removes an SLA that has not taken effect yet (effective_from after today in the tenant's time zone).
 * SLAs that already applied are history: KPIs were measured against them. Add a new one instead.
 */
export async function removeSla({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const [row] = await ctx.tx
    .select()
    .from(slas)
    .where(and(eq(slas.tenantId, ctx.tenant.id), eq(slas.id, input.id)))
    .limit(1)
    .for('update');
  if (!row) throw new NotFound('SLA not found.');
  const today = todayIn(ctx.tenant.timezone);
  if (row.effectiveFrom <= today) {
    throw new Conflict(`This SLA has applied since ${row.effectiveFrom} and is part of the history. Add a new SLA with a later date instead.`);
  }
  await ctx.tx.delete(slas).where(and(eq(slas.tenantId, ctx.tenant.id), eq(slas.id, row.id)));
  const { tenantId: _tenantId, ...before } = row;
  await recordAudit(ctx, { action: 'delete', entity: 'slas', entityId: row.id, before });
  return { removed: true as const };
}
