/**
 * Accepting recommendations, many at once, in one transaction: each is locked (FOR UPDATE), re-checked
 * against stock as it is now, and turned into drafts batched the way people order — one purchase order per
 * supplier x arrival location, one transfer per lane. An inbound split becomes the arrival's allocation (used
 * when the container is received); centralize/decentralize sets the SKU's own stocking policy. Accepting one that
 * is already accepted (double click, two tabs) returns what it created and makes nothing new: the row lock makes
 * the second caller wait for the first and then see it accepted. Every decision is in the audit log.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { inboundAllocations, recommendations, skus } from '@/db/schema';
import { Conflict } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { createPurchaseOrderDraft } from '../purchase-orders/create-draft';
import { createTransfer } from '../transfers/create';
import { lockRecommendations, STATUS_WORDS, type LockedRecommendation } from './lock';
import { recheckRecommendations } from './recheck';
import type { AcceptRecommendationsInput } from './schemas';
import type { AcceptResult } from './types';

interface Item {
  rec: LockedRecommendation;
  qty: number;
}

function groupBy<K extends string>(items: Item[], key: (i: Item) => K): Map<K, Item[]> {
  const out = new Map<K, Item[]>();
  for (const i of items) out.set(key(i), [...(out.get(key(i)) ?? []), i]);
  return out;
}

/** Lines per SKU (two recommendations for one SKU on one document add up). */
function linesOf(items: Item[]): { skuId: string; qty: number }[] {
  const bySku = new Map<string, number>();
  for (const i of items) bySku.set(i.rec.skuId, (bySku.get(i.rec.skuId) ?? 0) + i.qty);
  return [...bySku].map(([skuId, qty]) => ({ skuId, qty }));
}

export async function acceptRecommendations({ ctx, input }: { ctx: TenantServiceContext; input: AcceptRecommendationsInput }): Promise<AcceptResult> {
  const ids = input.items.map((i) => i.recommendationId);
  const locked = await lockRecommendations(ctx, ids);
  const result: AcceptResult = { accepted: [], alreadyAccepted: [], transfers: [], purchaseOrders: [] };
  const todo: Item[] = [];
  const refused: string[] = [];
  for (const item of input.items) {
    const rec = locked.get(item.recommendationId) as LockedRecommendation;
    if (rec.status === 'accepted') {
      result.alreadyAccepted.push({ recommendationId: rec.id, transferId: rec.createdTransferId, purchaseOrderId: rec.createdPurchaseOrderId });
    } else if (rec.status !== 'open') {
      refused.push(`A selected recommendation ${STATUS_WORDS[rec.status] ?? `is ${rec.status}`}.`);
    } else {
      todo.push({ rec, qty: item.qty ?? rec.qty ?? 1 });
    }
  }
  if (refused.length > 0) throw new Conflict(`${refused[0]} Refresh the list and try again; nothing was accepted.`);
  if (todo.length === 0) return result;
  const problems = await recheckRecommendations(ctx, todo);
  if (problems.length > 0) {
    throw new Conflict(`Stock has moved since the planning run, so ${problems.length === 1 ? 'this recommendation no longer holds' : `${problems.length} recommendations no longer hold`}: ${problems.join(' ')} Nothing was accepted; run planning again for fresh figures.`);
  }

  const created = new Map<string, { transferId: string | null; purchaseOrderId: string | null }>();
  const note = input.note ?? null;

  // Purchase orders: one per supplier x arrival location.
  const purchases = todo.filter((i) => i.rec.kind === 'replenish');
  if (purchases.length > 0) {
    const costs = new Map(
      (await ctx.tx.select({ id: skus.id, unitCost: skus.unitCost, supplierId: skus.supplierId }).from(skus).where(and(eq(skus.tenantId, ctx.tenant.id), inArray(skus.id, purchases.map((p) => p.rec.skuId))))).map((s) => [s.id, s]),
    );
    const groups = groupBy(purchases, (i) => `${i.rec.supplierId ?? costs.get(i.rec.skuId)?.supplierId ?? ''}|${i.rec.toLocationId ?? ''}`);
    for (const [k, items] of groups) {
      const [supplierId, arrivalLocationId] = k.split('|') as [string, string];
      if (!supplierId) throw new Conflict('A recommended purchase has no supplier: set the SKU\'s supplier, then run planning again.');
      const lines = linesOf(items).map((l) => ({ ...l, unitCost: Number(costs.get(l.skuId)?.unitCost ?? 0) }));
      const po = await createPurchaseOrderDraft(ctx, { supplierId, arrivalLocationId, lines, recommendationId: items[0]?.rec.id, notes: note ?? undefined });
      result.purchaseOrders.push({ id: po.id, number: po.number, supplierId, arrivalLocationId, lines: lines.length });
      for (const i of items) created.set(i.rec.id, { transferId: null, purchaseOrderId: po.id });
    }
  }

  // Transfers: one draft per lane.
  const moves = todo.filter((i) => i.rec.kind === 'transfer');
  for (const [k, items] of groupBy(moves, (i) => `${i.rec.fromLocationId ?? ''}|${i.rec.toLocationId ?? ''}`)) {
    const [fromLocationId, toLocationId] = k.split('|') as [string, string];
    const transfer = await createTransfer({ ctx, input: { fromLocationId, toLocationId, lines: linesOf(items), recommendationId: items[0]?.rec.id, notes: note ?? 'From planning recommendations' } });
    result.transfers.push({ id: transfer.id, number: transfer.number, fromLocationId, toLocationId, lines: transfer.lines.length });
    for (const i of items) created.set(i.rec.id, { transferId: transfer.id, purchaseOrderId: null });
  }

  // Inbound splits: the arrival's allocation, applied when it is received.
  for (const i of todo.filter((x) => x.rec.kind === 'inbound_split')) {
    if (!i.rec.purchaseOrderId || !i.rec.toLocationId) continue;
    await ctx.tx
      .insert(inboundAllocations)
      .values({ tenantId: ctx.tenant.id, purchaseOrderId: i.rec.purchaseOrderId, skuId: i.rec.skuId, locationId: i.rec.toLocationId, qty: i.qty, recommendationId: i.rec.id })
      .onConflictDoUpdate({ target: [inboundAllocations.tenantId, inboundAllocations.purchaseOrderId, inboundAllocations.skuId, inboundAllocations.locationId], set: { qty: i.qty, recommendationId: i.rec.id } });
    created.set(i.rec.id, { transferId: null, purchaseOrderId: i.rec.purchaseOrderId });
  }

  // Centralize / decentralize: the SKU's own stocking policy from now on.
  for (const i of todo.filter((x) => x.rec.kind === 'centralize' || x.rec.kind === 'decentralize')) {
    const policy = i.rec.kind === 'centralize' ? { mode: 'central' as const } : { mode: 'every-node' as const };
    const [before] = await ctx.tx.select({ policy: skus.stockingPolicy }).from(skus).where(and(eq(skus.tenantId, ctx.tenant.id), eq(skus.id, i.rec.skuId)));
    await ctx.tx.update(skus).set({ stockingPolicy: policy }).where(and(eq(skus.tenantId, ctx.tenant.id), eq(skus.id, i.rec.skuId)));
    await recordAudit(ctx, { action: 'sku.stocking_policy_set', entity: 'sku', entityId: i.rec.skuId, before: { stockingPolicy: before?.policy ?? null }, after: { stockingPolicy: policy, recommendationId: i.rec.id } });
    created.set(i.rec.id, { transferId: null, purchaseOrderId: null });
  }

  const now = new Date();
  for (const i of todo) {
    const made = created.get(i.rec.id) ?? { transferId: null, purchaseOrderId: null };
    const isPo = i.rec.kind === 'replenish';
    await ctx.tx
      .update(recommendations)
      .set({
        status: 'accepted',
        decidedBy: ctx.user.id,
        decidedAt: now,
        decisionNote: note,
        acceptedQty: i.qty,
        createdTransferId: made.transferId,
        createdPurchaseOrderId: isPo ? made.purchaseOrderId : null,
        updatedAt: now,
      })
      .where(and(eq(recommendations.tenantId, ctx.tenant.id), eq(recommendations.id, i.rec.id)));
    await recordAudit(ctx, {
      action: 'recommendation.accepted',
      entity: 'recommendation',
      entityId: i.rec.id,
      before: { status: 'open', qty: i.rec.qty },
      after: { status: 'accepted', qty: i.qty, note, transferId: made.transferId, purchaseOrderId: made.purchaseOrderId },
    });
    result.accepted.push({ recommendationId: i.rec.id, transferId: made.transferId, purchaseOrderId: made.purchaseOrderId, qty: i.qty });
  }
  return result;
}
