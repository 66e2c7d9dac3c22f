'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, type MouseEvent, type ReactNode } from 'react';
import { exportQueryString } from '@/server/csv/export-params';
import { errorMessage } from '../forms/trpc-error';
import { Button } from '../ui/button';
import { CsvDownloadLink } from './csv-download-link';
import { inputClasses } from '../ui/field';
import { Notice } from '../ui/notice';
import { Select, type SelectOption } from '../ui/select';
import { Spinner } from '../ui/spinner';
import type { ListState } from './use-list-state';

export interface ServerColumn<Row, Sort extends string = string> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The list procedure's sort key for this column; columns with one get a sort button. */
  sortKey?: Sort;
  align?: 'left' | 'right';
}

export interface ServerFilter {
  key: string;
  label: string;
  /** The first option should be the "all" choice with value ''. */
  options: readonly SelectOption[];
}

/** What the table reads of a `useQuery` result over a list procedure. */
export interface ListQueryResult<Row> {
  data?: { rows: Row[]; total: number; page: number; pageSize: number } | undefined;
  isPending: boolean;
  isFetching: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export interface ServerDataTableProps<Row, Sort extends string> {
  /** Names the table for screen readers (visually hidden) and the pagination. */
  caption: string;
  state: ListState<Sort>;
  result: ListQueryResult<Row>;
  columns: readonly ServerColumn<Row, Sort>[];
  rowKey: (row: Row) => string;
  /** The detail page of a row: clicking the row opens it. */
  rowHref?: (row: Row) => string;
  filters?: readonly ServerFilter[];
  /** Download every matching row as CSV from /api/orgs/<org>/export/<entity>. */
  csvExport?: { org: string; entity: string };
  /** Offer "Show archived". */
  archivable?: boolean;
  searchLabel?: string;
  /** Shown when the list has no rows at all (not narrowed by a search or filter): what to do next. */
  empty: ReactNode;
  /** Buttons beside the search box (e.g. "New location"). */
  actions?: ReactNode;
  testId?: string;
}

const PAGE_SIZES = [25, 50, 100, 200];

/**
 * A table over a server-side list procedure: sorting, search (debounced), filters and pagination happen
 * in the database; the total count comes with each page; "Download CSV" streams every matching row.
 */
export function ServerDataTable<Row, Sort extends string>({ caption, state, result, columns, rowKey, rowHref, filters = [], csvExport, archivable, searchLabel, empty, actions, testId }: ServerDataTableProps<Row, Sort>) {
  const router = useRouter();
  const searchId = useId();
  const archivedId = useId();
  const data = result.data;
  const { input } = state;

  if (data && data.total === 0 && !state.narrowed && !input.includeArchived && !result.isFetching) {
    return (
      <div className="space-y-3" data-testid={testId}>
        {actions ? <div className="flex justify-end gap-2">{actions}</div> : null}
        {empty}
      </div>
    );
  }

  const rows = data?.rows ?? [];
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / input.pageSize));
  const first = total === 0 ? 0 : (input.page - 1) * input.pageSize + 1;
  const last = Math.min(input.page * input.pageSize, total);
  const exportHref = csvExport ? `/api/orgs/${encodeURIComponent(csvExport.org)}/export/${csvExport.entity}${exportQueryString({ ...input })}` : null;

  function openRow(event: MouseEvent<HTMLTableRowElement>, row: Row) {
    if (!rowHref) return;
    if ((event.target as HTMLElement).closest('a, button, input, select, label')) return;
    router.push(rowHref(row));
  }

  return (
    <div className="space-y-3" data-testid={testId}>
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full max-w-xs">
          <label htmlFor={searchId} className="sr-only">
            {searchLabel ?? `Search ${caption.toLowerCase()}`}
          </label>
          <input id={searchId} type="search" placeholder={searchLabel ?? 'Search…'} value={state.searchText} onChange={(e) => state.setSearchText(e.target.value)} className={inputClasses} data-testid="table-search" />
        </div>
        {filters.map((f) => (
          <div key={f.key} className="w-44">
            <Select aria-label={f.label} value={state.input.filters[f.key] ?? ''} options={f.options} onChange={(e) => state.setFilter(f.key, e.target.value)} data-testid={`filter-${f.key}`} />
          </div>
        ))}
        {archivable ? (
          <label htmlFor={archivedId} className="flex h-10 items-center gap-2 text-sm text-slate-700">
            <input id={archivedId} type="checkbox" checked={input.includeArchived} onChange={(e) => state.setIncludeArchived(e.target.checked)} className="size-4 rounded border-slate-300" />
            Show archived
          </label>
        ) : null}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {exportHref && csvExport ? <CsvDownloadLink href={exportHref} org={csvExport.org} total={total} /> : null}
          {actions}
        </div>
      </div>

      {result.isError ? (
        <Notice tone="error">
          {errorMessage(result.error, 'The list could not be loaded.')}{' '}
          <button type="button" className="underline" onClick={() => result.refetch()}>
            Try again
          </button>
        </Notice>
      ) : null}

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className={`min-w-full divide-y divide-slate-200 text-sm transition-opacity ${result.isFetching && data ? 'opacity-60' : ''}`} aria-busy={result.isFetching || undefined}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            <tr>
              {columns.map((c) => {
                const active = c.sortKey !== undefined && input.sort === c.sortKey;
                const ariaSort = active ? (input.direction === 'asc' ? 'ascending' : 'descending') : undefined;
                return (
                  <th key={c.key} scope="col" aria-sort={ariaSort} className={`px-3 py-2 font-semibold whitespace-nowrap text-slate-700 ${c.align === 'right' ? 'text-right' : 'text-left'}`}>
                    {c.sortKey ? (
                      <button type="button" onClick={() => state.setSort(c.sortKey!)} className="inline-flex items-center gap-1 rounded hover:text-slate-900" data-testid={`sort-${c.sortKey}`}>
                        {c.header}
                        <span aria-hidden="true" className={active ? 'text-slate-900' : 'text-slate-300'}>
                          {active && input.direction === 'desc' ? '▼' : '▲'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.isPending ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-8 text-center text-slate-600">
                  <span className="inline-flex items-center gap-2">
                    <Spinner /> Loading…
                  </span>
                </td>
              </tr>
            ) : rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-8 text-center text-slate-600">
                  Nothing matches{state.input.search ? ` “${state.input.search}”` : ''}.{' '}
                  {state.narrowed ? (
                    <button type="button" className="font-medium text-brand-700 underline" onClick={state.clearFilters}>
                      Clear search and filters
                    </button>
                  ) : null}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={rowKey(row)} onClick={(e) => openRow(e, row)} className={`align-middle ${rowHref ? 'cursor-pointer hover:bg-slate-50' : ''}`}>
                  {columns.map((c, index) => (
                    <td key={c.key} className={`px-3 py-2 ${c.align === 'right' ? 'text-right whitespace-nowrap tabular-nums' : ''} ${index === 0 ? 'whitespace-nowrap' : ''}`}>
                      {index === 0 && rowHref ? (
                        <Link href={rowHref(row)} className="font-medium text-brand-700 hover:underline">
                          {c.cell(row)}
                        </Link>
                      ) : (
                        c.cell(row)
                      )}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <nav aria-label={`${caption} pages`} className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
        <span data-testid="table-count">{result.isPending ? 'Loading…' : total === 0 ? 'No rows' : `${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`}</span>
        <span className="flex items-center gap-2">
          <label className="flex items-center gap-2 whitespace-nowrap">
            <span>Rows per page</span>
            <span className="w-24">
              <Select value={String(input.pageSize)} options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))} onChange={(e) => state.setPageSize(Number(e.target.value))} />
            </span>
          </label>
          <Button variant="secondary" size="sm" onClick={() => state.setPage(input.page - 1)} disabled={input.page <= 1}>
            Previous
          </Button>
          <span aria-live="polite">
            Page {input.page} of {pages}
          </span>
          <Button variant="secondary" size="sm" onClick={() => state.setPage(input.page + 1)} disabled={input.page >= pages}>
            Next
          </Button>
        </span>
      </nav>
    </div>
  );
}
