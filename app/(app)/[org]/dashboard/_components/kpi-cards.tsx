'use client';
import type { KpiCard } from '@/server/services/dashboard/read-kpis';
import { ChartSparkline } from '../../../../_components/charts/chart-sparkline';
import { formatChange, formatKpi } from './format';

/** The KPI cards: value, change against the baseline (green when better), SLA target, weekly trend. */
export function KpiCards({ cards, currency, baselineLabel }: { cards: KpiCard[]; currency: string; baselineLabel: string }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="kpi-cards">
      {cards.map((c) => {
        const delta = formatChange(c.unit, c.change.absolute, c.change.relative, currency);
        const good = c.change.absolute === null || c.change.absolute === 0 ? null : (c.change.absolute > 0) === (c.better === 'higher');
        return (
          <li key={c.key} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4" data-testid={`kpi-${c.key}`}>
            <h3 className="text-sm font-medium text-slate-600">{c.label}</h3>
            <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{formatKpi(c.unit, c.value, currency)}</p>
            <p className="mt-1 min-h-5 text-xs text-slate-600">
              {delta ? (
                <span className={good === null ? 'text-slate-700' : good ? 'font-medium text-emerald-700' : 'font-medium text-red-700'}>
                  {delta} vs {baselineLabel}
                </span>
              ) : c.note ? (
                <span>{c.note}</span>
              ) : (
                <span>no {baselineLabel} figure</span>
              )}
            </p>
            {c.target !== null ? <p className="text-xs text-slate-600">Target {formatKpi(c.unit, c.target, currency)}</p> : null}
            {c.note && delta ? <p className="text-xs text-slate-500">{c.note}</p> : null}
            <div className="mt-auto pt-2">{c.trend.length ? <ChartSparkline values={c.trend} label={`${c.label}, weekly trend`} /> : null}</div>
          </li>
        );
      })}
    </ul>
  );
}
