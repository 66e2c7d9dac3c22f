import { localDayOf } from '../orders/local-time';

/** Today's calendar date (YYYY-MM-DD) in a time zone (UTC when the zone is unknown). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDayOf(now, timeZone);
}
