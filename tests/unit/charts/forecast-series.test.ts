/**
 * The forecast chart's series: history and forecast on one weekly axis, zero-filled weeks, the join
 * between the two lines, the band over the forecast weeks only, and labels that are the dates themselves
 * whatever the process's time zone.
 */
import { describe, expect, it } from 'vitest';
import { forecastSeries, forecastTotal, weekLabel } from '@/app/_components/charts/forecast-series';

describe('forecastSeries', () => {
  it('puts history then forecast on one axis, the forecast line starting at the last actual week', () => {
    const s = forecastSeries(
      [
        { week: '2026-05-18', units: 10 },
        { week: '2026-05-25', units: 12 },
        { week: '2026-06-01', units: 14 },
      ],
      { firstWeek: '2026-06-08', values: [15, 16], lower: [11, 10], upper: [19, 22] },
    );
    expect(s.weeks).toEqual(['2026-05-18', '2026-05-25', '2026-06-01', '2026-06-08', '2026-06-15']);
    expect(s.history).toEqual([10, 12, 14, null, null]);
    expect(s.forecast).toEqual([null, null, 14, 15, 16]);
    expect(s.lower).toEqual([null, null, null, 11, 10]);
    expect(s.upper).toEqual([null, null, null, 19, 22]);
    expect(s.forecastStart).toBe(3);
    expect(forecastTotal(s, 13)).toBe(31);
    expect(forecastTotal(s, 1)).toBe(15);
  });

  it('fills weeks without orders with zero and adds up several rows of one week', () => {
    const s = forecastSeries(
      [
        { week: '2026-05-04', units: 5 },
        { week: '2026-05-25', units: 2 },
        { week: '2026-05-25', units: 3 },
      ],
      { firstWeek: '2026-06-01', values: [4] },
    );
    expect(s.weeks).toEqual(['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25', '2026-06-01']);
    expect(s.history).toEqual([5, 0, 0, 5, null]);
    expect(s.upper).toEqual([null, null, null, null, null]);
  });

  it('drops history at or after the first forecast week and keeps only the last N weeks when asked', () => {
    const history = Array.from({ length: 10 }, (_, i) => ({ week: new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), units: i }));
    const s = forecastSeries(history, { firstWeek: '2026-02-23', values: [9, 9] }, { historyWeeks: 4 });
    // 2026-02-23 is the 8th Monday from 2026-01-05 (index 7): weeks 7..9 are dropped, the last 4 before it remain.
    expect(s.history.slice(0, 4)).toEqual([3, 4, 5, 6]);
    expect(s.weeks[0]).toBe('2026-01-26');
    expect(s.forecastStart).toBe(4);
  });

  it('draws history alone when there is no forecast, and nothing from nothing', () => {
    const s = forecastSeries([{ week: '2026-06-01', units: 3 }], null);
    expect(s.history).toEqual([3]);
    expect(s.forecast).toEqual([null]);
    expect(s.forecastStart).toBe(-1);
    expect(forecastTotal(s, 4)).toBe(0);
    expect(forecastSeries([], null).labels).toEqual([]);
  });

  it('starts at the forecast when there is no history', () => {
    const s = forecastSeries([], { firstWeek: '2026-06-08', values: [1, 2] });
    expect(s.weeks).toEqual(['2026-06-08', '2026-06-15']);
    expect(s.forecastStart).toBe(0);
    expect(s.forecast).toEqual([1, 2]);
  });

  it('refuses a week that is not a date', () => {
    expect(() => forecastSeries([{ week: '2026-W23', units: 1 }], null)).toThrow(RangeError);
  });
});

describe('weekLabel', () => {
  it('labels the date itself, not the instant in the local zone', () => {
    // Midnight UTC of 1 June is still 31 May west of Greenwich: the label must not move.
    expect(weekLabel('2026-06-01')).toBe('Jun 1, 2026');
    expect(weekLabel('2026-12-28')).toBe('Dec 28, 2026');
  });
});
