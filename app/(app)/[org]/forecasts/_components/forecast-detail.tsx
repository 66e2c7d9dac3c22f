'use client';
import Link from 'next/link';
import type { ForecastDetail as Detail } from '@/server/services/forecasts/types';
import { ForecastLineChart } from '../../../../_components/charts/chart-line-forecast';
import { forecastTotal } from '../../../../_components/charts/forecast-series';
import { formatNumber, formatPercent, formatUnits } from '../../../../_components/tables/cell-format';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { ABC_HINT, methodHint, methodLabel, PATTERN_HINT, patternLabel, XYZ_HINT } from './labels';
import { BAND_LEVEL, chartSeries } from './weekly-series';

function bias(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value), { maxDigits: 1 })} units/week`;
}

/** One SKU's forecast, in total or for one region: chart, method and why, accuracy, pattern and classes. */
export function ForecastDetailView({ org, detail }: { org: string; detail: Detail }) {
  const series = chartSeries(detail.series);
  const horizon = detail.series.forecast.length;
  const next13 = forecastTotal(series, Math.min(13, horizon));
  const scope = detail.region ? `${detail.region.name}` : 'all regions';
  const base = `/${org}/forecasts/${detail.sku.id}`;
  const regionTabs = [{ id: null as string | null, label: 'All regions', href: base }, ...detail.regions.map((r) => ({ id: r.regionId as string | null, label: r.regionCode, href: `${base}?region=${r.regionId}` }))];
  const ranked = [...detail.candidates].sort((a, b) => (a.mase ?? Infinity) - (b.mase ?? Infinity));

  return (
    <div className="space-y-5">
      <PageHeading
        title={`${detail.sku.code} · ${detail.sku.name}`}
        back={{ href: `/${org}/forecasts`, label: 'Forecasts' }}
        badge={
          <span className="flex gap-2">
            <Badge tone="brand">Class {detail.abcClass}{detail.xyzClass}</Badge>
            <Badge>{patternLabel(detail.pattern)}</Badge>
          </span>
        }
        subtitle={`Weekly demand for ${scope}${detail.sku.category ? ` · ${detail.sku.category}` : ''}: history, the forecast of the latest planning run and its ${Math.round(BAND_LEVEL * 100)} % prediction band.`}
      />

      {detail.regions.length > 0 || detail.region ? (
        <nav aria-label="Region" className="flex flex-wrap gap-1" data-testid="forecast-region-tabs">
          {regionTabs.map((t) => {
            const active = (detail.region?.id ?? null) === t.id;
            return (
              <Link key={t.id ?? 'all'} href={t.href} aria-current={active ? 'page' : undefined} className={`rounded-md px-3 py-1.5 text-sm font-medium ${active ? 'bg-brand-600 text-white' : 'border border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}>
                {t.label}
              </Link>
            );
          })}
        </nav>
      ) : null}

      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold text-slate-900">
          {detail.sku.code}, {scope}: next {Math.min(13, horizon)} weeks {formatUnits(next13)}
        </h2>
        <ForecastLineChart series={series} title={`Weekly demand of ${detail.sku.code}, ${scope}`} bandLevel={BAND_LEVEL} testId="forecast-detail-chart" />
      </section>

      <div className="grid gap-5 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="method-heading">
          <h2 id="method-heading" className="text-sm font-semibold text-slate-900">
            Method: {methodLabel(detail.method)}
          </h2>
          {methodHint(detail.method) ? <p className="text-xs text-slate-500">{methodHint(detail.method)}</p> : null}
          <p className="mt-2 text-sm text-slate-700" data-testid="method-reason">
            {detail.methodReason}
          </p>
          {ranked.length > 0 ? (
            <table className="mt-3 w-full text-sm" data-testid="forecast-candidates">
              <caption className="sr-only">Candidate methods and their holdout scores</caption>
              <thead>
                <tr className="text-left text-xs text-slate-500">
                  <th scope="col" className="py-1 font-medium">Candidate</th>
                  <th scope="col" className="py-1 pl-3 text-right font-medium">MASE</th>
                  <th scope="col" className="py-1 pl-3 text-right font-medium">WAPE</th>
                  <th scope="col" className="py-1 pl-3 text-right font-medium">Bias</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((c) => (
                  <tr key={c.method} className={`border-t border-slate-100 ${c.chosen ? 'bg-brand-50 font-medium' : ''}`}>
                    <th scope="row" className="py-1 text-left font-normal">
                      {methodLabel(c.method)}
                      {c.chosen ? <span className="ml-2 text-xs text-brand-700">chosen</span> : null}
                    </th>
                    <td className="py-1 pl-3 text-right tabular-nums">{formatNumber(c.mase)}</td>
                    <td className="py-1 pl-3 text-right tabular-nums">{formatPercent(c.wape)}</td>
                    <td className="py-1 pl-3 text-right whitespace-nowrap tabular-nums">{bias(c.bias)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="mt-2 text-sm text-slate-600">No candidates were scored: the history is too short to hold weeks out.</p>
          )}
          <p className="mt-2 text-xs text-slate-500">Scores are one-week-ahead errors on the last weeks of history, held out from fitting. MASE below 1 beats seasonal naive.</p>
        </section>

        <FactList
          title="Accuracy and demand"
          testId="forecast-facts"
          facts={[
            { label: 'MASE', value: formatNumber(detail.accuracy.mase) },
            { label: 'WAPE', value: formatPercent(detail.accuracy.wape) },
            { label: 'Bias', value: bias(detail.accuracy.bias) },
            { label: 'Demand pattern', value: `${patternLabel(detail.pattern)}${PATTERN_HINT[detail.pattern] ? `: ${PATTERN_HINT[detail.pattern]}` : ''}` },
            { label: 'ABC class', value: `${detail.abcClass}: ${ABC_HINT[detail.abcClass]}` },
            { label: 'XYZ class', value: `${detail.xyzClass}: ${XYZ_HINT[detail.xyzClass]}` },
            { label: 'Variability (CV)', value: formatNumber(detail.cv) },
            { label: 'Average interval (ADI)', value: detail.adi === null ? '—' : formatNumber(detail.adi, { unit: 'weeks', maxDigits: 2 }) },
            { label: 'Residual sigma', value: detail.sigma === null ? '—' : formatNumber(detail.sigma, { unit: 'units/week', maxDigits: 1 }) },
            ...(detail.region ? [{ label: 'Share of the SKU’s demand', value: formatPercent(detail.regionShare) }] : []),
          ]}
        />
      </div>

      {detail.regions.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="regions-heading">
          <h2 id="regions-heading" className="text-sm font-semibold text-slate-900">
            By region
          </h2>
          <ul className="mt-2 space-y-1.5">
            {[...detail.regions]
              .sort((a, b) => b.forecastUnits - a.forecastUnits)
              .map((r) => (
                <li key={r.regionId} className="grid grid-cols-[10rem_1fr_8rem] items-center gap-3 text-sm">
                  <Link href={`${base}?region=${r.regionId}`} className="truncate font-medium text-brand-700 hover:underline" title={r.regionName}>
                    {r.regionCode} · {r.regionName}
                  </Link>
                  <span aria-hidden="true" className="h-2 rounded-full bg-slate-100">
                    <span className="block h-2 rounded-full bg-brand-500" style={{ width: `${Math.max(1, Math.min(100, r.share * 100))}%` }} />
                  </span>
                  <span className="text-right tabular-nums">
                    {formatUnits(r.forecastUnits)} <span className="text-slate-500">({formatPercent(r.share, 0)})</span>
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
