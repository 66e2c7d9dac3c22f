import { and, eq } from 'drizzle-orm';
import { stockMovements } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges, balanceKey, lockBalances } from './apply-movements';
import { retryStockOperation } from './retry';
import type { CountStockInput } from './schemas';
import { loadStockRefs } from './stock-refs';

/**
 * A cycle count: on hand becomes the counted figure. The difference is written as one `count`
 * movement, computed while the balance row is locked, so a receipt racing the count is never lost
 * or counted twice. A count equal to on hand writes no movement (the ledger has no zero rows) but is
 * still audited.
 */
export function countStock({ ctx, input }: { ctx: TenantServiceContext; input: CountStockInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    const refs = await loadStockRefs(ctx, [input.skuId], [input.locationId]);
    const locked = await lockBalances(ctx, [input]);
    const before = locked.get(balanceKey(input));
    if (!before) throw new Error('count: balance not locked');
    if (input.idempotencyKey) {
      const [earlier] = await ctx.tx
        .select()
        .from(stockMovements)
        .where(and(eq(stockMovements.tenantId, ctx.tenant.id), eq(stockMovements.idempotencyKey, input.idempotencyKey)));
      if (earlier) return { replayed: true, differenceUnits: earlier.qty, onHandBefore: before.onHand - earlier.qty, onHand: before.onHand, movementId: earlier.id };
    }
    const difference = input.countedQty - before.onHand;
    let movementId: string | null = null;
    if (difference !== 0) {
      const result = await applyStockChanges(ctx, {
        refs,
        movements: [
          {
            skuId: input.skuId,
            locationId: input.locationId,
            qty: difference,
            kind: 'count',
            reason: input.reason,
            reference: input.reference,
            idempotencyKey: input.idempotencyKey,
          },
        ],
      });
      movementId = result.movements[0]?.id ?? null;
    }
    await recordAudit(ctx, {
      action: 'stock.counted',
      entity: 'stock_level',
      entityId: before.id,
      before: { onHand: before.onHand },
      after: { skuId: input.skuId, locationId: input.locationId, countedQty: input.countedQty, differenceUnits: difference, reason: input.reason },
    });
    return { replayed: false, differenceUnits: difference, onHandBefore: before.onHand, onHand: input.countedQty, movementId };
  });
}
