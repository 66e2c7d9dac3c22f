/**
 * The one write path of stock: every change of on hand, inbound or on order goes through
 * `applyStockChanges`, in the caller's transaction. It is safe under any number of concurrent callers:
 *
 * 1. the balance rows it needs are created first (`insert … on conflict do nothing`, in key order),
 *    so there is always a row to lock — a missing row cannot be locked, and two first receipts would race;
 * 2. the rows are locked in ONE fixed order (location id, then SKU id; `select … for update`), so two
 *    operations touching the same balances queue instead of deadlocking;
 * 3. every change is a conditional update (`… where on_hand + d >= reserved`); zero rows updated means
 *    not enough stock, reported as a Conflict naming the SKU, the location and the figures;
 * 4. the ledger rows are inserted in the same transaction, so a balance always equals the sum of its
 *    movements (stock.consistency proves it).
 *
 * Idempotency: movements may carry an idempotency key (unique per tenant in the ledger). Keys are checked
 * after the locks are held, so a retried request that races its first attempt sees the first attempt's
 * rows: if every key of the batch is already recorded nothing is written and the result is `replayed`.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { stockLevels, stockMovements, type stockMovementKind } from '@/db/schema';
import { newId } from '@/db/schema/ids';
import { Conflict } from '../../errors';
import type { TenantServiceContext } from '../context';
import { loadStockRefs, type StockRefs } from './stock-refs';
import { rollInventoryDaily } from './inventory-rollup';

export type MovementKind = (typeof stockMovementKind.enumValues)[number];
type StockCtx = Pick<TenantServiceContext, 'tx' | 'tenant' | 'user'>;

export interface MovementInput {
  skuId: string;
  locationId: string;
  /** Signed units: receipts and transfer_in add, shipments and transfer_out remove, adjustments and counts either way. */
  qty: number;
  kind: MovementKind;
  reason?: string | null;
  reference?: string | null;
  transferId?: string | null;
  purchaseOrderId?: string | null;
  idempotencyKey?: string | null;
}

/** A change of the pipeline figures of a balance (no ledger row: the ledger records on hand only). */
export interface PipelineChange {
  skuId: string;
  locationId: string;
  inboundDelta?: number;
  onOrderDelta?: number;
  /** Units set aside (an approved transfer) or released; reserved never exceeds on hand. */
  reservedDelta?: number;
}

export interface BalanceKey {
  skuId: string;
  locationId: string;
}

export interface LockedBalance extends BalanceKey {
  id: string;
  onHand: number;
  reserved: number;
  inbound: number;
  onOrder: number;
}

export type MovementRow = typeof stockMovements.$inferSelect;

export interface ApplyResult {
  outcome: 'applied' | 'replayed';
  /** The ledger rows written now, or (replayed) the ones recorded by the first attempt. */
  movements: MovementRow[];
  /** Balances after the change, by `balanceKey()`. */
  balances: Map<string, LockedBalance>;
  refs: StockRefs;
}

const SIGN: Record<MovementKind, 1 | -1 | 0> = { receipt: 1, transfer_in: 1, shipment: -1, transfer_out: -1, adjustment: 0, count: 0 };

export function balanceKey(k: BalanceKey): string {
  return `${k.locationId}|${k.skuId}`;
}

/** The fixed lock order: location id, then SKU id (the same order as the `order by` of the lock query). */
export function sortBalanceKeys(keys: BalanceKey[]): BalanceKey[] {
  const unique = new Map(keys.map((k) => [balanceKey(k), { skuId: k.skuId, locationId: k.locationId }]));
  return [...unique.values()].sort((a, b) => (a.locationId === b.locationId ? cmp(a.skuId, b.skuId) : cmp(a.locationId, b.locationId)));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertMovement(m: MovementInput): void {
  if (!Number.isSafeInteger(m.qty) || m.qty === 0) throw new Error(`stock movement qty must be a non-zero integer, got ${m.qty}`);
  const sign = SIGN[m.kind];
  if (sign !== 0 && Math.sign(m.qty) !== sign) throw new Error(`a ${m.kind} movement must have qty ${sign > 0 ? '> 0' : '< 0'}`);
  if ((m.kind === 'transfer_in' || m.kind === 'transfer_out') && !m.transferId) throw new Error(`a ${m.kind} movement needs its transfer`);
}

/** Creates the missing balance rows, then locks all of them in the fixed order. */
export async function lockBalances(ctx: StockCtx, keys: BalanceKey[]): Promise<Map<string, LockedBalance>> {
  const sorted = sortBalanceKeys(keys);
  if (sorted.length === 0) return new Map();
  await ctx.tx
    .insert(stockLevels)
    .values(sorted.map((k) => ({ tenantId: ctx.tenant.id, id: newId(), skuId: k.skuId, locationId: k.locationId })))
    .onConflictDoNothing({ target: [stockLevels.tenantId, stockLevels.skuId, stockLevels.locationId] });
  const wanted = sql.join(
    sorted.map((k) => sql`(${k.skuId}::uuid, ${k.locationId}::uuid)`),
    sql`, `,
  );
  const rows = resultRows<{ id: string; sku_id: string; location_id: string; on_hand: number; reserved: number; inbound: number; on_order: number }>(
    await ctx.tx.execute(sql`
      select l.id, l.sku_id, l.location_id, l.on_hand, l.reserved, l.inbound, l.on_order
      from stock_levels l
      join (values ${wanted}) as k(sku_id, location_id) on k.sku_id = l.sku_id and k.location_id = l.location_id
      where l.tenant_id = ${ctx.tenant.id}
      order by l.location_id, l.sku_id
      for update of l`),
  );
  const locked = new Map<string, LockedBalance>();
  for (const r of rows) {
    const b: LockedBalance = {
      id: r.id,
      skuId: r.sku_id,
      locationId: r.location_id,
      onHand: Number(r.on_hand),
      reserved: Number(r.reserved),
      inbound: Number(r.inbound),
      onOrder: Number(r.on_order),
    };
    locked.set(balanceKey(b), b);
  }
  if (locked.size !== sorted.length) throw new Error('stock balance rows missing after insert');
  return locked;
}

interface Delta {
  onHand: number;
  inbound: number;
  onOrder: number;
  reserved: number;
}

/** Applies movements (ledger + on hand) and pipeline changes (inbound, on order) in the caller's transaction. */
export async function applyStockChanges(
  ctx: StockCtx,
  change: { movements: MovementInput[]; pipeline?: PipelineChange[]; refs?: StockRefs },
): Promise<ApplyResult> {
  const movements = change.movements;
  const pipeline = change.pipeline ?? [];
  movements.forEach(assertMovement);
  const all: BalanceKey[] = [...movements, ...pipeline];
  const refs = change.refs ?? (await loadStockRefs(ctx, all.map((k) => k.skuId), all.map((k) => k.locationId)));
  const balances = await lockBalances(ctx, all);

  const keys = movements.map((m) => m.idempotencyKey).filter((k): k is string => Boolean(k));
  if (keys.length > 0) {
    const existing = await ctx.tx
      .select()
      .from(stockMovements)
      .where(and(eq(stockMovements.tenantId, ctx.tenant.id), inArray(stockMovements.idempotencyKey, keys)));
    if (existing.length > 0) {
      if (existing.length === keys.length && keys.length === movements.length) return { outcome: 'replayed', movements: existing, balances, refs };
      throw new Conflict('Part of this stock change was already recorded under the same idempotency key.');
    }
  }

  const deltas = new Map<string, Delta>();
  const deltaOf = (k: BalanceKey) => {
    const key = balanceKey(k);
    let d = deltas.get(key);
    if (!d) deltas.set(key, (d = { onHand: 0, inbound: 0, onOrder: 0, reserved: 0 }));
    return d;
  };
  for (const m of movements) deltaOf(m).onHand += m.qty;
  for (const p of pipeline) {
    const d = deltaOf(p);
    d.inbound += p.inboundDelta ?? 0;
    d.onOrder += p.onOrderDelta ?? 0;
    d.reserved += p.reservedDelta ?? 0;
  }

  for (const k of sortBalanceKeys(all)) {
    const key = balanceKey(k);
    const d = deltas.get(key);
    const before = balances.get(key);
    if (!d || !before || (d.onHand === 0 && d.inbound === 0 && d.onOrder === 0 && d.reserved === 0)) continue;
    const [after] = await ctx.tx
      .update(stockLevels)
      .set({
        onHand: sql`${stockLevels.onHand} + ${d.onHand}`,
        inbound: sql`${stockLevels.inbound} + ${d.inbound}`,
        onOrder: sql`${stockLevels.onOrder} + ${d.onOrder}`,
        reserved: sql`${stockLevels.reserved} + ${d.reserved}`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(stockLevels.tenantId, ctx.tenant.id),
          eq(stockLevels.id, before.id),
          sql`${stockLevels.onHand} + ${d.onHand} >= ${stockLevels.reserved} + ${d.reserved}`,
          sql`${stockLevels.reserved} + ${d.reserved} >= 0`,
          sql`${stockLevels.inbound} + ${d.inbound} >= 0`,
          sql`${stockLevels.onOrder} + ${d.onOrder} >= 0`,
        ),
      )
      .returning({ onHand: stockLevels.onHand, reserved: stockLevels.reserved, inbound: stockLevels.inbound, onOrder: stockLevels.onOrder });
    if (!after) throw new Conflict(shortageMessage(refs, before, d));
    balances.set(key, { ...before, ...after });
  }

  const written = movements.length
    ? await ctx.tx
        .insert(stockMovements)
        .values(
          movements.map((m) => ({
            tenantId: ctx.tenant.id,
            skuId: m.skuId,
            locationId: m.locationId,
            qty: m.qty,
            kind: m.kind,
            reason: m.reason ?? null,
            reference: m.reference ?? null,
            transferId: m.transferId ?? null,
            purchaseOrderId: m.purchaseOrderId ?? null,
            idempotencyKey: m.idempotencyKey ?? null,
            actorId: ctx.user.id,
          })),
        )
        .returning()
    : [];
  await rollInventoryDaily(ctx, movements);
  return { outcome: 'applied', movements: written, balances, refs };
}

function shortageMessage(refs: StockRefs, before: LockedBalance, d: Delta): string {
  const sku = refs.skus.get(before.skuId)?.code ?? before.skuId;
  const location = refs.locations.get(before.locationId)?.code ?? before.locationId;
  if (d.reserved > 0 && before.onHand + d.onHand < before.reserved + d.reserved) {
    const available = Math.max(0, before.onHand - before.reserved);
    return `Not enough available stock of SKU ${sku} at ${location}: ${available} available (on hand ${before.onHand}, ${before.reserved} reserved), ${d.reserved} needed.`;
  }
  if (before.onHand + d.onHand < before.reserved + d.reserved) {
    const reserved = before.reserved > 0 ? ` (${before.reserved} reserved)` : '';
    return `Not enough stock of SKU ${sku} at ${location}: on hand ${before.onHand}${reserved}, asked ${-d.onHand}.`;
  }
  if (before.reserved + d.reserved < 0) return `Reserved units of SKU ${sku} at ${location} would fall below zero: reserved ${before.reserved}, change ${d.reserved}.`;
  if (before.inbound + d.inbound < 0) return `Inbound of SKU ${sku} at ${location} would fall below zero: inbound ${before.inbound}, change ${d.inbound}.`;
  return `On order of SKU ${sku} at ${location} would fall below zero: on order ${before.onOrder}, change ${d.onOrder}.`;
}
