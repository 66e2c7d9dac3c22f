import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { applyStockChanges, balanceKey, type ApplyResult } from './apply-movements';
import { retryStockOperation } from './retry';
import type { AdjustStockInput } from './schemas';

/** What a single-balance stock write returns: the ledger row, the balance after it, and whether it was a replay. */
export function singleMovementResult(result: ApplyResult, key: { skuId: string; locationId: string }) {
  const movement = result.movements[0];
  const balance = result.balances.get(balanceKey(key));
  if (!movement || !balance) throw new Error('stock change returned no movement');
  return {
    replayed: result.outcome === 'replayed',
    movement: { id: movement.id, kind: movement.kind, qty: movement.qty, occurredAt: movement.occurredAt, reason: movement.reason, reference: movement.reference },
    balance: { onHand: balance.onHand, reserved: balance.reserved, inbound: balance.inbound, onOrder: balance.onOrder },
  };
}

/**
 * A manual adjustment: signed units with a required reason (damage, found stock, correction). A
 * decrease below what is reserved is refused with the figures; nothing is written then.
 */
export function adjustStock({ ctx, input }: { ctx: TenantServiceContext; input: AdjustStockInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    const result = await applyStockChanges(ctx, {
      movements: [
        {
          skuId: input.skuId,
          locationId: input.locationId,
          qty: input.qty,
          kind: 'adjustment',
          reason: input.reason,
          reference: input.reference,
          idempotencyKey: input.idempotencyKey,
        },
      ],
    });
    const out = singleMovementResult(result, input);
    if (!out.replayed) {
      await recordAudit(ctx, {
        action: 'stock.adjusted',
        entity: 'stock_movement',
        entityId: out.movement.id,
        before: { onHand: out.balance.onHand - input.qty },
        after: { skuId: input.skuId, locationId: input.locationId, qty: input.qty, reason: input.reason, onHand: out.balance.onHand },
      });
    }
    return out;
  });
}
