/** Calendar days in the tenant's time zone (kpi_daily keys orders by their local order day). */

/** The local calendar date (YYYY-MM-DD) of an instant in `timeZone` (UTC when the zone is unknown). */
export function localDayOf(instant: Date, timeZone: string): string {
  const format = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  try {
    return format(timeZone);
  } catch {
    return format('UTC');
  }
}

/** The local date `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
