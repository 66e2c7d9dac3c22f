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

/** "Jan 31, 2025, 2:05 PM CST" */
export function formatDateTime(value: Date | string | number | null | undefined, timeZone?: string): string {
  const date = value === null || value === undefined ? null : toDate(value);
  return date ? formatter(timeZone, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(date) : '—';
}
