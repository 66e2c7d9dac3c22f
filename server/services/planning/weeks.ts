/** ISO weeks (Monday start) as YYYY-MM-DD dates: the calendar of planning history and forecasts. */
import { addDays } from '../orders/local-time';

/** The Monday of the week holding a YYYY-MM-DD day. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** `count` consecutive Mondays from `start`. */
export function weeksFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(start, 7 * i));
}

/** Whole weeks from Monday `from` to Monday `to`. */
export function weeksBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (7 * 86_400_000));
}
