/** Inputs of the stock-target procedures (server/trpc/routers/stock-targets.ts). Pure zod: safe in client components. */
import { z } from 'zod';
import { listInput } from '../listing/input';
import { idSchema } from '../stock/schemas';
import { abcClasses, xyzClasses } from '../forecasts/schemas';

/** Position against target: below the reorder point, between reorder point and order-up-to, above order-up-to. */
export const targetPositions = ['below_reorder_point', 'within', 'above_order_up_to'] as const;
export type TargetPosition = (typeof targetPositions)[number];

export const stockTargetSortKeys = [
  'sku',
  'location',
  'abc',
  'safetyStock',
  'reorderPoint',
  'orderUpTo',
  'serviceLevel',
  'demandPerDay',
  'position',
  'daysOfSupply',
  'gap',
] as const;

export const listStockTargetsInput = listInput({
  sort: stockTargetSortKeys,
  defaultSort: 'gap',
  defaultDirection: 'desc',
  filters: {
    skuId: idSchema,
    locationId: idSchema,
    abcClass: z.enum(abcClasses),
    xyzClass: z.enum(xyzClasses),
    position: z.enum(targetPositions),
  },
}).extend({ runId: idSchema.optional() });

export type ListStockTargetsInput = z.infer<typeof listStockTargetsInput>;
