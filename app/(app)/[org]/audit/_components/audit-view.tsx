'use client';
import Link from 'next/link';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { ListAuditInput } from '@/server/services/audit/schemas';
import { diffAuditValues } from '@/server/services/audit/diff';
import { useTRPC } from '../../../../_trpc/client';
import { formatDateTime } from '../../../../_components/format/date';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { Button } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { inputClasses } from '../../../../_components/ui/field';
import { AuditDiff } from './audit-diff';

type Sort = ListAuditInput['sort'];

/** The audit log: filters, a server-side table, and the before/after of the entry chosen. */
export function AuditView({ org, timezone }: { org: string; timezone: string }) {
  const trpc = useTRPC();
  const fromId = useId();
  const toId = useId();
  const detailRef = useRef<HTMLHeadingElement>(null);
  const state = useListState<Sort>({ sort: 'at', direction: 'desc' });
  const facets = useQuery(trpc.audit.facets.queryOptions({ org }));
  const result = useQuery(trpc.audit.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  type Row = NonNullable<typeof result.data>['rows'][number];
  const [selected, setSelected] = useState<Row | null>(null);
  const filters = state.input.filters;

  useEffect(() => {
    if (selected) detailRef.current?.focus();
  }, [selected]);

  const columns: ServerColumn<Row, Sort>[] = [
    { key: 'at', header: 'When', sortKey: 'at', cell: (r) => formatDateTime(r.at, timezone) },
    {
      key: 'actor',
      header: 'Who',
      sortKey: 'actor',
      cell: (r) =>
        r.actor ? (
          <span>
            {r.actor.name ?? r.actor.email}
            {r.actor.name ? <span className="block text-xs text-slate-500">{r.actor.email}</span> : null}
            {r.viaProvider ? <span className="block text-xs text-slate-500">via {r.viaProvider}</span> : null}
          </span>
        ) : (
          <span className="text-slate-500">System</span>
        ),
    },
    { key: 'action', header: 'Action', sortKey: 'action', cell: (r) => <Badge>{r.action}</Badge> },
    { key: 'entity', header: 'What', sortKey: 'entity', cell: (r) => r.entity },
    {
      key: 'record',
      header: 'Record',
      cell: (r) =>
        r.record ? (
          r.record.path ? (
            <Link href={`/${org}/${r.record.path}`} className="text-brand-700 hover:underline" onClick={(e) => e.stopPropagation()}>
              {r.record.label}
            </Link>
          ) : (
            r.record.label
          )
        ) : r.entityId ? (
          <code className="text-xs" title={r.entityId}>
            {r.entityId.slice(-12)}
          </code>
        ) : (
          '—'
        ),
    },
    {
      key: 'changes',
      header: 'Changes',
      cell: (r) => {
        const changed = diffAuditValues(r.before, r.after).filter((e) => e.status !== 'same').length;
        return (
          <Button variant="secondary" size="sm" onClick={() => setSelected(r)} aria-pressed={selected?.id === r.id}>
            {changed === 0 ? 'View' : `${changed} field${changed === 1 ? '' : 's'}`}
          </Button>
        );
      },
    },
  ];

  const all = (label: string, values: string[] | undefined) => [{ value: '', label }, ...(values ?? []).map((v) => ({ value: v, label: v }))];
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Period">
        <div className="space-y-1">
          <label htmlFor={fromId} className="block text-sm font-medium text-slate-800">
            From
          </label>
          <input id={fromId} type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => state.setFilter('from', e.target.value)} className={inputClasses} />
        </div>
        <div className="space-y-1">
          <label htmlFor={toId} className="block text-sm font-medium text-slate-800">
            To
          </label>
          <input id={toId} type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => state.setFilter('to', e.target.value)} className={inputClasses} />
        </div>
        <p className="pb-2 text-xs text-slate-500">Days in {timezone}.</p>
      </div>
      <ServerDataTable
        caption="Audit log"
        testId="audit-table"
        state={state}
        result={result}
        columns={columns}
        rowKey={(r) => r.id}
        searchLabel="Search person, entity, record id…"
        filters={[
          { key: 'actorId', label: 'Person', options: [{ value: '', label: 'Anyone' }, ...(facets.data?.actors ?? []).map((a) => ({ value: a.id, label: a.name ? `${a.name} (${a.email})` : a.email }))] },
          { key: 'entity', label: 'What', options: all('Everything', facets.data?.entities) },
          { key: 'action', label: 'Action', options: all('Any action', facets.data?.actions) },
        ]}
        csvExport={{ org, entity: 'audit' }}
        empty={<EmptyState title="Nothing has changed yet">Every change to locations, SKUs, stock, transfers, orders, members and settings will be listed here, with the values before and after.</EmptyState>}
      />
      {selected ? (
        <section aria-labelledby="audit-entry" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="audit-entry">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="audit-entry" ref={detailRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none">
              {selected.action} {selected.entity} · {formatDateTime(selected.at, timezone)}
            </h2>
            <Button variant="ghost" size="sm" onClick={() => setSelected(null)}>
              Close
            </Button>
          </div>
          <p className="text-sm text-slate-600">
            By {selected.actor ? (selected.actor.name ?? selected.actor.email) : 'the system'}
            {selected.viaProvider ? ` via ${selected.viaProvider}` : ''}
            {selected.entityId ? (
              <>
                {' '}· record <code className="text-xs">{selected.entityId}</code>{' '}
                <button type="button" className="text-brand-700 underline" onClick={() => state.setFilter('entityId', selected.entityId ?? '')}>
                  show its history
                </button>
              </>
            ) : null}
          </p>
          <AuditDiff before={selected.before} after={selected.after} />
        </section>
      ) : null}
    </div>
  );
}
