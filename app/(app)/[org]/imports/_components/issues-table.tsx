'use client';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { EmptyState } from '../../../../_components/ui/empty-state';
import type { ImportIssue } from './types';

const columns: Column<ImportIssue>[] = [
  { key: 'row', header: 'Row', align: 'right', cell: (i) => i.row, sortValue: (i) => i.row, csv: (i) => i.row },
  { key: 'column', header: 'Column', cell: (i) => (i.column ? <span className="font-mono text-xs">{i.column}</span> : '—'), sortValue: (i) => i.column, csv: (i) => i.column ?? '', filterText: (i) => i.column },
  { key: 'message', header: 'Problem', cell: (i) => i.message, csv: (i) => i.message, filterText: (i) => i.message },
];

/** Every problem kept for a file (row 1 is the header), filterable and downloadable. */
export function IssuesTable({ issues, total, fileName }: { issues: readonly ImportIssue[]; total: number; fileName: string }) {
  return (
    <section aria-label="Problems found" className="space-y-2">
      <h3 className="text-base font-semibold text-red-800">
        {total} problem{total === 1 ? '' : 's'} found
        {total > issues.length ? <span className="ml-2 text-sm font-normal text-slate-600">(the first {issues.length} are listed)</span> : null}
      </h3>
      <p className="text-sm text-slate-600">Fix them in the file (row 1 is the header, as in a spreadsheet) and upload it again. Nothing from this file was imported.</p>
      <DataTable
        rows={issues}
        rowKey={(i) => `${i.row}|${i.column ?? ''}|${i.message}`}
        columns={columns}
        caption="Problems found in the file"
        csvName={['import-problems', fileName.replace(/\.csv$/i, '')]}
        empty={<EmptyState title="No problems" />}
        pageSize={20}
        initialSort={{ key: 'row', direction: 'asc' }}
        testId="import-errors"
      />
    </section>
  );
}
