import { and, eq, inArray } from 'drizzle-orm';
import { recommendations, stockLevels, transferLines, transfers } from '@/db/schema';
import { Conflict, Invalid, NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { lockDocumentSeries, nextDocumentNumber } from '../stock/document-number';
import { retryStockOperation } from '../stock/retry';
import { loadStockRefs, type StockRefs } from '../stock/stock-refs';
import { getTransfer } from './get';
import { DAY_MS, findTransferLane } from './lane';
import type { CreateTransferInput } from './schemas';

/**
 * Creates a draft transfer with its lines. Cross-border comes from the two locations' countries;
 * customs days and the expected arrival (transit + customs days after the request; recomputed from the
 * ship date when it ships) from the transfer lane, which must exist.
 *
 * Idempotent: with an idempotency key, a second call (double click, retried request, a concurrent
 * duplicate) returns the first transfer instead of creating another. The same key with a different
 * transfer is a Conflict. The series lock of document-number.ts serializes creations per tenant.
 */
export function createTransfer({ ctx, input }: { ctx: TenantServiceContext; input: CreateTransferInput }) {
  return retryStockOperation(ctx, async (ctx) => {
    await lockDocumentSeries(ctx, 'transfers');
    if (input.idempotencyKey) {
      const [existing] = await ctx.tx
        .select({ id: transfers.id })
        .from(transfers)
        .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.idempotencyKey, input.idempotencyKey)))
        .limit(1);
      if (existing) {
        const earlier = await getTransfer({ ctx, input: { transferId: existing.id } });
        assertSameTransfer(earlier, input);
        return { ...earlier, replayed: true };
      }
    }

    const refs = await loadStockRefs(ctx, input.lines.map((l) => l.skuId), [input.fromLocationId, input.toLocationId]);
    const from = refs.locations.get(input.fromLocationId)!;
    const to = refs.locations.get(input.toLocationId)!;
    const issues = [
      ...(from.archived ? [{ field: 'fromLocationId', message: `${from.code} is archived.` }] : []),
      ...(to.archived ? [{ field: 'toLocationId', message: `${to.code} is archived.` }] : []),
      ...input.lines.flatMap((l, i) =>
        refs.skus.get(l.skuId)?.archived ? [{ field: `lines.${i}.skuId`, message: `${refs.skus.get(l.skuId)?.code} is archived.` }] : [],
      ),
    ];
    if (issues.length) throw new Invalid('Archived locations and SKUs cannot be transferred.', issues);

    const lane = await findTransferLane(ctx, from.id, to.id);
    if (!lane) {
      const message = `There is no transfer lane from ${from.code} to ${to.code}. Add one under Lanes first.`;
      throw new Invalid(message, [{ field: 'toLocationId', message }]);
    }
    await assertAvailable(ctx, from, input.lines, refs);
    if (input.recommendationId) {
      const [rec] = await ctx.tx
        .select({ id: recommendations.id })
        .from(recommendations)
        .where(and(eq(recommendations.tenantId, ctx.tenant.id), eq(recommendations.id, input.recommendationId)));
      if (!rec) throw new NotFound('Recommendation not found.');
    }

    const crossBorder = from.country !== to.country;
    const customsDays = Number(lane.customsDays);
    const requestedAt = new Date();
    const number = await nextDocumentNumber(ctx, 'transfers');
    const [transfer] = await ctx.tx
      .insert(transfers)
      .values({
        tenantId: ctx.tenant.id,
        number,
        fromLocationId: from.id,
        toLocationId: to.id,
        status: 'draft',
        requestedAt,
        expectedAt: new Date(requestedAt.getTime() + (Number(lane.transitDays) + customsDays) * DAY_MS),
        crossBorder,
        customsDays,
        customsRef: input.customsRef || null,
        idempotencyKey: input.idempotencyKey ?? null,
        recommendationId: input.recommendationId ?? null,
        createdBy: ctx.user.id,
        notes: input.notes || null,
      })
      .returning({ id: transfers.id });
    if (!transfer) throw new Error('transfer insert returned nothing');
    await ctx.tx.insert(transferLines).values(input.lines.map((l) => ({ tenantId: ctx.tenant.id, transferId: transfer.id, skuId: l.skuId, qty: l.qty })));

    await recordAudit(ctx, {
      action: 'transfer.created',
      entity: 'transfer',
      entityId: transfer.id,
      after: { number, fromLocationId: from.id, toLocationId: to.id, crossBorder, customsDays, lines: input.lines },
    });
    return { ...(await getTransfer({ ctx, input: { transferId: transfer.id } })), replayed: false };
  });
}

function assertSameTransfer(earlier: Awaited<ReturnType<typeof getTransfer>>, input: CreateTransferInput): void {
  const lines = (ls: { skuId: string; qty: number }[]) =>
    ls
      .map((l) => `${l.skuId}:${l.qty}`)
      .sort()
      .join(',');
  const same = earlier.from.id === input.fromLocationId && earlier.to.id === input.toLocationId && lines(earlier.lines) === lines(input.lines);
  if (!same) throw new Conflict(`This idempotency key was already used for transfer ${earlier.number}, with different locations or lines.`);
}

/**
 * A draft asks for no more than the origin has available (on hand − reserved) for each SKU, so a
 * transfer that could never ship is refused when it is drafted, with the figures, not at shipping.
 * Nothing is reserved yet: approval reserves (approve.ts) and re-checks under the balance locks.
 */
async function assertAvailable(ctx: TenantServiceContext, from: { id: string; code: string }, lines: CreateTransferInput['lines'], refs: StockRefs): Promise<void> {
  const asked = new Map<string, number>();
  for (const l of lines) asked.set(l.skuId, (asked.get(l.skuId) ?? 0) + l.qty);
  const rows = await ctx.tx
    .select({ skuId: stockLevels.skuId, onHand: stockLevels.onHand, reserved: stockLevels.reserved })
    .from(stockLevels)
    .where(and(eq(stockLevels.tenantId, ctx.tenant.id), eq(stockLevels.locationId, from.id), inArray(stockLevels.skuId, [...asked.keys()])));
  const bySku = new Map(rows.map((r) => [r.skuId, r]));
  const issues = lines.flatMap((l, i) => {
    const level = bySku.get(l.skuId);
    const available = Math.max(0, (level?.onHand ?? 0) - (level?.reserved ?? 0));
    const total = asked.get(l.skuId) ?? l.qty;
    if (total <= available) return [];
    const code = refs.skus.get(l.skuId)?.code ?? l.skuId;
    const reserved = level?.reserved ? `, ${level.reserved} reserved` : '';
    return [{ field: `lines.${i}.qty`, message: `Only ${available} of ${code} available at ${from.code} (${level?.onHand ?? 0} on hand${reserved}); this transfer asks ${total}.` }];
  });
  if (issues.length) throw new Invalid(`Not enough available stock at ${from.code} for this transfer.`, issues);
}
