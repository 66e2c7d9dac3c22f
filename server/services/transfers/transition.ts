import { and, eq } from 'drizzle-orm';
import { transfers } from '@/db/schema';
import { Conflict, NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';
import type { TransferStatus } from './schemas';

export const STATUS_LABEL: Record<TransferStatus, string> = {
  draft: 'a draft',
  approved: 'approved',
  in_transit: 'in transit',
  received: 'received',
  cancelled: 'cancelled',
};

/**
 * Why a conditional state change (`update … where status = …`) touched no row: the transfer does not
 * exist in this tenant (NotFound), or it is in another state (Conflict naming both).
 */
export async function transitionRefused(
  ctx: Pick<TenantServiceContext, 'tx' | 'tenant'>,
  transferId: string,
  verb: string,
  allowed: TransferStatus[],
): Promise<never> {
  const [row] = await ctx.tx
    .select({ number: transfers.number, status: transfers.status })
    .from(transfers)
    .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, transferId)))
    .limit(1);
  if (!row) throw new NotFound('Transfer not found.');
  const wanted = allowed.map((s) => STATUS_LABEL[s]).join(' or ');
  throw new Conflict(`Transfer ${row.number} is ${STATUS_LABEL[row.status]}; it can be ${verb} only when it is ${wanted}.`);
}
