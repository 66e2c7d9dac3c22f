import { and, eq } from 'drizzle-orm';
import { purchaseOrders } from '@/db/schema';
import { Conflict, NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';
import type { PurchaseOrderStatus } from './schemas';

const LABEL: Record<PurchaseOrderStatus, string> = { draft: 'a draft', ordered: 'ordered', in_transit: 'in transit', received: 'received', cancelled: 'cancelled' };

/**
 * Locks a purchase order row (`for update`) so its receipts and state changes queue, and checks its
 * state: NotFound in another tenant or unknown, Conflict in a state the operation does not accept.
 */
export async function lockPurchaseOrder(ctx: Pick<TenantServiceContext, 'tx' | 'tenant'>, purchaseOrderId: string, verb: string, allowed: PurchaseOrderStatus[]) {
  const [po] = await ctx.tx
    .select()
    .from(purchaseOrders)
    .where(and(eq(purchaseOrders.tenantId, ctx.tenant.id), eq(purchaseOrders.id, purchaseOrderId)))
    .for('update');
  if (!po) throw new NotFound('Purchase order not found.');
  if (!allowed.includes(po.status)) {
    throw new Conflict(`Purchase order ${po.number} is ${LABEL[po.status]}; it can be ${verb} only when it is ${allowed.map((s) => LABEL[s]).join(' or ')}.`);
  }
  return po;
}

/** The pipeline figure holding a purchase order's outstanding units: on order until it ships, then inbound. */
export function pipelineField(status: PurchaseOrderStatus): 'onOrderDelta' | 'inboundDelta' {
  return status === 'in_transit' ? 'inboundDelta' : 'onOrderDelta';
}
