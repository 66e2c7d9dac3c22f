/** Inputs of the purchase-order (inbound) procedures, shared by the router, the forms and the importer. */
import { z } from 'zod';
import { listInput } from '../listing/input';
import { flagFilter, idempotencyKeySchema, idSchema, MAX_UNITS } from '../stock/schemas';

export const MAX_PURCHASE_ORDER_LINES = 500;
export const purchaseOrderStatuses = ['draft', 'ordered', 'in_transit', 'received', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof purchaseOrderStatuses)[number];

const units = (min: number, message: string) =>
  z.number({ message: 'Enter a whole number of units.' }).int('Enter a whole number of units.').min(min, message).max(MAX_UNITS, `At most ${MAX_UNITS} units.`);

export const purchaseOrderLineInput = z.object({
  skuId: idSchema,
  qty: units(1, 'Order at least 1 unit.'),
  /** Per unit, in the tenant currency; defaults to the SKU's unit cost. */
  unitCost: z.number({ message: 'Enter a cost per unit.' }).min(0, 'A cost cannot be negative.').max(1e9).optional(),
});

export const createPurchaseOrderInput = z
  .object({
    supplierId: idSchema,
    arrivalLocationId: idSchema,
    /** Expected arrival; defaults to today + the supplier's lead time. */
    eta: z.coerce.date({ message: 'Enter a date.' }).optional(),
    lines: z.array(purchaseOrderLineInput).min(1, 'Add at least one line.').max(MAX_PURCHASE_ORDER_LINES, `At most ${MAX_PURCHASE_ORDER_LINES} lines.`),
    notes: z.string().trim().max(2000).optional(),
    idempotencyKey: idempotencyKeySchema.optional(),
    recommendationId: idSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.lines.forEach((line, i) => {
      if (seen.has(line.skuId)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'skuId'], message: 'This SKU is already on another line.' });
      seen.add(line.skuId);
    });
  });

export const purchaseOrderIdInput = z.object({ purchaseOrderId: idSchema });

export const markPurchaseOrderInTransitInput = z.object({
  purchaseOrderId: idSchema,
  /** A new expected arrival, when the supplier's shipping notice gives one. */
  eta: z.coerce.date({ message: 'Enter a date.' }).optional(),
});

export const receivePurchaseOrderInput = z.object({
  purchaseOrderId: idSchema,
  /** Units received now per SKU; omitted = everything still outstanding. */
  lines: z
    .array(z.object({ skuId: idSchema, qty: units(0, 'Enter 0 or more units.') }))
    .max(MAX_PURCHASE_ORDER_LINES)
    .optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
  reference: z.string().trim().max(200).optional(),
});

export const purchaseOrderSortKeys = ['number', 'orderedAt', 'eta', 'status', 'units', 'value', 'supplier', 'arrival'] as const;

export const listPurchaseOrdersInput = listInput({
  sort: purchaseOrderSortKeys,
  defaultSort: 'orderedAt',
  defaultDirection: 'desc',
  filters: {
    status: z.enum(purchaseOrderStatuses, { error: `Status is one of: ${purchaseOrderStatuses.join(', ')}.` }),
    /** Open = draft, ordered or in transit. */
    open: flagFilter,
    supplierId: idSchema,
    arrivalLocationId: idSchema,
  },
});

export type CreatePurchaseOrderInput = z.infer<typeof createPurchaseOrderInput>;
export type MarkPurchaseOrderInTransitInput = z.infer<typeof markPurchaseOrderInTransitInput>;
export type ReceivePurchaseOrderInput = z.infer<typeof receivePurchaseOrderInput>;
export type ListPurchaseOrdersInput = z.infer<typeof listPurchaseOrdersInput>;

export const updatePurchaseOrderDraftInput = z
  .object({
    purchaseOrderId: idSchema,
    eta: z.coerce.date({ message: 'Enter a date.' }).optional(),
    notes: z.string().trim().max(2000).optional(),
    lines: z.array(purchaseOrderLineInput).min(1, 'Keep at least one line (or cancel the draft).').max(MAX_PURCHASE_ORDER_LINES, `At most ${MAX_PURCHASE_ORDER_LINES} lines.`),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.lines.forEach((line, i) => {
      if (seen.has(line.skuId)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'skuId'], message: 'This SKU is already on another line.' });
      seen.add(line.skuId);
    });
  });

/** Where the units of a receipt go on: per SKU and location (the arrival location keeps the rest). */
export const inboundSplitInput = z
  .array(z.object({ skuId: idSchema, locationId: idSchema, qty: units(0, 'Enter 0 or more units.') }))
  .max(MAX_PURCHASE_ORDER_LINES * 50);

export const receivePurchaseOrderWithSplitInput = receivePurchaseOrderInput.extend({ split: inboundSplitInput.optional() });

export type UpdatePurchaseOrderDraftInput = z.infer<typeof updatePurchaseOrderDraftInput>;
export type ReceivePurchaseOrderWithSplitInput = z.infer<typeof receivePurchaseOrderWithSplitInput>;
