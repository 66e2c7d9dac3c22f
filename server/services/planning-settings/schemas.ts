/** The tenant's planning settings (server/trpc/routers/planning-settings.ts). Pure zod: safe in client components. */
import { z } from 'zod';
import { idSchema } from '../stock/schemas';

export const stockingModes = ['every-node', 'central', 'demand-share'] as const;
export type StockingMode = (typeof stockingModes)[number];

const share = (label: string) =>
  z.number({ message: `Enter ${label} as a fraction such as 0.8.` }).gt(0, `${label} must be above 0.`).lt(1, `${label} must be below 1.`);

export const classPolicySchema = z
  .object({
    mode: z.enum(stockingModes, { error: `Stocking policy is one of: ${stockingModes.join(', ')}.` }),
    /** For demand-share: stock at a location that carries at least this share of the SKU's demand. */
    minDemandShare: share('The demand share').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.mode === 'demand-share' && value.minDemandShare === undefined) {
      ctx.addIssue({ code: 'custom', path: ['minDemandShare'], message: 'Give the share of demand a location needs to hold stock (e.g. 0.2).' });
    }
  });

const serviceLevel = z
  .number({ message: 'Enter a service level such as 0.95.' })
  .min(0.5, 'A service level below 50% needs no safety stock; use at least 0.5.')
  .max(0.9999, 'At most 0.9999 (100% would need infinite stock).');

export const planningSettingsSchema = z
  .object({
    stockingPolicy: z.object({ A: classPolicySchema, B: classPolicySchema, C: classPolicySchema }),
    /** ABC cuts: A = the SKUs making up the first aShare of consumption value, B the next bShare. */
    abcCuts: z.object({ aShare: share('The A share'), bShare: share('The B share') }),
    /** Cycle-service level per ABC class where a region has no SLA in force. */
    defaultServiceLevels: z.object({ A: serviceLevel, B: serviceLevel, C: serviceLevel }),
    horizonWeeks: z.number().int('Whole weeks.').min(4, 'Plan at least 4 weeks ahead.').max(52, 'At most 52 weeks.'),
    reviewPeriodDays: z.number().int('Whole days.').min(1, 'At least 1 day.').max(90, 'At most 90 days.'),
    nightlyEnabled: z.boolean(),
    /** Local hour (tenant timezone) of the nightly run. */
    nightlyHour: z.number().int().min(0, 'An hour from 0 to 23.').max(23, 'An hour from 0 to 23.'),
    runsToKeep: z.number().int('A whole number of runs.').min(1, 'Keep at least 1 run.').max(100, 'At most 100 runs.'),
  })
  .superRefine((value, ctx) => {
    if (value.abcCuts.aShare + value.abcCuts.bShare >= 1) {
      ctx.addIssue({ code: 'custom', path: ['abcCuts', 'bShare'], message: 'A and B shares together must stay below 1, leaving room for C.' });
    }
  });

export type PlanningSettings = z.infer<typeof planningSettingsSchema>;

export const DEFAULT_PLANNING_SETTINGS: PlanningSettings = {
  stockingPolicy: { A: { mode: 'every-node' }, B: { mode: 'demand-share', minDemandShare: 0.2 }, C: { mode: 'central' } },
  abcCuts: { aShare: 0.8, bShare: 0.15 },
  defaultServiceLevels: { A: 0.98, B: 0.95, C: 0.9 },
  horizonWeeks: 13,
  reviewPeriodDays: 7,
  nightlyEnabled: true,
  nightlyHour: 2,
  runsToKeep: 10,
};

export const updatePlanningSettingsInput = planningSettingsSchema;

/** A per-SKU stocking policy that overrides its ABC class's (null = follow the class). */
export const setSkuStockingPolicyInput = z.object({
  skuId: idSchema,
  policy: classPolicySchema.nullable(),
});

export type SetSkuStockingPolicyInput = z.infer<typeof setSkuStockingPolicyInput>;

export interface PlanningSettingsView extends PlanningSettings {
  updatedAt: Date | null;
  updatedBy: { id: string; name: string | null; email: string } | null;
  /** SKUs with their own stocking policy. */
  skuOverrides: { skuId: string; skuCode: string; skuName: string; policy: z.infer<typeof classPolicySchema> }[];
}
