/**
 * Wall-clock schedules in a time zone, DST-correct, with the clock passed in (no `new Date()` here).
 *
 * A local time that does not exist on a day (02:00 on the spring-forward day in America/Chicago) happens at the
 * instant the clocks jump past it (03:00 CDT, as long after midnight as a normal day's 02:00); a local time that
 * happens twice (01:30 on the fall-back day) happens at its first occurrence. Either way once per day.
 */

export interface LocalTimeRule {
  timezone: string;
  hour: number;
  minute?: number;
  /** ISO weekday 1 (Monday) ... 7 (Sunday); absent = every day. */
  isoWeekday?: number | null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of `instant` in `timeZone`, as milliseconds of a UTC date with the same fields. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** UTC offset (ms, east positive) of `timeZone` at `instant`. */
function offsetMs(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockMs(whole, timeZone) - whole;
}

/** The instant a local date (UTC-midnight ms of that calendar day) reads hour:minute, per the rules above. */
export function zonedInstant(dayMs: number, hour: number, minute: number, timeZone: string): number {
  const wall = dayMs + (hour * 60 + minute) * 60_000;
  const before = offsetMs(wall - 12 * 3_600_000, timeZone);
  const after = offsetMs(wall + 12 * 3_600_000, timeZone);
  const candidates = [...new Set([wall - before, wall - after])].sort((a, b) => a - b);
  for (const candidate of candidates) if (wallClockMs(candidate, timeZone) === wall) return candidate;
  // In a gap: the offset in force before the jump lands just as far past it.
  return wall - before;
}

function isoWeekdayOf(dayMs: number): number {
  const d = new Date(dayMs).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The first occurrence of `rule` strictly after `after`. */
export function nextOccurrence(rule: LocalTimeRule, after: Date): Date {
  const minute = rule.minute ?? 0;
  const wall = wallClockMs(after.getTime(), rule.timezone);
  const today = Math.floor(wall / 86_400_000) * 86_400_000;
  // From the day before (a zone far west of UTC) to eight days on (a weekly rule); the first that is later wins.
  for (let d = -1; d <= 8; d++) {
    const day = today + d * 86_400_000;
    if (rule.isoWeekday && isoWeekdayOf(day) !== rule.isoWeekday) continue;
    const at = zonedInstant(day, rule.hour, minute, rule.timezone);
    if (at > after.getTime()) return new Date(at);
  }
  throw new Error(`no occurrence of ${rule.hour}:${minute} in ${rule.timezone} within eight days`);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}
