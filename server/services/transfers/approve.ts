import { and, eq } from 'drizzle-orm';
import { transfers } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { getTransfer } from './get';
import { transitionRefused } from './transition';

/** draft → approved (a conditional update: of two concurrent approvals one wins, the other is a Conflict). */
export async function approveTransfer({ ctx, input }: { ctx: TenantServiceContext; input: { transferId: string } }) {
  const [row] = await ctx.tx
    .update(transfers)
    .set({ status: 'approved', approvedAt: new Date(), approvedBy: ctx.user.id })
    .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId), eq(transfers.status, 'draft')))
    .returning({ id: transfers.id, number: transfers.number });
  if (!row) return transitionRefused(ctx, input.transferId, 'approved', ['draft']);
  await recordAudit(ctx, { action: 'transfer.approved', entity: 'transfer', entityId: row.id, before: { status: 'draft' }, after: { status: 'approved' } });
  return getTransfer({ ctx, input });
}
