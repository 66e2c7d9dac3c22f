import { and, eq, sql } from 'drizzle-orm';
import { stockMovements, transferLines, transfers } from '@/db/schema';
import { Conflict, Invalid, NotFound } from '../../errors';
import { newId } from '@/db/schema/ids';
import type { FieldIssue } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from '../stock/apply-movements';
import { escapeLike } from '../listing/query';
import { retryStockOperation } from '../stock/retry';
import { getTransfer } from './get';
import type { ReceiveTransferInput } from './schemas';
import { transitionRefused } from './transition';

/**
 * Receives units of an in-transit transfer at its destination: all that is still in transit, or the
 * quantities given per SKU (partial receipts; several receipts per line are fine). Each unit becomes a
 * transfer_in movement and leaves the destination's inbound. When every line is fully received the
 * transfer is `received`.
 *
 * The transfer row is locked first (`for update`), so concurrent receipts of one transfer queue and can
 * never receive more than was shipped. With an idempotency key a retried receipt is recorded once.
 */
export function receiveTransfer({ ctx, input }: { ctx: TenantServiceContext; input: ReceiveTransferInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    const [transfer] = await ctx.tx
      .select({ id: transfers.id, number: transfers.number, status: transfers.status, toLocationId: transfers.toLocationId })
      .from(transfers)
      .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId)))
      .for('update');
    if (!transfer) throw new NotFound('Transfer not found.');

    const receiptKey = input.idempotencyKey ?? newId();
    const keyOf = (skuId: string) => `transfer:${transfer.id}:in:${receiptKey}:${skuId}`;
    if (input.idempotencyKey) {
      const [earlier] = await ctx.tx
        .select({ id: stockMovements.id })
        .from(stockMovements)
        .where(and(eq(stockMovements.tenantId, ctx.tenant.id), eq(stockMovements.transferId, transfer.id), sql`${stockMovements.idempotencyKey} like ${`${escapeLike(`transfer:${transfer.id}:in:${receiptKey}:`)}%`}`))
        .limit(1);
      if (earlier) return { ...(await getTransfer({ ctx, input })), replayed: true };
    }
    if (transfer.status !== 'in_transit') return transitionRefused(ctx, transfer.id, 'received', ['in_transit']);

    const lines = await ctx.tx
      .select()
      .from(transferLines)
      .where(and(eq(transferLines.tenantId, ctx.tenant.id), eq(transferLines.transferId, transfer.id)));
    const bySku = new Map(lines.map((l) => [l.skuId, l]));
    const wanted = input.lines ?? lines.map((l) => ({ skuId: l.skuId, qty: l.qtyShipped - l.qtyReceived }));
    const issues: FieldIssue[] = [];
    wanted.forEach((w, i) => {
      const line = bySku.get(w.skuId);
      if (!line) issues.push({ field: `lines.${i}.skuId`, message: 'This SKU is not on the transfer.' });
      else if (w.qty > line.qtyShipped - line.qtyReceived) {
        issues.push({ field: `lines.${i}.qty`, message: `Only ${line.qtyShipped - line.qtyReceived} units are still in transit on this line.` });
      }
    });
    if (issues.length) throw new Invalid('Some quantities cannot be received.', issues);
    const receiving = wanted.filter((w) => w.qty > 0);
    if (receiving.length === 0) throw new Invalid('Enter the units received on at least one line.', [{ field: 'lines', message: 'Nothing to receive.' }]);

    for (const w of receiving) {
      const [updated] = await ctx.tx
        .update(transferLines)
        .set({ qtyReceived: sql`${transferLines.qtyReceived} + ${w.qty}` })
        .where(and(eq(transferLines.tenantId, ctx.tenant.id), eq(transferLines.transferId, transfer.id), eq(transferLines.skuId, w.skuId), sql`${transferLines.qtyReceived} + ${w.qty} <= ${transferLines.qtyShipped}`))
        .returning({ id: transferLines.id });
      if (!updated) throw new Conflict('This transfer changed while you were receiving it. Reload and try again.');
    }
    await applyStockChanges(ctx, {
      movements: receiving.map((w) => ({
        skuId: w.skuId,
        locationId: transfer.toLocationId,
        qty: w.qty,
        kind: 'transfer_in' as const,
        reference: input.reference || transfer.number,
        transferId: transfer.id,
        idempotencyKey: keyOf(w.skuId),
      })),
      pipeline: receiving.map((w) => ({ skuId: w.skuId, locationId: transfer.toLocationId, inboundDelta: -w.qty })),
    });

    const [open] = await ctx.tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(transferLines)
      .where(and(eq(transferLines.tenantId, ctx.tenant.id), eq(transferLines.transferId, transfer.id), sql`${transferLines.qtyReceived} < ${transferLines.qty}`));
    const complete = (open?.n ?? 0) === 0;
    if (complete) {
      await ctx.tx
        .update(transfers)
        .set({ status: 'received', receivedAt: new Date() })
        .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, transfer.id), eq(transfers.status, 'in_transit')));
    }
    await recordAudit(ctx, {
      action: complete ? 'transfer.received' : 'transfer.received_partially',
      entity: 'transfer',
      entityId: transfer.id,
      before: { status: 'in_transit' },
      after: { status: complete ? 'received' : 'in_transit', lines: receiving },
    });
    return { ...(await getTransfer({ ctx, input })), replayed: false };
  });
}

