/**
 * The demo's calendar. "Today" in the demo world is the local date the demo is seeded on, so a fresh
 * `npm start` shows a live-looking last 30 days; FOOTPRINT_SEED_TODAY=YYYY-MM-DD pins it. Everything else
 * is a function of that date and the seeded RNG, so two seeds on one day write identical rows. Order
 * history covers the 365 local days before it, in the importer's time zone (kpi_daily keys orders by
 * their local order day, DESIGN.md §6).
 */
import { addDays } from '@/server/services/orders/local-time';
import { todayIn } from '@/server/services/master-data/today';
import { DEMO_IMPORTER } from './demo-accounts';

export const SEED_TIME_ZONE: string = DEMO_IMPORTER.timezone;
export const HISTORY_DAYS = 365;
const DAY_MS = 86_400_000;

/** The demo world's "today": orders run from SEED_TODAY - 365 days to the day before it. */
export const SEED_TODAY: string = process.env.FOOTPRINT_SEED_TODAY || todayIn(SEED_TIME_ZONE);

/** SEED_TODAY shifted by `days` (negative: earlier), as YYYY-MM-DD. */
export function seedDate(days: number): string {
  return addDays(SEED_TODAY, days);
}

export interface SeedCalendar {
  /** Local dates (YYYY-MM-DD) of the history, oldest first; length HISTORY_DAYS. */
  days: string[];
  /** UTC instant of each local midnight; length HISTORY_DAYS + 1 (the last is `now`). */
  starts: number[];
  /** Local midnight at the start of SEED_TODAY: events after it have not happened yet. */
  now: number;
  /** 0 = Sunday ... 6 = Saturday, per history day. */
  weekdays: number[];
  /** Day of the year (1-366) per history day. */
  dayOfYear: number[];
  /** Index of the local day containing `ms` (may be < 0 or >= HISTORY_DAYS). */
  dayIndexOf: (ms: number) => number;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function offsetFinder(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (utcMs: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(utcMs))) parts[part.type] = Number(part.value);
    const local = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    return local - Math.floor(utcMs / 1000) * 1000;
  };
}

/** UTC instant of local midnight of the given calendar date in `timeZone`. */
export function localMidnight(date: string, timeZone: string): number {
  const offsetAt = offsetFinder(timeZone);
  const guess = Date.parse(`${date}T00:00:00Z`);
  const first = guess - offsetAt(guess);
  return guess - offsetAt(first);
}

export function buildCalendar(today = SEED_TODAY, timeZone = SEED_TIME_ZONE, historyDays = HISTORY_DAYS): SeedCalendar {
  const todayUtc = Date.parse(`${today}T00:00:00Z`);
  const days: string[] = [];
  for (let i = historyDays; i >= 1; i--) days.push(isoDate(todayUtc - i * DAY_MS));
  const starts = [...days, today].map((d) => localMidnight(d, timeZone));
  const weekdays = days.map((d) => new Date(`${d}T00:00:00Z`).getUTCDay());
  const dayOfYear = days.map((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return Math.round((t - Date.UTC(new Date(t).getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
  });
  const dayIndexOf = (ms: number): number => {
    if (ms < (starts[0] ?? 0)) return -1 - Math.floor(((starts[0] ?? 0) - ms) / DAY_MS);
    let lo = 0;
    let hi = starts.length - 1;
    if (ms >= (starts[hi] ?? 0)) return historyDays + Math.floor((ms - (starts[hi] ?? 0)) / DAY_MS);
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] ?? 0) <= ms) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  return { days, starts, now: starts[historyDays] ?? todayUtc, weekdays, dayOfYear, dayIndexOf };
}
