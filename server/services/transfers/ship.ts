import { and, eq, sql } from 'drizzle-orm';
import { transferLines, transfers } from '@/db/schema';
import { Conflict } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { retryStockOperation } from '../stock/retry';
import { getTransfer } from './get';
import { transitionRefused } from './transition';

/**
 * approved → in transit: every line leaves the origin's on hand (transfer_out movements, consuming the
 * units its approval reserved) and becomes inbound at the destination, in one transaction. The state change is a conditional update
 * (`where status = 'approved'`), so of two concurrent ships of one transfer exactly one succeeds; the
 * ledger keys `transfer:<id>:out:<sku>` make a second shipment impossible even past that. Not enough
 * stock at the origin is a Conflict naming the SKU, and nothing is written.
 */
export function shipTransfer({ ctx, input }: { ctx: TenantServiceContext; input: { transferId: string } }) {
  return retryStockOperation(ctx, async (ctx) => {
    const shippedAt = new Date();
    const [row] = await ctx.tx
      .update(transfers)
      .set({
        status: 'in_transit',
        shippedAt,
        // Keep the planned lead time (transit + customs days), counted from the actual ship date.
        expectedAt: sql`${shippedAt.toISOString()}::timestamptz + coalesce(${transfers.expectedAt} - ${transfers.requestedAt}, interval '0')`,
      })
      .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId), eq(transfers.status, 'approved')))
      .returning({ id: transfers.id, number: transfers.number, fromLocationId: transfers.fromLocationId, toLocationId: transfers.toLocationId });
    if (!row) return transitionRefused(ctx, input.transferId, 'shipped', ['approved']);

    const lines = await ctx.tx
      .update(transferLines)
      .set({ qtyShipped: sql`${transferLines.qty}` })
      .where(and(eq(transferLines.tenantId, ctx.tenant.id), eq(transferLines.transferId, row.id)))
      .returning({ skuId: transferLines.skuId, qty: transferLines.qty });

    const result = await applyStockChanges(ctx, {
      movements: lines.map((l) => ({
        skuId: l.skuId,
        locationId: row.fromLocationId,
        qty: -l.qty,
        kind: 'transfer_out' as const,
        reference: row.number,
        transferId: row.id,
        idempotencyKey: `transfer:${row.id}:out:${l.skuId}`,
      })),
      pipeline: [
        // The approval reserved these units at the origin: shipping consumes the reservation.
        ...lines.map((l) => ({ skuId: l.skuId, locationId: row.fromLocationId, reservedDelta: -l.qty })),
        ...lines.map((l) => ({ skuId: l.skuId, locationId: row.toLocationId, inboundDelta: l.qty })),
      ],
    });
    if (result.outcome === 'replayed') throw new Conflict(`Transfer ${row.number} has already shipped.`);

    await recordAudit(ctx, {
      action: 'transfer.shipped',
      entity: 'transfer',
      entityId: row.id,
      before: { status: 'approved' },
      after: { status: 'in_transit', shippedAt, units: lines.reduce((s, l) => s + l.qty, 0) },
    });
    return getTransfer({ ctx, input });
  });
}
