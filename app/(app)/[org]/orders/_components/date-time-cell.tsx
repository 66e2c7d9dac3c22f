import { isLocalMidnight } from '../../../../_components/format/date';

/**
 * A timestamp in a table cell: the date, and the time below it in small type, in the tenant's time zone.
 * A date that came without a time (local midnight exactly, e.g. an imported "2-Jun-06") shows the date alone.
 */
function parts(value: Date, timeZone: string): { date: string; time: string } {
  const make = (zone: string) => ({
    date: new Intl.DateTimeFormat('en-US', { timeZone: zone, month: 'short', day: 'numeric', year: 'numeric' }).format(value),
    time: new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(value),
  });
  try {
    return make(timeZone);
  } catch {
    return make('UTC');
  }
}

export function DateTimeCell({ value, timeZone }: { value: Date | string | null | undefined; timeZone: string }) {
  if (value === null || value === undefined) return <span className="text-slate-400">—</span>;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return <span className="text-slate-400">—</span>;
  const { date: day, time } = parts(date, timeZone);
  return (
    <span className="whitespace-nowrap">
      {day}
      {isLocalMidnight(date, timeZone) ? null : <span className="block text-xs text-slate-500">{time}</span>}
    </span>
  );
}
