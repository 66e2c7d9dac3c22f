/**
 * Local-time schedules across DST (server/jobs/local-time.ts). America/Chicago changed clocks on
 * 2026-03-08 (02:00 CST -> 03:00 CDT) and 2026-11-01 (02:00 CDT -> 01:00 CST), per the IANA tz database.
 * Every instant is pinned; nothing reads the wall clock or the machine's time zone.
 */
import { describe, expect, it } from 'vitest';
import { localDate, nextOccurrence, zonedInstant } from '@/server/jobs/local-time';

const chicago2am = { timezone: 'America/Chicago', hour: 2 };

function occurrences(rule: Parameters<typeof nextOccurrence>[0], from: string, count: number): string[] {
  const out: string[] = [];
  let t = new Date(from);
  for (let i = 0; i < count; i++) {
    t = nextOccurrence(rule, t);
    out.push(t.toISOString());
  }
  return out;
}

describe('nextOccurrence', () => {
  it('02:00 in Chicago across the March change: CST, then the jump (03:00 CDT), then CDT', () => {
    expect(occurrences(chicago2am, '2026-03-06T12:00:00Z', 4)).toEqual([
      '2026-03-07T08:00:00.000Z', // 02:00 CST
      '2026-03-08T08:00:00.000Z', // 02:00 does not exist: 03:00 CDT, once
      '2026-03-09T07:00:00.000Z', // 02:00 CDT
      '2026-03-10T07:00:00.000Z',
    ]);
  });

  it('02:00 in Chicago across the November change: once each day, 02:00 CST on the change day', () => {
    expect(occurrences(chicago2am, '2026-10-30T12:00:00Z', 4)).toEqual([
      '2026-10-31T07:00:00.000Z', // 02:00 CDT
      '2026-11-01T08:00:00.000Z', // 02:00 CST (01:00-01:59 happen twice, 02:00 once)
      '2026-11-02T08:00:00.000Z',
      '2026-11-03T08:00:00.000Z',
    ]);
  });

  it('a time that happens twice fires at its first occurrence only', () => {
    expect(occurrences({ timezone: 'America/Chicago', hour: 1, minute: 30 }, '2026-10-31T12:00:00Z', 2)).toEqual([
      '2026-11-01T06:30:00.000Z', // 01:30 CDT
      '2026-11-02T07:30:00.000Z', // 01:30 CST next day (not 07:30Z on 1 November)
    ]);
  });

  it('is strictly after the given instant: at 02:00:00 local the next is tomorrow', () => {
    expect(nextOccurrence(chicago2am, new Date('2026-06-15T07:00:00Z')).toISOString()).toBe('2026-06-16T07:00:00.000Z');
    expect(nextOccurrence(chicago2am, new Date('2026-06-15T06:59:59Z')).toISOString()).toBe('2026-06-15T07:00:00.000Z');
  });

  it('weekly on Monday 08:00 in Chicago around the November change', () => {
    expect(occurrences({ timezone: 'America/Chicago', hour: 8, isoWeekday: 1 }, '2026-10-25T00:00:00Z', 3)).toEqual([
      '2026-10-26T13:00:00.000Z', // CDT
      '2026-11-02T14:00:00.000Z', // CST
      '2026-11-09T14:00:00.000Z',
    ]);
  });

  it('zones east of UTC and with half-hour offsets: the local day is the zone’s, not UTC’s', () => {
    // 02:00 in Auckland (NZST, +12) on 15 June is 14:00 UTC on 14 June.
    expect(nextOccurrence({ timezone: 'Pacific/Auckland', hour: 2 }, new Date('2026-06-14T12:00:00Z')).toISOString()).toBe('2026-06-14T14:00:00.000Z');
    // 02:00 in Kolkata (+05:30) is 20:30 UTC the day before.
    expect(nextOccurrence({ timezone: 'Asia/Kolkata', hour: 2 }, new Date('2026-06-15T00:00:00Z')).toISOString()).toBe('2026-06-15T20:30:00.000Z');
    // Chatham (+12:45 in June).
    expect(nextOccurrence({ timezone: 'Pacific/Chatham', hour: 2 }, new Date('2026-06-15T00:00:00Z')).toISOString()).toBe('2026-06-15T13:15:00.000Z');
  });

  it('Europe/Berlin spring gap at 02:30 lands at 03:30 CEST', () => {
    expect(nextOccurrence({ timezone: 'Europe/Berlin', hour: 2, minute: 30 }, new Date('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('zonedInstant and localDate', () => {
  it('round-trip a normal local time', () => {
    const day = Date.UTC(2026, 5, 15);
    const t = zonedInstant(day, 2, 0, 'America/Chicago');
    expect(new Date(t).toISOString()).toBe('2026-06-15T07:00:00.000Z');
    expect(localDate(new Date(t), 'America/Chicago')).toBe('2026-06-15');
    expect(localDate(new Date('2026-06-15T03:00:00Z'), 'America/Chicago')).toBe('2026-06-14');
  });
});
