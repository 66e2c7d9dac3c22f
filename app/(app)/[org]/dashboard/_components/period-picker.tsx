'use client';
import { useId, useState } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { Button } from '../../../../_components/ui/button';
import { inputClasses } from '../../../../_components/ui/field';
import { viewQuery, type DashboardView } from './view-params';

const PERIODS = [
  ['last7', 'Last 7 days'],
  ['last28', 'Last 28 days'],
  ['last90', 'Last 90 days'],
  ['qtd', 'Quarter to date'],
  ['custom', 'Custom…'],
] as const;
const BASELINES = [
  ['previous', 'Previous period'],
  ['year', 'Same period last year'],
  ['fixed', 'Before a date…'],
] as const;

/** Period and comparison baseline, kept in the URL so a link shows the same view. */
export function PeriodPicker({ view }: { view: DashboardView }) {
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const [period, setPeriod] = useState<DashboardView['period']['kind']>(view.period.kind);
  const [from, setFrom] = useState(view.period.from ?? '');
  const [to, setTo] = useState(view.period.to ?? '');
  const [baseline, setBaseline] = useState<DashboardView['baseline']['kind']>(view.baseline.kind);
  const [baselineDate, setBaselineDate] = useState(view.baseline.date ?? '');
  const [error, setError] = useState<string | null>(null);

  function apply(e: React.FormEvent) {
    e.preventDefault();
    if (period === 'custom' && (!from || !to)) return setError('Choose the first and last day of the custom period.');
    if (period === 'custom' && from > to) return setError('The last day is before the first day.');
    if (baseline === 'fixed' && !baselineDate) return setError('Choose the baseline date (e.g. the day a warehouse opened).');
    setError(null);
    const next: DashboardView = {
      period: period === 'custom' ? { kind: 'custom', from, to } : { kind: period },
      baseline: baseline === 'fixed' ? { kind: 'fixed', date: baselineDate } : { kind: baseline },
      ...(view.asOf ? { asOf: view.asOf } : {}),
    };
    router.push(`${pathname}?${viewQuery(next)}`);
  }

  const label = 'block text-xs font-medium text-slate-700';
  return (
    <form onSubmit={apply} className="flex flex-wrap items-end gap-3" aria-label="Period and comparison" data-testid="period-picker">
      <div>
        <label htmlFor={`${id}-period`} className={label}>Period</label>
        <select id={`${id}-period`} className={inputClasses} value={period} onChange={(e) => setPeriod(e.target.value as typeof period)}>
          {PERIODS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </div>
      {period === 'custom' ? (
        <>
          <div>
            <label htmlFor={`${id}-from`} className={label}>From</label>
            <input id={`${id}-from`} type="date" className={inputClasses} value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-to`} className={label}>To</label>
            <input id={`${id}-to`} type="date" className={inputClasses} value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </>
      ) : null}
      <div>
        <label htmlFor={`${id}-baseline`} className={label}>Compare with</label>
        <select id={`${id}-baseline`} className={inputClasses} value={baseline} onChange={(e) => setBaseline(e.target.value as typeof baseline)}>
          {BASELINES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </div>
      {baseline === 'fixed' ? (
        <div>
          <label htmlFor={`${id}-bdate`} className={label}>Baseline date</label>
          <input id={`${id}-bdate`} type="date" className={inputClasses} value={baselineDate} onChange={(e) => setBaselineDate(e.target.value)} />
        </div>
      ) : null}
      <Button type="submit">Show</Button>
      {error ? <p role="alert" className="w-full text-sm text-red-700">{error}</p> : null}
    </form>
  );
}
