import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges } from './apply-movements';
import { singleMovementResult } from './adjust';
import { retryStockOperation } from './retry';
import type { ReceiveStockInput } from './schemas';

/** A receipt without a purchase order (returns, found consignments, opening stock): units into on hand. */
export function receiveStock({ ctx, input }: { ctx: TenantServiceContext; input: ReceiveStockInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    const result = await applyStockChanges(ctx, {
      movements: [
        {
          skuId: input.skuId,
          locationId: input.locationId,
          qty: input.qty,
          kind: 'receipt',
          reason: input.reason,
          reference: input.reference,
          idempotencyKey: input.idempotencyKey,
        },
      ],
    });
    const out = singleMovementResult(result, input);
    if (!out.replayed) {
      await recordAudit(ctx, {
        action: 'stock.received',
        entity: 'stock_movement',
        entityId: out.movement.id,
        before: { onHand: out.balance.onHand - input.qty },
        after: { skuId: input.skuId, locationId: input.locationId, qty: input.qty, reference: input.reference ?? null, onHand: out.balance.onHand },
      });
    }
    return out;
  });
}
