'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import type { ForecastSummary } from '@/server/services/forecasts/types';
import { useTRPC } from '../../../../_trpc/client';
import { ForecastLineChart } from '../../../../_components/charts/chart-line-forecast';
import { forecastTotal } from '../../../../_components/charts/forecast-series';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { formatNumber, formatUnits } from '../../../../_components/tables/cell-format';
import { useListState } from '../../../../_components/tables/use-list-state';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';
import { useLatestRun } from '../../recommendations/_components/run-planning';
import { AccuracySummary } from './accuracy-summary';
import { ForecastsTable, type ForecastLevel, type ForecastSort } from './forecasts-table';
import { methodLabel, patternLabel } from './labels';
import { BAND_LEVEL, chartSeries } from './weekly-series';

const HISTORY_WEEKS_SHOWN = 52;

/** Counts of series by a code, as buttons that filter the list below. */
function CountChips({ title, counts, label, onPick }: { title: string; counts: Record<string, number>; label: (code: string) => string; onPick: (code: string) => void }) {
  const entries = Object.entries(counts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return null;
  return (
    <div>
      <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">{title}</h3>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {entries.map(([code, n]) => (
          <li key={code}>
            <button type="button" onClick={() => onPick(code)} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700 ring-1 ring-slate-200 hover:bg-brand-50 hover:text-brand-700" title={`Show only: ${label(code)}`}>
              {label(code)} <span className="font-semibold tabular-nums">{formatNumber(n)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The Forecasts page below its heading: the tenant's total weekly demand (history, forecast and band),
 * the overall accuracy against seasonal naive, counts by method, pattern and class (each filters the
 * list), then the list itself.
 */
export function ForecastsOverview({ org, canRun }: { org: string; canRun: boolean }) {
  const trpc = useTRPC();
  const summary = useQuery(trpc.forecasts.summary.queryOptions({ org }));
  const latestRun = useLatestRun(org);
  const state = useListState<ForecastSort>({ sort: 'forecastUnits', direction: 'desc' });
  const [level, setLevel] = useState<ForecastLevel>('sku');

  if (summary.isPending) {
    return (
      <div className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white p-6 text-slate-600">
        <Spinner /> Loading forecasts…
      </div>
    );
  }
  if (summary.isError) {
    return (
      <Notice tone="error">
        {errorMessage(summary.error, 'The forecasts could not be loaded.')}{' '}
        <button type="button" className="underline" onClick={() => summary.refetch()}>
          Try again
        </button>
      </Notice>
    );
  }
  const data: ForecastSummary = summary.data;
  const run = latestRun.data ?? null;
  if (!data.runId) {
    return (
      <EmptyState title="No forecasts yet" action={<Link href={`/${org}/imports`} className={buttonClasses('secondary')}>Import order history</Link>}>
        Forecasts come from a planning run over your order history. {canRun ? 'Use “Run planning” above to make the first one.' : 'Ask a planner to run planning.'} No orders in Footprint yet? Import your order history first.
      </EmptyState>
    );
  }
  if (!data.series) {
    return (
      <EmptyState title="Not enough order history yet" action={<Link href={`/${org}/imports`} className={buttonClasses('primary')}>Import order history</Link>}>
        {run?.outcome === 'insufficient_history' && run.message ? run.message : 'The latest run had too little history to forecast.'} Import more weeks of orders, then run planning again.
      </EmptyState>
    );
  }

  const series = chartSeries(data.series, { historyWeeks: HISTORY_WEEKS_SHOWN });
  const horizon = data.series.forecast.length;
  const total = forecastTotal(series, horizon);
  const pick = (key: string) => (code: string) => state.setFilter(key, code);

  return (
    <div className="space-y-5">
      <div className="grid items-start gap-5 xl:grid-cols-[2fr_1fr]">
        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="total-demand">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="total-demand" className="text-sm font-semibold text-slate-900">
              Total weekly demand, all SKUs and regions
            </h2>
            <span className="text-sm text-slate-600">
              Next {horizon} weeks: <span className="font-semibold text-slate-900">{formatUnits(total)}</span>
            </span>
          </div>
          <ForecastLineChart series={series} title="Total weekly demand of all SKUs" bandLevel={BAND_LEVEL} height={300} testId="forecast-total-chart" />
        </section>
        <div className="space-y-4">
          <AccuracySummary accuracy={data.accuracy} />
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Series by method, pattern and class">
            <CountChips title="Method" counts={data.counts.byMethod} label={methodLabel} onPick={pick('method')} />
            <CountChips title="Demand pattern" counts={data.counts.byPattern} label={patternLabel} onPick={pick('pattern')} />
            <CountChips title="ABC class" counts={data.counts.byAbc} label={(c) => `Class ${c}`} onPick={pick('abcClass')} />
            <CountChips title="XYZ class" counts={data.counts.byXyz} label={(c) => `Class ${c}`} onPick={pick('xyzClass')} />
          </section>
        </div>
      </div>
      <section aria-labelledby="forecast-list" className="space-y-2">
        <h2 id="forecast-list" className="text-lg font-semibold text-slate-900">
          {level === 'sku' ? 'Per SKU' : 'Per SKU and region'}
        </h2>
        <ForecastsTable
          org={org}
          state={state}
          level={level}
          onLevel={(next) => {
            setLevel(next);
            state.setPage(1);
            if (next === 'sku') state.setFilter('regionId', '');
          }}
          horizonWeeks={data.horizonWeeks}
        />
      </section>
    </div>
  );
}
