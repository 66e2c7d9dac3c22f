/**
 * When a digest goes out and which days it covers, in the reader's time zone. Pure (no clock: `now` is
 * always given), so the scheduler, the preferences page and the tests agree to the minute.
 *
 * A weekly digest on weekday W at hour H goes out at H:00 local time on every W and covers the seven
 * local days before it (a Monday digest covers Monday to Sunday of the week before). A daily digest at
 * hour H covers the day before. The period's first day is the delivery key (with tenant, user, kind),
 * so whatever triggers the send (a tick, a catch-up after downtime, a retry), one period is one email.
 *
 * Local wall time to an instant: a time that does not exist (the hour skipped when clocks go forward)
 * moves forward by the gap; a time that happens twice (clocks go back) is the first of the two.
 */
import { addDays } from '../orders/local-time';

export type DigestCadence = 'daily' | 'weekly' | 'off';

export interface DigestSchedule {
  cadence: DigestCadence;
  /** ISO weekday 1 = Monday ... 7 = Sunday (weekly only). */
  weekday: number;
  /** Local hour 0-23. */
  hour: number;
  timezone: string;
}

export interface DigestOccurrence {
  /** The instant the digest is due. */
  sendAt: Date;
  /** First and last local day covered, inclusive (YYYY-MM-DD). */
  periodStart: string;
  periodEnd: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
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
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallTime {
  day: string;
  hour: number;
  minute: number;
  second: number;
}

/** The local calendar day and time of an instant in `timeZone`. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of `timeZone` from UTC at an instant, in milliseconds (local minus UTC). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallTimeOf(new Date(instant), timeZone);
  const asUtc = Date.parse(`${w.day}T00:00:00Z`) + w.hour * HOUR_MS + w.minute * 60_000 + w.second * 1000;
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant of local `day` at `hour`:00 in `timeZone` (DST rules above). */
export function zonedInstant(day: string, hour: number, timeZone: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`) + hour * HOUR_MS;
  // The offsets in force a day either side cover any transition near this wall time.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((t) => {
      const w = wallTimeOf(new Date(t), timeZone);
      return w.day === day && w.hour === hour && w.minute === 0;
    })
    .sort((a, b) => a - b);
  // No candidate: the hour does not exist that day; the pre-transition offset lands just after the gap.
  return new Date(candidates[0] ?? wall - before);
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function occurrenceOn(schedule: DigestSchedule, sendDay: string): DigestOccurrence {
  const sendAt = zonedInstant(sendDay, schedule.hour, schedule.timezone);
  if (schedule.cadence === 'daily') {
    const day = addDays(sendDay, -1);
    return { sendAt, periodStart: day, periodEnd: day };
  }
  return { sendAt, periodStart: addDays(sendDay, -7), periodEnd: addDays(sendDay, -1) };
}

/** The latest occurrence due at or before `now` (null when the digest is off). */
export function latestOccurrence(schedule: DigestSchedule, now: Date): DigestOccurrence | null {
  if (schedule.cadence === 'off') return null;
  const today = wallTimeOf(now, schedule.timezone).day;
  let day = today;
  if (schedule.cadence === 'weekly') day = addDays(today, -((isoWeekday(today) - schedule.weekday + 7) % 7));
  const step = schedule.cadence === 'weekly' ? 7 : 1;
  let occurrence = occurrenceOn(schedule, day);
  if (occurrence.sendAt.getTime() > now.getTime()) occurrence = occurrenceOn(schedule, addDays(day, -step));
  return occurrence;
}

/** The first occurrence strictly after `now` (null when the digest is off). */
export function nextOccurrence(schedule: DigestSchedule, now: Date): DigestOccurrence | null {
  const latest = latestOccurrence(schedule, now);
  if (!latest) return null;
  const step = schedule.cadence === 'weekly' ? 7 : 1;
  const sendDay = schedule.cadence === 'weekly' ? addDays(latest.periodEnd, 1) : addDays(latest.periodStart, 1);
  return occurrenceOn(schedule, addDays(sendDay, step));
}

/** The period just before one (same length): what a digest compares against. */
export function previousPeriod(period: { periodStart: string; periodEnd: string }): { periodStart: string; periodEnd: string } {
  const days = Math.round((Date.parse(`${period.periodEnd}T00:00:00Z`) - Date.parse(`${period.periodStart}T00:00:00Z`)) / DAY_MS) + 1;
  return { periodStart: addDays(period.periodStart, -days), periodEnd: addDays(period.periodStart, -1) };
}
