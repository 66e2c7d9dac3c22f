import { z } from 'zod';
import { dateField } from '../master-data/fields';

/** The map's SLA attainment window: `windowDays` local days ending on `asOf` (default: today). */
export const networkMapInput = z.object({
  asOf: dateField('As of').optional(),
  windowDays: z.number().int('The window is a whole number of days.').min(1, 'The window is at least 1 day.').max(366, 'The window is at most 366 days.').default(30),
});
export type NetworkMapInput = z.infer<typeof networkMapInput>;
