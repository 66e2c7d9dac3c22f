'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { formatDateTime } from '../../../../_components/format/date';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { Badge } from '../../../../_components/ui/badge';
import { Button } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';
import { IssuesTable } from './issues-table';
import { ImportCounts } from './preview-panel';
import { formatBytes, STATUS_LABEL, STATUS_TONE, type EntityOption, type ImportListItem } from './types';

/** Past imports (newest first); one of them opened shows its problems and the first rows of its file. */
export function ImportHistory({ org, entities, timezone }: { org: string; entities: EntityOption[]; timezone: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.imports.list.queryOptions({ org }));
  const [openId, setOpenId] = useState<string | null>(null);
  const labelOf = (entity: string) => entities.find((e) => e.entity === entity)?.label ?? entity;

  const columns: Column<ImportListItem>[] = [
    { key: 'when', header: 'Uploaded', cell: (i) => formatDateTime(i.createdAt, timezone), sortValue: (i) => i.createdAt, csv: (i) => i.createdAt },
    { key: 'entity', header: 'File holds', cell: (i) => labelOf(i.entity), sortValue: (i) => labelOf(i.entity), csv: (i) => i.entity, filterText: (i) => labelOf(i.entity) },
    { key: 'file', header: 'File', cell: (i) => <span className="break-all">{i.fileName}</span>, sortValue: (i) => i.fileName, csv: (i) => i.fileName, filterText: (i) => i.fileName },
    { key: 'status', header: 'Status', cell: (i) => <Badge tone={STATUS_TONE[i.status]}>{STATUS_LABEL[i.status]}</Badge>, sortValue: (i) => i.status, csv: (i) => i.status, filterText: (i) => STATUS_LABEL[i.status] },
    { key: 'rows', header: 'Rows', align: 'right', cell: (i) => i.counts.rows.toLocaleString('en-US'), sortValue: (i) => i.counts.rows, csv: (i) => i.counts.rows },
    { key: 'new', header: 'New', align: 'right', cell: (i) => i.counts.new.toLocaleString('en-US'), sortValue: (i) => i.counts.new, csv: (i) => i.counts.new },
    { key: 'updated', header: 'Updated', align: 'right', cell: (i) => i.counts.updated.toLocaleString('en-US'), sortValue: (i) => i.counts.updated, csv: (i) => i.counts.updated },
    { key: 'unchanged', header: 'Unchanged', align: 'right', cell: (i) => i.counts.unchanged.toLocaleString('en-US'), sortValue: (i) => i.counts.unchanged, csv: (i) => i.counts.unchanged },
    {
      key: 'errors',
      header: 'Problems',
      align: 'right',
      cell: (i) => <span className={i.counts.errors ? 'font-medium text-red-700' : ''}>{i.counts.errors.toLocaleString('en-US')}</span>,
      sortValue: (i) => i.counts.errors,
      csv: (i) => i.counts.errors,
    },
    { key: 'size', header: 'Size', align: 'right', cell: (i) => formatBytes(i.sizeBytes), sortValue: (i) => i.sizeBytes, csv: (i) => i.sizeBytes },
    { key: 'by', header: 'By', cell: (i) => i.createdBy ?? '—', sortValue: (i) => i.createdBy, csv: (i) => i.createdBy ?? '', filterText: (i) => i.createdBy },
    {
      key: 'open',
      header: 'Details',
      cell: (i) => (
        <Button variant="ghost" size="sm" onClick={() => setOpenId(openId === i.id ? null : i.id)} aria-expanded={openId === i.id} aria-controls="import-detail">
          {openId === i.id ? 'Hide' : 'Show'}
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby="import-history" className="space-y-3">
      <h2 id="import-history" className="text-lg font-semibold text-slate-900">
        History
      </h2>
      {list.isPending ? <Spinner label="Loading the history…" /> : null}
      {list.isError ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.data ? (
        <DataTable
          rows={list.data}
          rowKey={(i) => i.id}
          columns={columns}
          caption="Past imports"
          csvName={['imports', org]}
          initialSort={{ key: 'when', direction: 'desc' }}
          testId="import-history"
          empty={<EmptyState title="No imports yet">Pick what your file holds above, download its template, fill it in and upload it. Start with locations and regions: the other files refer to them.</EmptyState>}
        />
      ) : null}
      {openId ? <ImportDetailPanel org={org} importId={openId} entities={entities} timezone={timezone} /> : null}
    </section>
  );
}

function ImportDetailPanel({ org, importId, entities, timezone }: { org: string; importId: string; entities: EntityOption[]; timezone: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.imports.get.queryOptions({ org, importId }));
  if (detail.isPending) return <Spinner label="Loading the import…" />;
  if (detail.isError) return <Notice tone="error">{detail.error.message}</Notice>;
  const d = detail.data;
  const entity = entities.find((e) => e.entity === d.entity) ?? { entity: d.entity, label: d.entity, description: '', recordNoun: 'records' };
  return (
    <div id="import-detail" className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="import-detail">
      <h3 className="text-base font-semibold text-slate-900">
        {d.fileName} <Badge tone={STATUS_TONE[d.status]}>{STATUS_LABEL[d.status]}</Badge>
      </h3>
      <p className="text-sm text-slate-600">
        {entity.label}, uploaded {formatDateTime(d.createdAt, timezone)} by {d.createdBy ?? 'someone no longer in the organization'}
        {d.committedAt ? `, committed ${formatDateTime(d.committedAt, timezone)}` : ''}. SHA-256 <span className="font-mono text-xs break-all">{d.fileHash}</span>.
      </p>
      <ImportCounts summary={d} entity={entity} />
      {d.errors.length > 0 ? <IssuesTable issues={d.errors} total={d.counts.errors} fileName={d.fileName} /> : null}
      {d.fileAvailable && d.sample.rows.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="px-3 py-2 text-left text-sm font-medium text-slate-700">First rows of the file</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-right font-semibold text-slate-700">
                  Row
                </th>
                {d.sample.columns.map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 text-left font-semibold whitespace-nowrap text-slate-700">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {d.sample.rows.map((r) => (
                <tr key={r.row}>
                  <td className="px-3 py-1.5 text-right tabular-nums">{r.row}</td>
                  {d.sample.columns.map((c) => (
                    <td key={c} className="px-3 py-1.5">
                      {r.cells[c] || <span className="text-slate-400">—</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-slate-500">{d.fileAvailable ? 'The file has no rows.' : 'The file itself is no longer kept on the server.'}</p>
      )}
    </div>
  );
}
