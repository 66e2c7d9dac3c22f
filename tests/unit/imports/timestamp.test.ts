import { describe, expect, it } from 'vitest';
import { LocalTimeZone, parseTimestamp } from '@/server/imports/cells/timestamp';

const chicago = new LocalTimeZone('America/Chicago');
const iso = (text: string, zone = chicago) => parseTimestamp(text, zone)?.toISOString() ?? null;

describe('parseTimestamp', () => {
  it('reads zoned times as instants and local times in the tenant zone (standard and daylight time)', () => {
    expect(iso('2025-01-31T14:05:00Z')).toBe('2025-01-31T14:05:00.000Z');
    expect(iso('2025-01-31 14:05+02:00')).toBe('2025-01-31T12:05:00.000Z');
    expect(iso('2025-01-31T14:05:00.250-0500')).toBe('2025-01-31T19:05:00.250Z');
    expect(iso('2025-01-31 14:05')).toBe('2025-01-31T20:05:00.000Z');
    expect(iso('2025-07-01 14:05:30')).toBe('2025-07-01T19:05:30.000Z');
    expect(iso('2025-07-01')).toBe('2025-07-01T05:00:00.000Z');
  });

  it('handles the DST changes of the zone', () => {
    // 2025-03-09 02:30 does not exist in Chicago (clocks jump 02:00 → 03:00): read as the same wall time an hour on.
    expect(iso('2025-03-09 01:59')).toBe('2025-03-09T07:59:00.000Z');
    expect(iso('2025-03-09 03:00')).toBe('2025-03-09T08:00:00.000Z');
    expect(iso('2025-03-09 02:30')).toMatch(/^2025-03-09T0[78]:30:00.000Z$/);
    // 2025-11-02 01:30 happens twice; either reading is a valid instant of that wall time.
    expect(iso('2025-11-02 01:30')).toMatch(/^2025-11-02T0[67]:30:00.000Z$/);
  });

  it('refuses what is not an ISO date, and dates that do not exist', () => {
    for (const bad of ['31/01/2025', '2025-02-30', '2025-13-01', '2025-01-31 25:00', 'yesterday', '2025-1-3', '']) expect(iso(bad), bad).toBeNull();
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(iso('2025-01-31 14:05', new LocalTimeZone('Not/AZone'))).toBe('2025-01-31T14:05:00.000Z');
  });
});
