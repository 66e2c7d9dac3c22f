/**
 * The series of a forecast chart: weeks of history, then the forecast weeks with their prediction band,
 * on one category axis. Pure (server and client); weeks are calendar dates (`YYYY-MM-DD`, the Monday of
 * the week in the tenant's time zone), so labels need no time zone of their own.
 */

export interface WeekValue {
  /** Monday of the week, `YYYY-MM-DD`. */
  week: string;
  units: number;
}

export interface ForecastInput {
  /** Monday of the first forecast week, `YYYY-MM-DD`. */
  firstWeek: string;
  values: readonly number[];
  lower?: readonly (number | null)[] | null;
  upper?: readonly (number | null)[] | null;
}

export interface ForecastChartSeries {
  /** One label per week: "Jun 1, 2026". */
  labels: string[];
  /** `YYYY-MM-DD` of each label's week. */
  weeks: string[];
  /** Actual units per week; null over the forecast weeks. */
  history: (number | null)[];
  /** Forecast units per week; null over the history, except the last history week (the two lines join). */
  forecast: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  /** Index of the first forecast week, or -1 with no forecast. */
  forecastStart: number;
}

const DAY_MS = 86_400_000;
const WEEK_RE = /^\d{4}-\d{2}-\d{2}$/;

function weekTime(week: string): number {
  if (!WEEK_RE.test(week)) throw new RangeError(`A week is a date YYYY-MM-DD, not "${week}".`);
  const time = Date.parse(`${week}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`"${week}" is not a date.`);
  return time;
}

function weekOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** "2026-06-01" → "Jun 1, 2026" (the date itself, whatever the viewer's zone). */
export function weekLabel(week: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(weekTime(week)));
}

function finite(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

/**
 * History and forecast on one weekly axis. History weeks missing between the first history week and the
 * forecast are zero (no orders that week); history at or after the first forecast week is dropped (the
 * forecast starts where the history the run used ends). The forecast line starts at the last history
 * week's actual value so the two lines join; the band covers the forecast weeks only.
 */
export function forecastSeries(history: readonly WeekValue[], forecast: ForecastInput | null, options: { historyWeeks?: number } = {}): ForecastChartSeries {
  const forecastStartTime = forecast ? weekTime(forecast.firstWeek) : null;
  const byWeek = new Map<number, number>();
  for (const h of history) {
    const t = weekTime(h.week);
    if (forecastStartTime !== null && t >= forecastStartTime) continue;
    byWeek.set(t, (byWeek.get(t) ?? 0) + (finite(h.units) ?? 0));
  }
  const historyTimes = [...byWeek.keys()].sort((a, b) => a - b);
  let start = historyTimes[0] ?? forecastStartTime;
  const end = forecastStartTime ?? (historyTimes.length ? historyTimes[historyTimes.length - 1]! + 7 * DAY_MS : null);
  if (start === null || start === undefined || end === null) return { labels: [], weeks: [], history: [], forecast: [], lower: [], upper: [], forecastStart: -1 };
  if (options.historyWeeks !== undefined) start = Math.max(start, end - options.historyWeeks * 7 * DAY_MS);

  const weeks: string[] = [];
  const historyValues: (number | null)[] = [];
  for (let t = start; t < end; t += 7 * DAY_MS) {
    weeks.push(weekOf(t));
    historyValues.push(byWeek.get(t) ?? 0);
  }
  const historyCount = weeks.length;
  const forecastValues: (number | null)[] = historyValues.map(() => null);
  const lower: (number | null)[] = historyValues.map(() => null);
  const upper: (number | null)[] = historyValues.map(() => null);
  if (forecast && forecast.values.length > 0) {
    if (historyCount > 0) forecastValues[historyCount - 1] = historyValues[historyCount - 1] ?? null;
    forecast.values.forEach((value, i) => {
      weeks.push(weekOf(end + i * 7 * DAY_MS));
      historyValues.push(null);
      forecastValues.push(finite(value));
      lower.push(finite(forecast.lower?.[i]));
      upper.push(finite(forecast.upper?.[i]));
    });
  }
  return {
    labels: weeks.map(weekLabel),
    weeks,
    history: historyValues,
    forecast: forecastValues,
    lower,
    upper,
    forecastStart: forecast && forecast.values.length > 0 ? historyCount : -1,
  };
}

/** Totals of a forecast over its first `weeks` weeks (units), e.g. "the next 13 weeks". */
export function forecastTotal(series: ForecastChartSeries, weeks: number): number {
  if (series.forecastStart < 0) return 0;
  return series.forecast.slice(series.forecastStart, series.forecastStart + weeks).reduce<number>((s, v) => s + (v ?? 0), 0);
}
