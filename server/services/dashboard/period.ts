/**
 * Periods and baselines as local-day ranges (pure). Every range is inclusive, YYYY-MM-DD in the tenant's
 * time zone, and is computed from an explicit "today" (`asOf`), never the clock.
 */
import { addDays } from '../orders/local-time';
import { MAX_PERIOD_DAYS, type BaselineSpec, type PeriodSpec } from './schemas';
import { Invalid } from '../../errors';

export interface DayRange {
  from: string;
  to: string;
  /** Number of days, from and to included. */
  days: number;
}

export interface ResolvedView {
  period: DayRange & { label: string };
  baseline: DayRange & { label: string };
  /** The weekly trend's buckets: 7-day weeks ending on the period's last day, oldest first. */
  weeks: DayRange[];
}

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

export function range(from: string, to: string): DayRange {
  return { from, to, days: daysBetween(from, to) };
}

/** The same calendar day a year earlier (29 February becomes 28 February). */
export function sameDayLastYear(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function quarterStart(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  return `${y}-${String(q).padStart(2, '0')}-01`;
}

const LABELS: Record<PeriodSpec['kind'], string> = {
  last7: 'Last 7 days',
  last28: 'Last 28 days',
  last90: 'Last 90 days',
  qtd: 'Quarter to date',
  custom: 'Custom period',
};

export function resolvePeriod(spec: PeriodSpec, today: string): DayRange & { label: string } {
  let from: string;
  let to = today;
  switch (spec.kind) {
    case 'last7':
      from = addDays(today, -6);
      break;
    case 'last28':
      from = addDays(today, -27);
      break;
    case 'last90':
      from = addDays(today, -89);
      break;
    case 'qtd':
      from = quarterStart(today);
      break;
    case 'custom':
      from = spec.from as string;
      to = spec.to as string;
      break;
  }
  const r = range(from, to);
  if (r.days > MAX_PERIOD_DAYS) throw new Invalid(`A period is at most ${MAX_PERIOD_DAYS} days; this one has ${r.days}.`, [{ field: 'period.from', message: 'Choose a later first day.' }]);
  return { ...r, label: LABELS[spec.kind] };
}

export function resolveBaseline(period: DayRange, spec: BaselineSpec): DayRange & { label: string } {
  if (spec.kind === 'previous') {
    const to = addDays(period.from, -1);
    return { ...range(addDays(to, -(period.days - 1)), to), label: 'previous period' };
  }
  if (spec.kind === 'year') {
    return { ...range(sameDayLastYear(period.from), sameDayLastYear(period.to)), label: 'same period last year' };
  }
  const to = addDays(spec.date as string, -1);
  return { ...range(addDays(to, -(period.days - 1)), to), label: `the ${period.days} days before ${spec.date}` };
}

/** 7-day weeks ending on `to`, oldest first: at least `min` weeks, and enough to cover the period (at most `max`). */
export function trendWeeks(period: DayRange, min = 12, max = 53): DayRange[] {
  const count = Math.min(max, Math.max(min, Math.ceil(period.days / 7)));
  const out: DayRange[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const to = addDays(period.to, -7 * i);
    out.push(range(addDays(to, -6), to));
  }
  return out;
}

export function resolveView(period: PeriodSpec, baseline: BaselineSpec, today: string): ResolvedView {
  const p = resolvePeriod(period, today);
  return { period: p, baseline: resolveBaseline(p, baseline), weeks: trendWeeks(p) };
}
