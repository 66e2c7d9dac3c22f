import { and, eq } from 'drizzle-orm';
import { orders } from '@/db/schema';
import { Conflict, NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { kpiKeysOfOrders, rollupKpiDaily } from './rollup';
import type { CancelOrderInput } from './schemas';

/**
 * Cancels an open order (planner): it leaves every KPI (DESIGN.md §6 counts no cancelled order), so its
 * kpi_daily row is recomputed in the same transaction. An order that has shipped or been delivered
 * cannot be cancelled: it happened; edit its lines instead.
 */
export async function cancelOrder({ ctx, input }: { ctx: TenantServiceContext; input: CancelOrderInput }) {
  const [before] = await ctx.tx
    .select({ id: orders.id, externalRef: orders.externalRef, status: orders.status })
    .from(orders)
    .where(and(eq(orders.tenantId, ctx.tenant.id), eq(orders.id, input.id)))
    .for('update');
  if (!before) throw new NotFound('Order not found.');
  if (before.status === 'cancelled') throw new Conflict(`Order ${before.externalRef} is already cancelled.`);
  if (before.status !== 'open') throw new Conflict(`Order ${before.externalRef} has ${before.status === 'shipped' ? 'shipped' : 'been delivered'}; only an open order can be cancelled.`);
  const keys = await kpiKeysOfOrders(ctx, [before.id]);
  await ctx.tx
    .update(orders)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(and(eq(orders.tenantId, ctx.tenant.id), eq(orders.id, before.id)));
  await recordAudit(ctx, { action: 'cancel', entity: 'orders', entityId: before.id, before: { status: before.status }, after: { status: 'cancelled', reason: input.reason ?? null } });
  const rollup = await rollupKpiDaily(ctx, { keys });
  return { id: before.id, externalRef: before.externalRef, status: 'cancelled' as const, rollup };
}
