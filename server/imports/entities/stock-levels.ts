/**
 * Stock snapshot CSV: one row per SKU x location with the units on hand (and optionally reserved,
 * inbound, on order). A snapshot is a cycle count: on hand becomes the figure of the file through a
 * `count` movement of the difference, written by the stock service's one write path
 * (`applyStockChanges`, which locks the balances in its fixed order), so every balance keeps equal to
 * its ledger. Inbound and on order are set through the same path; reserved is set directly on the
 * locked balance (it is not a ledger figure). Balances the file does not name are left alone.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { resultRows } from '@/db/client';
import { auditLog } from '@/db/schema';
import { applyStockChanges, balanceKey, lockBalances, type MovementInput, type PipelineChange } from '../../services/stock/apply-movements';
import { retryStockOperation } from '../../services/stock/retry';
import { MAX_UNITS } from '../../services/stock/schemas';
import { optionalNumber, referenceCodeField, requiredNumber } from '../../services/master-data/fields';
import { locationIdsByCode, skuIdsByCode } from '../code-maps';
import { defineImporter, type RunEnv, type ValidRow } from '../importer';
import { KeySet } from '../key-set';
import { pgArray } from '../pg-array';

const units = (label: string) => optionalNumber(label, { int: true, min: 0, max: MAX_UNITS });

export const stockRow = z
  .object({
    skuCode: referenceCodeField('SKU code'),
    locationCode: referenceCodeField('Location code'),
    onHand: requiredNumber('On hand', { int: true, min: 0, max: MAX_UNITS }),
    reserved: units('Reserved'),
    inbound: units('Inbound'),
    onOrder: units('On order'),
  })
  .superRefine((row, ctx) => {
    if (row.reserved !== undefined && row.reserved > row.onHand) ctx.addIssue({ code: 'custom', path: ['reserved'], message: 'Reserved cannot be more than on hand.' });
  });
export type StockRow = z.infer<typeof stockRow>;

interface Balance {
  id: string;
  onHand: number;
  reserved: number;
  inbound: number;
  onOrder: number;
}

interface Target {
  row: number;
  skuId: string;
  locationId: string;
  value: StockRow;
}

async function currentBalances(env: RunEnv, targets: readonly Target[]): Promise<Map<string, Balance>> {
  if (targets.length === 0) return new Map();
  const rows = resultRows<{ id: string; sku_id: string; location_id: string; on_hand: number; reserved: number; inbound: number; on_order: number }>(
    await env.ctx.tx.execute(sql`
      select l.id, l.sku_id, l.location_id, l.on_hand, l.reserved, l.inbound, l.on_order
      from stock_levels l
      join unnest(${pgArray(targets.map((t) => t.skuId))}::uuid[], ${pgArray(targets.map((t) => t.locationId))}::uuid[]) as k(sku_id, location_id)
        on k.sku_id = l.sku_id and k.location_id = l.location_id
      where l.tenant_id = ${env.ctx.tenant.id}`),
  );
  return new Map(
    rows.map((r) => [
      balanceKey({ skuId: r.sku_id, locationId: r.location_id }),
      { id: r.id, onHand: Number(r.on_hand), reserved: Number(r.reserved), inbound: Number(r.inbound), onOrder: Number(r.on_order) },
    ]),
  );
}

const ZERO: Balance = { id: '', onHand: 0, reserved: 0, inbound: 0, onOrder: 0 };

function changes(t: Target, b: Balance) {
  const v = t.value;
  return {
    onHand: v.onHand - b.onHand,
    reserved: v.reserved === undefined ? 0 : v.reserved - b.reserved,
    inbound: v.inbound === undefined ? 0 : v.inbound - b.inbound,
    onOrder: v.onOrder === undefined ? 0 : v.onOrder - b.onOrder,
  };
}

/** The file's on hand must stay at or above what is reserved (the balance's own check). */
function reservedProblem(t: Target, b: Balance): string | null {
  if (t.value.reserved !== undefined || t.value.onHand >= b.reserved) return null;
  return `On hand ${t.value.onHand} is below the ${b.reserved} units reserved here: give the reserved units too.`;
}

async function writeBatch(env: RunEnv, targets: Target[]): Promise<void> {
  await retryStockOperation(env.ctx, async (ctx) => {
    const locked = await lockBalances(ctx, targets);
    const movements: MovementInput[] = [];
    const pipeline: PipelineChange[] = [];
    const reserved: { id: string; value: number; before: number }[] = [];
    const audit: (typeof auditLog.$inferInsert)[] = [];
    for (const t of targets) {
      const b = locked.get(balanceKey(t));
      if (!b) throw new Error('stock import: balance not locked');
      const problem = reservedProblem(t, b);
      if (problem) {
        env.errors.add(t.row, 'on_hand', problem);
        continue;
      }
      const d = changes(t, b);
      if (d.onHand !== 0) movements.push({ skuId: t.skuId, locationId: t.locationId, qty: d.onHand, kind: 'count', reason: `Stock snapshot ${env.fileName}`.slice(0, 500), reference: `import ${env.importId}` });
      if (d.inbound !== 0 || d.onOrder !== 0) pipeline.push({ skuId: t.skuId, locationId: t.locationId, inboundDelta: d.inbound, onOrderDelta: d.onOrder });
      if (d.reserved !== 0 && t.value.reserved !== undefined) reserved.push({ id: b.id, value: t.value.reserved, before: b.reserved });
      if (d.onHand || d.inbound || d.onOrder || d.reserved) {
        audit.push({
          tenantId: ctx.tenant.id,
          actorId: ctx.user.id,
          action: 'stock.counted',
          entity: 'stock_level',
          entityId: b.id,
          before: { onHand: b.onHand, reserved: b.reserved, inbound: b.inbound, onOrder: b.onOrder },
          after: { ...t.value, importId: env.importId },
        });
      }
    }
    if (env.errors.count > 0) return;
    const setReserved = async (lowering: boolean) => {
      const rows = reserved.filter((r) => (lowering ? r.value < r.before : r.value > r.before));
      if (rows.length === 0) return;
      await ctx.tx.execute(sql`
        update stock_levels l set reserved = u.reserved, updated_at = now()
        from unnest(${pgArray(rows.map((r) => r.id))}::uuid[], ${pgArray(rows.map((r) => r.value))}::int[]) as u(id, reserved)
        where l.tenant_id = ${ctx.tenant.id} and l.id = u.id`);
    };
    // Lower reserved before on hand falls, raise it after on hand rose: the balance check holds at every step.
    await setReserved(true);
    if (movements.length + pipeline.length > 0) await applyStockChanges(ctx, { movements, pipeline });
    await setReserved(false);
    if (audit.length > 0) await ctx.tx.insert(auditLog).values(audit);
  });
}

export const stockLevelsImporter = defineImporter<StockRow>({
  entity: 'stock_levels',
  label: 'Stock snapshot',
  description: 'Units on hand per SKU and location, as counted: each row sets that balance, matched by SKU and location.',
  notes: [
    'Import SKUs and locations first: the codes must exist.',
    'A changed on hand is recorded as a count movement of the difference in the stock ledger, so every balance still equals its movements.',
    'Reserved, inbound and on order are optional: a column left out (or a blank cell) keeps the current figure.',
    'Balances not named in the file are not changed.',
  ],
  recordNoun: 'balances',
  batchSize: 1000,
  rowSchema: stockRow,
  columns: [
    { references: 'skus', name: 'sku_code', field: 'skuCode', required: true, type: 'code', examples: ['SKU-1001', 'SKU-1002'], description: 'The SKU, by code.', aliases: ['sku'] },
    { references: 'locations', name: 'location_code', field: 'locationCode', required: true, type: 'code', examples: ['MEM-CDC', 'DAL-RDC'], description: 'The location, by code.', aliases: ['location'] },
    { name: 'on_hand', field: 'onHand', required: true, type: 'integer', examples: ['1200', '340'], description: 'Units on hand, as counted.' },
    { name: 'reserved', field: 'reserved', required: false, type: 'integer', examples: ['40', ''], description: 'Units reserved for orders (at most on hand). Blank: unchanged.' },
    { name: 'inbound', field: 'inbound', required: false, type: 'integer', examples: ['0', '120'], description: 'Units in transit to this location. Blank: unchanged.' },
    { name: 'on_order', field: 'onOrder', required: false, type: 'integer', examples: ['600', ''], description: 'Units ordered from suppliers for this location, not shipped yet. Blank: unchanged.' },
  ],
  async open(env) {
    const [skuIds, locationIds] = [await skuIdsByCode(env.ctx), await locationIdsByCode(env.ctx)];
    const seen = new KeySet(4096);
    return {
      async batch(rows: ValidRow<StockRow>[]) {
        const targets: Target[] = [];
        for (const { row, value } of rows) {
          if (!seen.add(`${value.skuCode}|${value.locationCode}`)) {
            env.errors.add(row, 'location_code', `SKU ${value.skuCode} at ${value.locationCode} appears more than once in the file; keep one row.`);
            continue;
          }
          const skuId = skuIds.get(value.skuCode);
          const locationId = locationIds.get(value.locationCode);
          if (!skuId) env.errors.add(row, 'sku_code', `No SKU has the code ${value.skuCode}. Import the SKUs file first.`);
          if (!locationId) env.errors.add(row, 'location_code', `No location has the code ${value.locationCode}. Import the locations file first.`);
          if (skuId && locationId) targets.push({ row, skuId, locationId, value });
        }
        const balances = await currentBalances(env, targets);
        const toWrite: Target[] = [];
        for (const t of targets) {
          const b = balances.get(balanceKey(t));
          const problem = reservedProblem(t, b ?? ZERO);
          if (problem) {
            env.errors.add(t.row, 'on_hand', problem);
            continue;
          }
          const d = changes(t, b ?? ZERO);
          const unchanged = b && d.onHand === 0 && d.reserved === 0 && d.inbound === 0 && d.onOrder === 0;
          env.outcome(unchanged ? 'unchanged' : b ? 'updated' : 'new', [t.row]);
          if (!unchanged) toWrite.push(t);
        }
        if (env.writing && toWrite.length > 0) await writeBatch(env, toWrite);
      },
      async finish() {},
    };
  },
});
