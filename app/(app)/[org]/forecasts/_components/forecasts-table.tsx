'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { abcClasses, accuracyBands, demandPatterns, forecastMethods, xyzClasses, type ListForecastsInput } from '@/server/services/forecasts/schemas';
import type { ForecastRow } from '@/server/services/forecasts/types';
import { useTRPC } from '../../../../_trpc/client';
import { Sparkline } from '../../../../_components/charts/chart-sparkline';
import { formatNumber, formatPercent, formatUnits } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import type { ListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { ACCURACY_LABEL, methodLabel, patternLabel } from './labels';

export type ForecastSort = ListForecastsInput['sort'];
export type ForecastLevel = ListForecastsInput['level'];

function mase(value: number | null) {
  if (value === null) return <span className="text-slate-400" title="Too little history to hold weeks out">—</span>;
  return <span className={value < 1 ? 'text-emerald-700' : 'text-amber-800'}>{formatNumber(value)}</span>;
}

function bias(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value), { maxDigits: 1 })}`;
}

/**
 * The run's forecasts, per SKU (total over regions) or per SKU x region: sorted, filtered and paged on the
 * server (class, pattern, method, accuracy band, region, search), exported as CSV with the same filters.
 */
export function ForecastsTable({ org, state, level, onLevel, horizonWeeks }: { org: string; state: ListState<ForecastSort>; level: ForecastLevel; onLevel: (level: ForecastLevel) => void; horizonWeeks: number | null }) {
  const trpc = useTRPC();
  const result = useQuery(trpc.forecasts.list.queryOptions({ org, level, ...state.input }, { placeholderData: keepPreviousData }));
  const regions = useQuery({ ...trpc.regions.list.queryOptions({ org, pageSize: 200 }), enabled: level === 'sku-region' });
  const byRegion = level === 'sku-region';

  const columns: ServerColumn<ForecastRow, ForecastSort>[] = [
    { key: 'sku', header: 'SKU', sortKey: 'sku', cell: (r) => <span title={r.skuName}>{r.skuCode}</span> },
    { key: 'name', header: 'Name', cell: (r) => <span className="line-clamp-1 max-w-[16rem]" title={r.skuName}>{r.skuName}</span> },
    ...(byRegion ? [{ key: 'region', header: 'Region', sortKey: 'region' as const, cell: (r: ForecastRow) => <span title={r.regionName ?? ''}>{r.regionCode}</span> }] : []),
    ...(byRegion
      ? []
      : [
          {
            key: 'shape',
            header: 'Last 26 wk → next',
            cell: (r: ForecastRow) =>
              r.recentWeeks ? (
                <Sparkline values={[...r.recentWeeks, ...r.forecastValues]} dashedFrom={r.recentWeeks.length} label={`${r.skuCode}: last ${r.recentWeeks.length} weeks ${r.recentWeeks.map((v) => Math.round(v)).join(', ')}; forecast ${r.forecastValues.map((v) => Math.round(v)).join(', ')} units a week`} />
              ) : null,
          },
        ]),
    { key: 'class', header: 'Class', sortKey: 'abc', cell: (r) => <Badge tone={r.abcClass === 'A' ? 'brand' : 'neutral'}>{r.abcClass}{r.xyzClass}</Badge> },
    { key: 'pattern', header: 'Pattern', sortKey: 'pattern', cell: (r) => patternLabel(r.pattern) },
    { key: 'method', header: 'Method', sortKey: 'method', cell: (r) => methodLabel(r.method) },
    { key: 'mase', header: 'MASE', sortKey: 'mase', align: 'right', cell: (r) => mase(r.mase) },
    { key: 'wape', header: 'WAPE', sortKey: 'wape', align: 'right', cell: (r) => formatPercent(r.wape) },
    { key: 'bias', header: 'Bias /wk', sortKey: 'bias', align: 'right', cell: (r) => bias(r.bias) },
    { key: 'forecast', header: horizonWeeks ? `Next ${horizonWeeks} wk` : 'Forecast', sortKey: 'forecastUnits', align: 'right', cell: (r) => formatUnits(r.forecastUnits) },
    { key: 'history', header: 'History', sortKey: 'historyUnits', align: 'right', cell: (r) => formatUnits(r.historyUnits) },
  ];

  const regionOptions = (regions.data?.rows ?? []).map((r) => ({ value: r.id, label: `${r.code} · ${r.name}` }));
  const levelButton = (value: ForecastLevel, label: string) => (
    <button
      type="button"
      aria-pressed={level === value}
      onClick={() => onLevel(value)}
      className={`h-8 px-3 text-sm font-medium first:rounded-l-md last:rounded-r-md ${level === value ? 'bg-brand-600 text-white' : 'border border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
      data-testid={`forecast-level-${value}`}
    >
      {label}
    </button>
  );

  return (
    <ServerDataTable
      caption={byRegion ? 'Forecasts per SKU and region' : 'Forecasts per SKU'}
      testId="forecasts-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => `${r.skuId}:${r.regionId ?? 'all'}`}
      rowHref={(r) => `/${org}/forecasts/${r.skuId}${r.regionId ? `?region=${r.regionId}` : ''}`}
      searchLabel="Search SKU, name, category…"
      filters={[
        { key: 'abcClass', label: 'ABC class', options: [{ value: '', label: 'Any ABC class' }, ...abcClasses.map((c) => ({ value: c, label: `Class ${c}` }))] },
        { key: 'xyzClass', label: 'XYZ class', options: [{ value: '', label: 'Any XYZ class' }, ...xyzClasses.map((c) => ({ value: c, label: `Class ${c}` }))] },
        { key: 'pattern', label: 'Demand pattern', options: [{ value: '', label: 'Any pattern' }, ...demandPatterns.map((p) => ({ value: p, label: patternLabel(p) }))] },
        { key: 'method', label: 'Method', options: [{ value: '', label: 'Any method' }, ...forecastMethods.map((m) => ({ value: m, label: methodLabel(m) }))] },
        { key: 'accuracy', label: 'Accuracy', options: [{ value: '', label: 'Any accuracy' }, ...accuracyBands.map((a) => ({ value: a, label: ACCURACY_LABEL[a] ?? a }))] },
        ...(byRegion ? [{ key: 'regionId', label: 'Region', options: [{ value: '', label: 'Any region' }, ...regionOptions] }] : []),
      ]}
      csvExport={{ org, entity: byRegion ? 'forecasts-by-region' : 'forecasts' }}
      actions={
        <div role="group" aria-label="Rows" className="inline-flex">
          {levelButton('sku', 'Per SKU')}
          {levelButton('sku-region', 'Per SKU and region')}
        </div>
      }
      empty={<EmptyState title="No forecasts in this run">The latest planning run forecast no SKU: import order history, then run planning again.</EmptyState>}
    />
  );
}
