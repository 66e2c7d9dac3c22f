/** Dates as users read them, in the organization's time zone (falls back to UTC on an unknown zone). */
function formatter(timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  }
}

function toDate(value: Date | string | number): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Jan 31, 2025" */
export function formatDate(value: Date | string | number | null | undefined, timeZone?: string): string {
  const date = value === null || value === undefined ? null : toDate(value);
  return date ? formatter(timeZone, { dateStyle: 'medium' }).format(date) : '—';
}

/** True when the instant is local midnight to the millisecond: a date given without a time (an imported "2-Jun-06"). */
export function isLocalMidnight(date: Date, timeZone?: string): boolean {
  if (date.getUTCMilliseconds() !== 0 || date.getUTCSeconds() !== 0) return false;
  const parts = formatter(timeZone, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value);
  return hour === 0 && minute === 0;
}

/**
 * "Jan 31, 2025, 2:05 PM CST"; a date that came without a time (local midnight exactly) is shown as the
 * date alone ("Jun 2, 2006"), not as "12:00 AM CDT".
 */
export function formatDateTime(value: Date | string | number | null | undefined, timeZone?: string): string {
  const date = value === null || value === undefined ? null : toDate(value);
  if (!date) return '—';
  if (isLocalMidnight(date, timeZone)) return formatDate(date, timeZone);
  return formatter(timeZone, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(date);
}
