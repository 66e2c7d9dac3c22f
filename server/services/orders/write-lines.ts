import { orderLines } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import type { OrderLineInput } from './schemas';

/** Inserts an order's lines (units shipped on the first shipment default to the units shipped). */
export function insertOrderLines(ctx: TenantServiceContext, orderId: string, lines: readonly OrderLineInput[]) {
  return ctx.tx
    .insert(orderLines)
    .values(
      lines.map((l) => ({
        tenantId: ctx.tenant.id,
        orderId,
        skuId: l.skuId,
        qtyOrdered: l.qtyOrdered,
        qtyShipped: l.qtyShipped ?? 0,
        qtyShippedFirst: l.qtyShippedFirst ?? l.qtyShipped ?? 0,
        qtyBackordered: l.qtyBackordered ?? 0,
        unitPrice: l.unitPrice ?? 0,
      })),
    )
    .returning();
}
