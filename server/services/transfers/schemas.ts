/** Inputs of the transfer procedures, shared by the router and the forms. */
import { z } from 'zod';
import { listInput } from '../listing/input';
import { flagFilter, idempotencyKeySchema, idSchema, MAX_UNITS } from '../stock/schemas';

export const MAX_TRANSFER_LINES = 200;
export const transferStatuses = ['draft', 'approved', 'in_transit', 'received', 'cancelled'] as const;
export type TransferStatus = (typeof transferStatuses)[number];

const unitsSchema = (min: number, message: string) =>
  z.number({ message: 'Enter a whole number of units.' }).int('Enter a whole number of units.').min(min, message).max(MAX_UNITS, `At most ${MAX_UNITS} units.`);

export const transferLineInput = z.object({
  skuId: idSchema,
  qty: unitsSchema(1, 'Move at least 1 unit.'),
});

/** Each SKU at most once per transfer (the issue names the line's field, so the form shows it there). */
function uniqueSkus<T extends { skuId: string }>(lines: T[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.skuId)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'skuId'], message: 'This SKU is already on another line.' });
    seen.add(line.skuId);
  });
}

export const createTransferInput = z
  .object({
    fromLocationId: idSchema,
    toLocationId: idSchema,
    lines: z.array(transferLineInput).min(1, 'Add at least one line.').max(MAX_TRANSFER_LINES, `At most ${MAX_TRANSFER_LINES} lines.`),
    notes: z.string().trim().max(2000).optional(),
    customsRef: z.string().trim().max(100).optional(),
    /** Made once by the client per intended transfer: a double click or a retried request creates one transfer. */
    idempotencyKey: idempotencyKeySchema.optional(),
    /** The recommendation this transfer comes from (set by the recommendations service). */
    recommendationId: idSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.fromLocationId === value.toLocationId) {
      ctx.addIssue({ code: 'custom', path: ['toLocationId'], message: 'Pick a destination other than the origin.' });
    }
    uniqueSkus(value.lines, ctx);
  });

export const transferIdInput = z.object({ transferId: idSchema });

export const receiveTransferInput = z.object({
  transferId: idSchema,
  /** Units received now per SKU; omitted = everything still in transit. */
  lines: z
    .array(z.object({ skuId: idSchema, qty: unitsSchema(0, 'Enter 0 or more units.') }))
    .max(MAX_TRANSFER_LINES)
    .optional(),
  /** Made once per receipt by the client: a retried receipt is recorded once. */
  idempotencyKey: idempotencyKeySchema.optional(),
  reference: z.string().trim().max(200).optional(),
});

export const transferSortKeys = ['number', 'requestedAt', 'expectedAt', 'status', 'units', 'from', 'to'] as const;

export const listTransfersInput = listInput({
  sort: transferSortKeys,
  defaultSort: 'requestedAt',
  defaultDirection: 'desc',
  filters: {
    status: z.enum(transferStatuses, { error: `Status is one of: ${transferStatuses.join(', ')}.` }),
    /** Open = draft, approved or in transit. */
    open: flagFilter,
    /** Either end of the transfer. */
    locationId: idSchema,
    fromLocationId: idSchema,
    toLocationId: idSchema,
    crossBorder: flagFilter,
  },
});

export const transferLaneInput = z.object({ fromLocationId: idSchema, toLocationId: idSchema });

export type CreateTransferInput = z.infer<typeof createTransferInput>;
export type ReceiveTransferInput = z.infer<typeof receiveTransferInput>;
export type ListTransfersInput = z.infer<typeof listTransfersInput>;
export type TransferLaneInput = z.infer<typeof transferLaneInput>;
