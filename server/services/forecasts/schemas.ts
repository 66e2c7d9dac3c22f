/** Inputs of the forecast procedures (server/trpc/routers/forecasts.ts). Pure zod: safe in client components. */
import { z } from 'zod';
import { listInput } from '../listing/input';
import { idSchema } from '../stock/schemas';

export const abcClasses = ['A', 'B', 'C'] as const;
export const xyzClasses = ['X', 'Y', 'Z'] as const;
export const demandPatterns = ['smooth', 'erratic', 'intermittent', 'lumpy', 'none'] as const;
export const forecastMethods = [
  'seasonal-naive',
  'ses',
  'holt-damped',
  'holt-winters-additive',
  'holt-winters-multiplicative',
  'croston',
  'sba',
  'tsb',
] as const;
/** Accuracy bands by MASE: better than seasonal naive (< 1), worse (>= 1), or not measurable (too little history). */
export const accuracyBands = ['better', 'worse', 'unmeasured'] as const;
export const forecastLevels = ['sku', 'sku-region'] as const;

const runId = z.object({ runId: idSchema.optional() });

/** The tenant's total: the latest succeeded run unless a run id is given. */
export const forecastSummaryInput = runId.default({});

export const forecastSortKeys = ['sku', 'region', 'abc', 'xyz', 'pattern', 'method', 'mase', 'wape', 'bias', 'forecastUnits', 'historyUnits'] as const;

/** SKU totals (level 'sku', default) or SKU x region rows. Search matches SKU code, name and category. */
export const listForecastsInput = listInput({
  sort: forecastSortKeys,
  defaultSort: 'forecastUnits',
  defaultDirection: 'desc',
  filters: {
    abcClass: z.enum(abcClasses),
    xyzClass: z.enum(xyzClasses),
    pattern: z.enum(demandPatterns),
    method: z.enum(forecastMethods),
    accuracy: z.enum(accuracyBands),
    regionId: idSchema,
    category: z.string().trim().max(200),
  },
}).extend({ level: z.enum(forecastLevels).default('sku'), runId: idSchema.optional() });

export const forecastDetailInput = runId.extend({ skuId: idSchema, regionId: idSchema.optional() });

export type ForecastSummaryInput = z.infer<typeof forecastSummaryInput>;
export type ListForecastsInput = z.infer<typeof listForecastsInput>;
export type ForecastDetailInput = z.infer<typeof forecastDetailInput>;
