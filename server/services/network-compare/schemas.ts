/**
 * Inputs of the network comparison (centralized vs current vs optimal k of N) and of a scenario's parameters.
 * One schema for the router, the page's form and the scenarios stored in the database.
 */
import { z } from 'zod';
import { dateField } from '../master-data/fields';

const wholeDays = (label: string, min: number, max: number) =>
  z.number({ error: `${label} must be a number of days.` }).int(`${label} must be a whole number of days.`).min(min, `${label} is at least ${min} days.`).max(max, `${label} is at most ${max} days.`);

/** The modelling parameters of a comparison or a scenario (units in the names; fractions for service levels). */
export const networkParameters = z.object({
  /** The demand history used: `windowDays` local days ending on `asOf` (default: today in the tenant's time zone). */
  windowDays: wholeDays('The demand window', 7, 730).default(90),
  asOf: dateField('As of').optional(),
  /** Each location orders every R days (periodic review, Q = demand × R). */
  reviewPeriodDays: wholeDays('The review period', 1, 90).default(7),
  /** Cycle service level for every region instead of the one in each region's SLA. */
  serviceLevel: z
    .number({ error: 'The service level must be a number.' })
    .gt(0.5, 'The service level must be above 50%.')
    .lt(1, 'The service level must be below 100%.')
    .optional(),
  /** Replenishment lead time at every location instead of the SKUs' supplier lead times. */
  leadTimeDays: z.number({ error: 'The lead time must be a number of days.' }).min(0, 'The lead time cannot be negative.').max(365, 'The lead time is at most 365 days.').optional(),
  /**
   * How the optimizer treats a lane slower than a region's SLA: forbidden ('constraint': an open set that cannot
   * meet every SLA is infeasible) or charged per unit and day late ('penalty').
   */
  slaMode: z.enum(['constraint', 'penalty'], { error: 'The SLA handling is "constraint" or "penalty".' }).default('penalty'),
  /** Currency per unit per day later than the SLA (penalty mode). */
  latePenaltyPerUnitDay: z.number({ error: 'The late penalty must be a number.' }).min(0, 'The late penalty cannot be negative.').max(1000, 'The late penalty is at most 1,000 per unit and day.').default(1),
});
export type NetworkParameters = z.infer<typeof networkParameters>;

/** The comparison table: centralized, current and the optimal network of exactly k locations. */
export const networkCompareInput = networkParameters.extend({
  /** Locations to open in the optimized network (default: as many as are open today). */
  k: z.number({ error: 'k must be a number of locations.' }).int('k must be a whole number of locations.').min(1, 'Open at least 1 location.').max(200, 'k is at most 200 locations.').optional(),
});
export type NetworkCompareInput = z.infer<typeof networkCompareInput>;

/** One point of the k = 1..N sweep. */
export const networkSolveKInput = networkParameters.extend({
  k: z.number({ error: 'k must be a number of locations.' }).int('k must be a whole number of locations.').min(1, 'Open at least 1 location.').max(200, 'k is at most 200 locations.'),
});
export type NetworkSolveKInput = z.infer<typeof networkSolveKInput>;
