/**
 * Inputs of the dashboard's read layer (router, page URL and digests share them). A view is a period, a
 * comparison baseline and an optional filter (one region, location or SKU); `asOf` pins "today".
 */
import { z } from 'zod';
import { dateField, idField } from '../master-data/fields';

export const PERIOD_KINDS = ['last7', 'last28', 'last90', 'qtd', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const BASELINE_KINDS = ['previous', 'year', 'fixed'] as const;
export type BaselineKind = (typeof BASELINE_KINDS)[number];

/** At most two years in one period: the rollups hold what the tenant imported, and a chart must stay readable. */
export const MAX_PERIOD_DAYS = 731;

export const periodSpec = z
  .object({
    kind: z.enum(PERIOD_KINDS, { error: 'Choose last 7, 28 or 90 days, quarter to date, or a custom range.' }),
    from: dateField('From').optional(),
    to: dateField('To').optional(),
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'custom') return;
    if (!p.from) ctx.addIssue({ code: 'custom', path: ['from'], message: 'A custom period needs a first day.' });
    if (!p.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'A custom period needs a last day.' });
    if (p.from && p.to && p.from > p.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day is before the first day.' });
  });
export type PeriodSpec = z.infer<typeof periodSpec>;

export const baselineSpec = z
  .object({
    kind: z.enum(BASELINE_KINDS, { error: 'Compare with the previous period, the same period last year, or a baseline date.' }),
    /** For `fixed`: the day things changed (e.g. a warehouse opened); the baseline is the period's length before it. */
    date: dateField('Baseline date').optional(),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'fixed' && !b.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'A fixed baseline needs its date.' });
  });
export type BaselineSpec = z.infer<typeof baselineSpec>;

export const dashboardFilter = z
  .object({
    regionId: idField('region').optional(),
    locationId: idField('location').optional(),
    skuId: idField('SKU').optional(),
  })
  .refine((f) => [f.regionId, f.locationId, f.skuId].filter(Boolean).length <= 1, { message: 'Filter by one region, location or SKU at a time.' });
export type DashboardFilter = z.infer<typeof dashboardFilter>;

export const dashboardViewInput = z.object({
  period: periodSpec.default({ kind: 'last28' }),
  baseline: baselineSpec.default({ kind: 'previous' }),
  filter: dashboardFilter.default({}),
  /** "Today" in the tenant's time zone; default: the clock (server/services/master-data/today.ts). */
  asOf: dateField('As of').optional(),
});
export type DashboardViewInput = z.infer<typeof dashboardViewInput>;
