'use client';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { formatDateTime } from '../../../../_components/format/date';
import { Badge } from '../../../../_components/ui/badge';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { IssuesTable } from './issues-table';
import type { EntityOption, ImportPreview, ImportSummary } from './types';

type SampleRow = ImportPreview['sample'][number];

const ROW_STATUS: Record<SampleRow['status'], { label: string; tone: 'green' | 'brand' | 'neutral' | 'red' }> = {
  new: { label: 'New', tone: 'green' },
  updated: { label: 'Updated', tone: 'brand' },
  unchanged: { label: 'Unchanged', tone: 'neutral' },
  error: { label: 'Problem', tone: 'red' },
};

/** New / updated / unchanged / problems of a checked (or committed) file. */
export function ImportCounts({ summary, entity }: { summary: ImportSummary; entity: EntityOption }) {
  const c = summary.counts;
  const cards: [string, number, string][] = [
    ['Rows', c.rows, 'text-slate-900'],
    [`New ${entity.recordNoun}`, c.new, 'text-emerald-700'],
    [`Updated ${entity.recordNoun}`, c.updated, 'text-brand-700'],
    [`Unchanged ${entity.recordNoun}`, c.unchanged, 'text-slate-600'],
    ['Problems', c.errors, c.errors > 0 ? 'text-red-700' : 'text-slate-600'],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="import-counts">
      {cards.map(([label, value, tone]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className={`text-xl font-semibold tabular-nums ${tone}`}>{value.toLocaleString('en-US')}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PreviewPanel({ preview, entity, timezone }: { preview: ImportPreview; entity: EntityOption; timezone: string }) {
  const summary = preview.import;
  const columns: Column<SampleRow>[] = [
    { key: 'row', header: 'Row', align: 'right', cell: (r) => r.row },
    { key: 'status', header: 'Import', cell: (r) => <Badge tone={ROW_STATUS[r.status].tone}>{ROW_STATUS[r.status].label}</Badge> },
    ...preview.columns.map((name) => ({ key: name, header: name, cell: (r: SampleRow) => r.cells[name] || <span className="text-slate-400">—</span> })),
  ];
  return (
    <div className="space-y-4" data-testid="import-preview">
      {preview.alreadyImported ? (
        <Notice tone="info">
          This file was already imported{summary.committedAt ? ` on ${formatDateTime(summary.committedAt, timezone)}` : ''}: importing it again would change nothing, so there is nothing to do.
        </Notice>
      ) : null}
      <ImportCounts summary={summary} entity={entity} />
      {preview.ignoredColumns.length > 0 ? (
        <Notice tone="warning">
          These columns are not {entity.label.toLowerCase()} columns and were ignored: {preview.ignoredColumns.map((c) => `“${c}”`).join(', ')}. Check their spelling if you meant one of the template’s columns.
        </Notice>
      ) : null}
      {summary.errors.length > 0 ? <IssuesTable issues={summary.errors} total={summary.counts.errors} fileName={summary.fileName} /> : null}
      {preview.sample.length > 0 ? (
        <section aria-label="First rows" className="space-y-2">
          <h3 className="text-base font-semibold text-slate-900">First rows of the file</h3>
          <DataTable rows={preview.sample} rowKey={(r) => String(r.row)} columns={columns} caption="First rows of the file" empty={<EmptyState title="No rows" />} pageSize={20} testId="import-sample" />
        </section>
      ) : null}
    </div>
  );
}
