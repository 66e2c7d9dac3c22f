'use client';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { inputClasses } from '../ui/field';
import { DownloadCsvButton } from './download-csv-button';
import type { CsvCell } from './csv';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Columns with a sort value get a sort button in their header. */
  sortValue?: (row: T) => string | number | Date | null | undefined;
  /** Columns with a CSV value are part of the download. */
  csv?: (row: T) => CsvCell;
  /** Text the filter box searches in. */
  filterText?: (row: T) => string | null | undefined;
  align?: 'left' | 'right';
  /** In the CSV only, not on screen (e.g. an identifier the screen shows inside another cell). */
  csvOnly?: boolean;
}

export interface DataTableProps<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  /** File name parts of the CSV download; without it there is no download button. */
  csvName?: string[];
  /** Shown instead of the table when there are no rows at all. */
  empty: ReactNode;
  pageSize?: number;
  initialSort?: { key: string; direction: 'asc' | 'desc' };
  testId?: string;
}

type Sortable = string | number | Date | null | undefined;

function compare(a: Sortable, b: Sortable): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // blanks last
  if (b === null || b === undefined) return -1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { sensitivity: 'base', numeric: true });
}

/** A table with sorting, a filter box, pagination and CSV export of the filtered rows. */
export function DataTable<T>({ rows, rowKey, columns: allColumns, caption, csvName, empty, pageSize = 25, initialSort, testId }: DataTableProps<T>) {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState(initialSort ?? null);
  const [page, setPage] = useState(0);

  const columns = useMemo(() => allColumns.filter((c) => !c.csvOnly), [allColumns]);
  // A filter box helps from a handful of rows on; below that it is noise.
  const filterable = rows.length > 5 && columns.some((c) => c.filterText);
  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    let out = needle
      ? rows.filter((row) => columns.some((c) => c.filterText?.(row)?.toLowerCase().includes(needle)))
      : [...rows];
    const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
    if (sort && column?.sortValue) {
      const value = column.sortValue;
      const sign = sort.direction === 'asc' ? 1 : -1;
      out = out.sort((a, b) => sign * compare(value(a), value(b)));
    }
    return out;
  }, [rows, columns, filter, sort]);

  if (rows.length === 0) return <>{empty}</>;

  const pages = Math.max(1, Math.ceil(visible.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = visible.slice(current * pageSize, (current + 1) * pageSize);
  const csvColumns = allColumns.filter((c) => c.csv);

  function toggleSort(key: string) {
    setSort((s) => (s?.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }));
  }

  return (
    <div className="space-y-3" data-testid={testId}>
      {filterable || csvName ? (
        <div className="flex flex-wrap items-end justify-between gap-3">
          {filterable ? (
            <div className="w-full max-w-xs">
              <label htmlFor={filterId} className="sr-only">
                Filter {caption.toLowerCase()}
              </label>
              <input
                id={filterId}
                type="search"
                placeholder="Filter…"
                value={filter}
                onChange={(e) => {
                  setFilter(e.target.value);
                  setPage(0);
                }}
                className={inputClasses}
              />
            </div>
          ) : (
            <span />
          )}
          {csvName ? (
            <DownloadCsvButton fileName={csvName} header={csvColumns.map((c) => c.header)} rows={() => visible.map((row) => csvColumns.map((c) => c.csv?.(row)))} />
          ) : null}
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
                return (
                  <th key={c.key} scope="col" aria-sort={ariaSort} className={`px-3 py-2 font-semibold whitespace-nowrap text-slate-700 ${c.align === 'right' ? 'text-right' : 'text-left'}`}>
                    {c.sortValue ? (
                      <button type="button" onClick={() => toggleSort(c.key)} className="inline-flex items-center gap-1 rounded hover:text-slate-900">
                        {c.header}
                        <span aria-hidden="true" className={active ? 'text-slate-900' : 'text-slate-300'}>
                          {active && sort.direction === 'desc' ? '▼' : '▲'}
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
            {shown.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-6 text-center text-slate-600">
                  No rows match “{filter}”.
                </td>
              </tr>
            ) : (
              shown.map((row) => (
                <tr key={rowKey(row)} className="align-middle">
                  {columns.map((c) => (
                    <td key={c.key} className={`px-3 py-2 ${c.align === 'right' ? 'text-right tabular-nums' : ''}`}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={`${caption} pages`} className="flex items-center justify-between gap-3 text-sm text-slate-600">
          <span>
            {current * pageSize + 1}–{Math.min((current + 1) * pageSize, visible.length)} of {visible.length}
          </span>
          <span className="flex gap-2">
            <Button variant="secondary" size="sm" onClick={() => setPage(current - 1)} disabled={current === 0}>
              Previous
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
              Next
            </Button>
          </span>
        </nav>
      ) : null}
    </div>
  );
}
