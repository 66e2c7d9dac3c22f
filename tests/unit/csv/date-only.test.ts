/** Dates that came without a time are shown as dates (issue 12 §4), in the organization's zone. */
import { describe, expect, it } from 'vitest';
import { formatDateTime, isLocalMidnight } from '@/app/_components/format/date';

describe('date-only values', () => {
  it('local midnight exactly shows the date alone, not 12:00 AM CDT', () => {
    // 2006-06-02 00:00 in Chicago (CDT, UTC-5).
    const midnight = new Date('2006-06-02T05:00:00.000Z');
    expect(isLocalMidnight(midnight, 'America/Chicago')).toBe(true);
    expect(formatDateTime(midnight, 'America/Chicago')).toBe('Jun 2, 2006');
  });

  it('any other time keeps its time and zone', () => {
    expect(formatDateTime(new Date('2006-06-02T05:01:00.000Z'), 'America/Chicago')).toBe('Jun 2, 2006, 12:01 AM CDT');
    expect(isLocalMidnight(new Date('2006-06-02T05:00:00.001Z'), 'America/Chicago')).toBe(false);
    // Midnight in UTC is not midnight in Chicago.
    expect(isLocalMidnight(new Date('2006-06-02T00:00:00.000Z'), 'America/Chicago')).toBe(false);
  });
});
