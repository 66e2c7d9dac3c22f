/**
 * Timestamps in CSV cells: ISO 8601 dates and date-times. With a zone (Z, +02:00, -0500) they are
 * instants; without one they are local times in the tenant's time zone (what an export from a shop or
 * WMS usually holds); a date alone is local midnight. Offsets are cached per local hour, so a million
 * cells cost a million regex matches, not a million Intl calls.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export const TIMESTAMP_HINT = 'Use an ISO date and time such as 2025-01-31 14:05 or 2025-01-31T14:05:00Z.';

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** Converts local wall-clock times of one time zone to instants. */
export class LocalTimeZone {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    let format: Intl.DateTimeFormat;
    try {
      format = offsetFormatter(timeZone);
    } catch {
      format = offsetFormatter('UTC');
    }
    this.format = format;
  }

  /** The zone's offset from UTC (ms) at an instant. */
  private offsetAt(utcMs: number): number {
    const hour = Math.floor(utcMs / 3_600_000);
    const cached = this.offsets.get(hour);
    if (cached !== undefined) return cached;
    const parts: Record<string, number> = {};
    for (const p of this.format.formatToParts(new Date(hour * 3_600_000))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    const offset = asUtc - hour * 3_600_000;
    if (this.offsets.size > 50_000) this.offsets.clear();
    this.offsets.set(hour, offset);
    return offset;
  }

  /** The instant of a local wall-clock time given as if it were UTC (the later one in a DST overlap). */
  toInstant(wallClockAsUtcMs: number): number {
    const first = wallClockAsUtcMs - this.offsetAt(wallClockAsUtcMs);
    const second = wallClockAsUtcMs - this.offsetAt(first);
    return second;
  }
}

/** The instant a cell names, or null when it is not an ISO date or date-time. */
export function parseTimestamp(text: string, zone: LocalTimeZone): Date | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, tz] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 2025-02-30 over to March: such a date does not exist.
  if (new Date(wall).getUTCDate() !== day) return null;
  if (tz === undefined) return new Date(zone.toInstant(wall));
  if (tz.toUpperCase() === 'Z') return new Date(wall);
  const sign = tz.startsWith('-') ? -1 : 1;
  const digits = tz.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return new Date(wall - sign * offsetMinutes * 60_000);
}
