/** Digest preferences as the form, the router and the service validate them. */
import { z } from 'zod';
import { isValidTimeZone } from './schedule';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const digestPreferencesInput = z.object({
  cadence: z.enum(['weekly', 'daily', 'off'], { message: 'Choose weekly, daily or off.' }),
  /** ISO weekday, 1 = Monday (used when weekly). */
  weekday: z.number({ message: 'Choose a day of the week.' }).int().min(1, 'Choose a day of the week.').max(7, 'Choose a day of the week.'),
  hour: z.number({ message: 'Choose an hour.' }).int().min(0, 'The hour is 0 to 23.').max(23, 'The hour is 0 to 23.'),
  timezone: z.string().min(1, 'Choose a time zone.').max(64).refine(isValidTimeZone, 'Choose a time zone from the list (e.g. America/Chicago).'),
  whenEmpty: z.enum(['note', 'skip'], { message: 'Choose whether to send a short note or skip.' }),
});
export type DigestPreferencesInput = z.infer<typeof digestPreferencesInput>;
