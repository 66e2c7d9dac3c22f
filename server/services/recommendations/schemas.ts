/** Inputs of the recommendation procedures (server/trpc/routers/recommendations.ts). Pure zod: safe in client components. */
import { z } from 'zod';
import { idSchema, MAX_UNITS, reasonSchema } from '../stock/schemas';

export const recommendationKinds = ['replenish', 'transfer', 'centralize', 'decentralize', 'inbound_split'] as const;
export type RecommendationKind = (typeof recommendationKinds)[number];
export const recommendationStatuses = ['open', 'accepted', 'dismissed', 'superseded', 'snoozed'] as const;
export const recommendationPriorities = ['urgent', 'high', 'medium', 'low'] as const;
export type RecommendationPriority = (typeof recommendationPriorities)[number];
export const MAX_RECOMMENDATIONS_PER_ACTION = 500;

/**
 * The current run's recommendations. Status 'open' (default) hides snoozed ones whose date is still ahead;
 * 'snoozed' lists just those. Grouped by kind on the answer, highest impact first within a group.
 */
export const listRecommendationsInput = z
  .object({
    status: z.enum(recommendationStatuses).default('open'),
    kind: z.enum(recommendationKinds).optional(),
    priority: z.enum(recommendationPriorities).optional(),
    skuId: idSchema.optional(),
    locationId: idSchema.optional(),
    regionId: idSchema.optional(),
    search: z.string().trim().max(200).optional(),
    /** Per kind. */
    limitPerKind: z.number().int().min(1).max(500).default(50),
    /** Only as of this date (the day snoozes are compared with); default today in the tenant's timezone. */
    asOf: z.iso.date().optional(),
  })
  .default({ status: 'open', limitPerKind: 50 });

const ids = z
  .array(idSchema)
  .min(1, 'Select at least one recommendation.')
  .max(MAX_RECOMMENDATIONS_PER_ACTION, `At most ${MAX_RECOMMENDATIONS_PER_ACTION} at once.`);

export const acceptRecommendationsInput = z
  .object({
    items: z
      .array(
        z.object({
          recommendationId: idSchema,
          /** Units to order or move instead of the recommended quantity. */
          qty: z.number({ message: 'Enter a whole number of units.' }).int('Enter a whole number of units.').min(1, 'At least 1 unit.').max(MAX_UNITS).optional(),
        }),
      )
      .min(1, 'Select at least one recommendation.')
      .max(MAX_RECOMMENDATIONS_PER_ACTION, `At most ${MAX_RECOMMENDATIONS_PER_ACTION} at once.`),
    note: z.string().trim().max(500).optional(),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.items.forEach((item, i) => {
      if (seen.has(item.recommendationId)) ctx.addIssue({ code: 'custom', path: ['items', i, 'recommendationId'], message: 'Listed twice.' });
      seen.add(item.recommendationId);
    });
  });

export const dismissRecommendationsInput = z.object({ recommendationIds: ids, reason: reasonSchema });

export const snoozeRecommendationsInput = z.object({
  recommendationIds: ids,
  /** Hidden until this day (tenant timezone), then open again if no newer run replaced it. */
  until: z.iso.date({ message: 'Enter a date such as 2026-07-01.' }),
  reason: z.string().trim().max(500).optional(),
});

export type ListRecommendationsInput = z.infer<typeof listRecommendationsInput>;
export type AcceptRecommendationsInput = z.infer<typeof acceptRecommendationsInput>;
export type DismissRecommendationsInput = z.infer<typeof dismissRecommendationsInput>;
export type SnoozeRecommendationsInput = z.infer<typeof snoozeRecommendationsInput>;
