/**
 * Purchase orders CSV: one row per line, the lines of a purchase order on consecutive rows with the same
 * po_number. Each new order is placed through the purchase-order service (`createPurchaseOrder`: its
 * number series, on-order units at the arrival location, audit), with `csv-po:<po_number>` as its
 * idempotency key, which is also how a re-import finds it: the same order again is unchanged; an order
 * placed as `ordered` that the file says is `in_transit` is marked in transit (the service's own step);
 * different lines are an error (a placed order is changed on the Inbound page, not by a file).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { locations, purchaseOrderLines, purchaseOrders, skus, suppliers } from '@/db/schema';
import { DomainError, Invalid } from '../../errors';
import { optionalNumber, optionalText, referenceCodeField, requiredNumber } from '../../services/master-data/fields';
import { createPurchaseOrder } from '../../services/purchase-orders/create';
import { markPurchaseOrderInTransit } from '../../services/purchase-orders/mark-in-transit';
import { createPurchaseOrderInput, type CreatePurchaseOrderInput } from '../../services/purchase-orders/schemas';
import { MAX_UNITS } from '../../services/stock/schemas';
import { timestampCell } from '../cells/cells';
import { LocalTimeZone } from '../cells/timestamp';
import { defineImporter, type RunEnv, type ValidRow } from '../importer';
import { KeySet } from '../key-set';

const IMPORT_STATUSES = ['ordered', 'in_transit'] as const;

function poRowSchema(timeZone: string) {
  const zone = new LocalTimeZone(timeZone);
  return z.object({
    poNumber: z.string({ error: 'PO number is required.' }).trim().min(1, 'PO number is required.').max(100, 'PO number must be at most 100 characters.'),
    supplierCode: referenceCodeField('Supplier code'),
    arrivalLocationCode: referenceCodeField('Arrival location code'),
    eta: timestampCell('ETA', zone, false),
    status: z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v), z.enum(IMPORT_STATUSES, { error: 'Status must be ordered or in_transit.' }).optional()),
    notes: optionalText('Notes'),
    skuCode: referenceCodeField('SKU code'),
    qty: requiredNumber('Quantity', { int: true, min: 1, max: MAX_UNITS }),
    unitCost: optionalNumber('Unit cost', { min: 0, max: 1e9 }),
  });
}
type PoRow = z.infer<ReturnType<typeof poRowSchema>>;

interface PoGroup {
  poNumber: string;
  rows: number[];
  first: PoRow;
  lines: { row: number; skuCode: string; qty: number; unitCost?: number }[];
  bad: boolean;
}

interface CodeRef {
  id: string;
  archived: boolean;
}

async function codeRefs(env: RunEnv) {
  const t = env.ctx.tenant.id;
  const tx = env.ctx.tx;
  const toMap = (rows: { id: string; code: string; archivedAt: Date | null }[]) => new Map<string, CodeRef>(rows.map((r) => [r.code, { id: r.id, archived: r.archivedAt !== null }]));
  return {
    suppliers: toMap(await tx.select({ id: suppliers.id, code: suppliers.code, archivedAt: suppliers.archivedAt }).from(suppliers).where(eq(suppliers.tenantId, t))),
    locations: toMap(await tx.select({ id: locations.id, code: locations.code, archivedAt: locations.archivedAt }).from(locations).where(eq(locations.tenantId, t))),
    skus: toMap(await tx.select({ id: skus.id, code: skus.code, archivedAt: skus.archivedAt }).from(skus).where(eq(skus.tenantId, t))),
  };
}

const idempotencyKey = (poNumber: string) => `csv-po:${poNumber}`;

const signature = (supplierId: string, arrivalId: string, lines: { skuId: string; qty: number }[]) =>
  `${supplierId}|${arrivalId}|${lines
    .map((l) => `${l.skuId}:${l.qty}`)
    .sort()
    .join(',')}`;

async function storedOrders(env: RunEnv, numbers: string[]) {
  const t = env.ctx.tenant.id;
  const keys = numbers.map(idempotencyKey);
  if (keys.length === 0) return new Map<string, { id: string; status: string; signature: string }>();
  const pos = await env.ctx.tx
    .select({ id: purchaseOrders.id, key: purchaseOrders.idempotencyKey, status: purchaseOrders.status, supplierId: purchaseOrders.supplierId, arrivalId: purchaseOrders.arrivalLocationId })
    .from(purchaseOrders)
    .where(and(eq(purchaseOrders.tenantId, t), inArray(purchaseOrders.idempotencyKey, keys)));
  const lines = pos.length
    ? await env.ctx.tx
        .select({ poId: purchaseOrderLines.purchaseOrderId, skuId: purchaseOrderLines.skuId, qty: purchaseOrderLines.qty })
        .from(purchaseOrderLines)
        .where(and(eq(purchaseOrderLines.tenantId, t), inArray(purchaseOrderLines.purchaseOrderId, pos.map((p) => p.id))))
    : [];
  return new Map(pos.map((p) => [p.key ?? '', { id: p.id, status: p.status, signature: signature(p.supplierId, p.arrivalId, lines.filter((l) => l.poId === p.id)) }]));
}

const HEADER: [keyof PoRow, string][] = [
  ['supplierCode', 'supplier_code'],
  ['arrivalLocationCode', 'arrival_location_code'],
  ['eta', 'eta'],
  ['status', 'status'],
];

async function openPurchaseOrdersRun(env: RunEnv) {
  const refs = await codeRefs(env);
  const seen = new KeySet(1024);
  let current: PoGroup | null = null;

  const resolve = (g: PoGroup): { input: CreatePurchaseOrderInput; status: PoRow['status'] } | null => {
    if (g.bad) return null;
    const at = g.rows[0] ?? 0;
    let ok = true;
    const ref = (map: Map<string, CodeRef>, code: string, row: number, column: string, what: string) => {
      const found = map.get(code);
      if (!found) env.errors.add(row, column, `No ${what} has the code ${code}. Import it first.`);
      else if (found.archived) env.errors.add(row, column, `${code} is archived: restore it before ordering.`);
      if (!found || found.archived) ok = false;
      return found?.id ?? '';
    };
    const supplierId = ref(refs.suppliers, g.first.supplierCode, at, 'supplier_code', 'supplier');
    const arrivalLocationId = ref(refs.locations, g.first.arrivalLocationCode, at, 'arrival_location_code', 'location');
    const lines = g.lines.map((l) => ({ skuId: ref(refs.skus, l.skuCode, l.row, 'sku_code', 'SKU'), qty: l.qty, unitCost: l.unitCost }));
    if (!ok) return null;
    const notes = [`PO ${g.poNumber}`, g.first.notes].filter(Boolean).join(' · ');
    const parsed = createPurchaseOrderInput.safeParse({ supplierId, arrivalLocationId, eta: g.first.eta, lines, notes, idempotencyKey: idempotencyKey(g.poNumber) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [first, index, field] = issue.path;
        const row = first === 'lines' && typeof index === 'number' ? (g.lines[index]?.row ?? at) : at;
        const column = field === 'skuId' ? 'sku_code' : field === 'qty' ? 'qty' : field === 'unitCost' ? 'unit_cost' : first === 'eta' ? 'eta' : 'po_number';
        env.errors.add(row, column, issue.message);
      }
      return null;
    }
    return { input: parsed.data, status: g.first.status };
  };

  const process = async (groups: PoGroup[]) => {
    const resolved = groups.map((g) => ({ g, r: resolve(g) })).filter((x): x is { g: PoGroup; r: NonNullable<ReturnType<typeof resolve>> } => x.r !== null);
    const stored = await storedOrders(env, resolved.map((x) => x.g.poNumber));
    for (const { g, r } of resolved) {
      const found = stored.get(idempotencyKey(g.poNumber));
      if (found && found.signature !== signature(r.input.supplierId, r.input.arrivalLocationId, r.input.lines)) {
        env.errors.add(g.rows[0] ?? 0, 'po_number', `Purchase order ${g.poNumber} was imported before with another supplier, location or lines. Change it on the Inbound page, or give it a new number.`);
        continue;
      }
      const toTransit = r.status === 'in_transit' && (!found || found.status === 'ordered');
      env.outcome(!found ? 'new' : toTransit ? 'updated' : 'unchanged', g.rows);
      if (!env.writing || (found && !toTransit)) continue;
      try {
        const id = found?.id ?? (await createPurchaseOrder({ ctx: env.ctx, input: r.input })).id;
        if (toTransit) await markPurchaseOrderInTransit({ ctx: env.ctx, input: { purchaseOrderId: id } });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const detail = error instanceof Invalid && error.issues.length ? ` (${error.issues.map((i) => i.message).join(' ')})` : '';
        env.errors.add(g.rows[0] ?? 0, 'po_number', `${error.message}${detail}`);
      }
    }
  };

  const add = (row: number, value: PoRow): PoGroup[] => {
    const done: PoGroup[] = [];
    if (!current || current.poNumber !== value.poNumber) {
      if (current) done.push(current);
      const bad = !seen.add(value.poNumber);
      if (bad) env.errors.add(row, 'po_number', `The lines of purchase order ${value.poNumber} must be on consecutive rows; it already appeared further up.`);
      current = { poNumber: value.poNumber, rows: [], first: value, lines: [], bad };
    } else {
      for (const [field, column] of HEADER) {
        const a = current.first[field];
        const b = value[field];
        if (b === undefined || b === null) continue;
        const same = a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
        if (!same) {
          current.bad = true;
          env.errors.add(row, column, `Purchase order ${value.poNumber} has a different ${column} on row ${current.rows[0]}: an order's columns must agree on all its lines.`);
        }
      }
    }
    current.rows.push(row);
    current.lines.push({ row, skuCode: value.skuCode, qty: value.qty, unitCost: value.unitCost });
    return done;
  };

  return {
    async batch(rows: ValidRow<PoRow>[]) {
      const done: PoGroup[] = [];
      for (const { row, value } of rows) done.push(...add(row, value));
      await process(done);
    },
    async finish() {
      const last = current;
      current = null;
      if (last) await process([last]);
    },
  };
}

export const purchaseOrdersImporter = defineImporter<PoRow>({
  entity: 'purchase_orders',
  label: 'Purchase orders',
  description: 'Open purchase orders, one row per line; the lines of an order on consecutive rows with the same po_number. Each new order is placed (on order rises at its arrival location).',
  notes: [
    'Import suppliers, locations and SKUs first: the codes must exist and not be archived.',
    'po_number is your reference: it is kept in the order’s notes, and importing the same order again changes nothing.',
    'Status in_transit marks the order as shipped by the supplier (its units move from on order to inbound). Blank: ordered.',
    'An order imported before cannot be changed by a file (other lines or supplier): change it on the Inbound page.',
    'Blank ETA: today plus the supplier’s lead time. Blank unit_cost: the SKU’s unit cost.',
  ],
  recordNoun: 'purchase orders',
  batchSize: 1000,
  rowSchema: (ctx) => poRowSchema(ctx.tenant.timezone) as unknown as z.ZodType<PoRow>,
  columns: [
    { name: 'po_number', field: 'poNumber', required: true, type: 'text', examples: ['4500012345', '4500012345'], description: 'Your purchase order number; all lines of an order on consecutive rows.', aliases: ['po', 'number'] },
    { references: 'suppliers', referenceOrder: 'same', name: 'supplier_code', field: 'supplierCode', required: true, type: 'code', examples: ['SZ-ELEC', 'SZ-ELEC'], description: 'The supplier, by code.', aliases: ['supplier'] },
    { references: 'locations', referenceOrder: 'same', name: 'arrival_location_code', field: 'arrivalLocationCode', required: true, type: 'code', examples: ['MEM-CDC', 'MEM-CDC'], description: 'Where the shipment arrives, by code.', aliases: ['arrival_location', 'location_code'] },
    { name: 'eta', field: 'eta', required: false, type: 'timestamp', examples: ['2025-04-18', '2025-04-18'], description: 'Expected arrival (date, or date and time). Blank: today + the supplier’s lead time.' },
    { name: 'status', field: 'status', required: false, type: 'choice', choices: IMPORT_STATUSES, examples: ['ordered', 'ordered'], description: 'ordered, or in_transit once the supplier shipped. Blank: ordered.' },
    { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['Spring restock', ''], description: 'Free notes.' },
    { references: 'skus', name: 'sku_code', field: 'skuCode', required: true, type: 'code', examples: ['SKU-1001', 'SKU-1002'], description: 'The SKU of the line, by code.', aliases: ['sku'] },
    { name: 'qty', field: 'qty', required: true, type: 'integer', examples: ['2400', '600'], description: 'Units ordered (at least 1).', aliases: ['quantity'] },
    { name: 'unit_cost', field: 'unitCost', required: false, type: 'money', examples: ['11.40', ''], description: 'Cost per unit, in your currency. Blank: the SKU’s unit cost.' },
  ],
  open: openPurchaseOrdersRun,
});
