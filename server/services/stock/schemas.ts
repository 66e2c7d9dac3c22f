/** Inputs of the stock procedures, shared by the router, the dialogs and the importer. */
import { z } from 'zod';
import { listInput } from '../listing/input';

export const MAX_UNITS = 10_000_000;

export const idSchema = z.uuid({ message: 'Pick one from the list.' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** A key the client makes once per intended action (a double click or a retry sends the same one). */
export const idempotencyKeySchema = z.string().trim().min(8, 'An idempotency key has at least 8 characters.').max(200);

export const reasonSchema = z.string().trim().min(3, 'Say why, in a few words (at least 3 characters).').max(500, 'At most 500 characters.');

/** A yes/no list filter: a boolean, or the text 'true' / 'false' of a URL or a select. */
export const flagFilter = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean({ error: 'Use true or false.' }));
/** A date list filter: a Date, or the text of a date input (2025-01-31) or an ISO timestamp. */
export const dateFilter = z.coerce.date({ error: 'Enter a date such as 2025-01-31.' });

export const stockViews = ['detail', 'by-sku', 'by-location'] as const;
export const levelSortKeys = ['sku', 'location', 'onHand', 'available', 'reserved', 'inbound', 'onOrder', 'value', 'updatedAt'] as const;

/** Balances: detail (SKU x location), or totals by SKU or by location; `hideEmpty` (default true) hides all-zero balances. */
export const stockLevelsInput = listInput({
  sort: levelSortKeys,
  defaultSort: 'sku',
  filters: { skuId: idSchema, locationId: idSchema, hideEmpty: flagFilter },
}).extend({ view: z.enum(stockViews).default('detail') });

export const movementKinds = ['receipt', 'shipment', 'adjustment', 'transfer_out', 'transfer_in', 'count'] as const;
export const movementSortKeys = ['occurredAt', 'qty', 'kind', 'sku', 'location'] as const;

/** The ledger; `from` is inclusive, `to` exclusive (occurred_at). */
export const stockMovementsInput = listInput({
  sort: movementSortKeys,
  defaultSort: 'occurredAt',
  defaultDirection: 'desc',
  filters: {
    skuId: idSchema,
    locationId: idSchema,
    kind: z.enum(movementKinds, { error: `Kind is one of: ${movementKinds.join(', ')}.` }),
    transferId: idSchema,
    purchaseOrderId: idSchema,
    from: dateFilter,
    to: dateFilter,
  },
});

export const adjustStockInput = z.object({
  skuId: idSchema,
  locationId: idSchema,
  qty: z
    .number({ message: 'Enter a whole number of units.' })
    .int('Enter a whole number of units.')
    .min(-MAX_UNITS)
    .max(MAX_UNITS)
    .refine((q) => q !== 0, 'An adjustment changes the stock: enter a number other than 0.'),
  reason: reasonSchema,
  reference: optionalText(200),
  idempotencyKey: idempotencyKeySchema.optional(),
});

export const receiveStockInput = z.object({
  skuId: idSchema,
  locationId: idSchema,
  qty: z.number({ message: 'Enter a whole number of units.' }).int('Enter a whole number of units.').min(1, 'Receive at least 1 unit.').max(MAX_UNITS),
  reason: optionalText(500),
  reference: optionalText(200),
  idempotencyKey: idempotencyKeySchema.optional(),
});

export const countStockInput = z.object({
  skuId: idSchema,
  locationId: idSchema,
  countedQty: z.number({ message: 'Enter the units counted.' }).int('Enter a whole number of units.').min(0, 'A count cannot be negative.').max(MAX_UNITS),
  reason: reasonSchema,
  reference: optionalText(200),
  idempotencyKey: idempotencyKeySchema.optional(),
});

export const pickerKinds = ['sku', 'location', 'supplier'] as const;
export const stockPickerInput = z.object({
  kind: z.enum(pickerKinds),
  search: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export type StockLevelsInput = z.infer<typeof stockLevelsInput>;
export type StockMovementsInput = z.infer<typeof stockMovementsInput>;
export type AdjustStockInput = z.infer<typeof adjustStockInput>;
export type ReceiveStockInput = z.infer<typeof receiveStockInput>;
export type CountStockInput = z.infer<typeof countStockInput>;
export type StockPickerInput = z.infer<typeof stockPickerInput>;
