/**
 * Policy replay: what a user can ask (period, SKUs or ABC classes, policies, service target) and the ids of saved
 * replays. Pure zod: safe to import from client components (the form validates with these).
 */
import { z } from 'zod';
import { dateField, idField } from '../master-data/fields';

export const REPLAY_POLICY_VALUES = ['footprint', 'independent', 'min-max', 'centralized'] as const;
export type ReplayPolicyValue = (typeof REPLAY_POLICY_VALUES)[number];
export const REPLAY_POLICY_TEXT: Record<ReplayPolicyValue, { label: string; description: string }> = {
  footprint: {
    label: "Footprint's policy",
    description: 'Forecast-based targets per location with pooled safety stock, stocking by ABC class, pooled purchase orders split on arrival, rebalancing transfers.',
  },
  independent: {
    label: 'Independent reorder points',
    description: "The usual spreadsheet: each location's reorder point from its own last 13 weeks at the same service target; no pooling, no transfers.",
  },
  'min-max': {
    label: 'Current min/max',
    description: "Your current reorder points (min) and order-up-to levels (max) from the latest planning run, held fixed; independent reorder points where there is none.",
  },
  centralized: {
    label: 'Fully centralized',
    description: 'One central location holds all stock and ships every region over its own lanes (longer delivery).',
  },
};

export const ABC_CLASSES = ['A', 'B', 'C'] as const;

/** The longest simulated period and the most SKUs a replay picked by hand may name. */
export const REPLAY_LIMITS = { maxWeeks: 104, minHistoryWeeks: 8, maxHistoryWeeks: 104, maxPickedSkus: 500, nameMax: 120 } as const;

export const replaySkuSelection = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all') }),
  z.object({
    mode: z.literal('classes'),
    classes: z.array(z.enum(ABC_CLASSES)).min(1, 'Choose at least one ABC class.').max(3),
  }),
  z.object({
    mode: z.literal('skus'),
    skuIds: z
      .array(idField('SKU'))
      .min(1, 'Choose at least one SKU.')
      .max(REPLAY_LIMITS.maxPickedSkus, `Choose at most ${REPLAY_LIMITS.maxPickedSkus} SKUs, or replay by ABC class.`),
  }),
]);

export const startReplayInput = z
  .object({
    name: z.string().trim().max(REPLAY_LIMITS.nameMax, `The name must be at most ${REPLAY_LIMITS.nameMax} characters.`).optional(),
    from: dateField('The first day of the period'),
    to: dateField('The last day of the period'),
    skus: replaySkuSelection,
    policies: z
      .array(z.enum(REPLAY_POLICY_VALUES, { error: `Each policy must be one of: ${REPLAY_POLICY_VALUES.join(', ')}.` }))
      .min(1, 'Choose at least one policy.')
      .max(REPLAY_POLICY_VALUES.length),
    /** One fill-rate target for every region instead of each region's SLA (fraction). */
    fillRateTarget: z.number().min(0.5, 'The fill-rate target must be at least 50%.').max(0.999, 'The fill-rate target must be below 100%.').optional(),
    unmetDemand: z.enum(['lost', 'backorder']).default('lost'),
    reviewEveryWeeks: z.number().int().min(1).max(13).default(4),
  })
  .superRefine((v, ctx) => {
    if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be on or after its start.' });
    if (new Set(v.policies).size !== v.policies.length) ctx.addIssue({ code: 'custom', path: ['policies'], message: 'Each policy can be chosen once.' });
  });
export type StartReplayInput = z.infer<typeof startReplayInput>;

export const replayIdInput = z.object({ id: idField('replay') });
