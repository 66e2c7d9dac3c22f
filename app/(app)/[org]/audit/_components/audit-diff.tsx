'use client';
import { useId, useState } from 'react';
import { diffAuditValues, type DiffStatus } from '@/server/services/audit/diff';

const ROW_TONE: Record<DiffStatus, string> = {
  added: 'bg-emerald-50',
  removed: 'bg-red-50',
  changed: 'bg-amber-50',
  same: '',
};
const STATUS_TEXT: Record<DiffStatus, string> = { added: 'added', removed: 'removed', changed: 'changed', same: 'unchanged' };

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/** Before and after side by side, key by key; changed keys highlighted (and named for screen readers). */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const toggleId = useId();
  const [showSame, setShowSame] = useState(false);
  const entries = diffAuditValues(before, after);
  const visible = showSame ? entries : entries.filter((e) => e.status !== 'same');
  const same = entries.length - entries.filter((e) => e.status !== 'same').length;
  if (entries.length === 0) return <p className="text-sm text-slate-600">This entry records no values.</p>;
  return (
    <div className="space-y-2">
      {same > 0 ? (
        <label htmlFor={toggleId} className="inline-flex items-center gap-2 text-sm text-slate-700">
          <input id={toggleId} type="checkbox" checked={showSame} onChange={(e) => setShowSame(e.target.checked)} className="size-4 rounded border-slate-300" />
          Show the {same} unchanged field{same === 1 ? '' : 's'}
        </label>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="audit-diff">
          <caption className="sr-only">Values before and after</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">Field</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">Before</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">After</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {visible.map((e) => (
              <tr key={e.key} className={ROW_TONE[e.status]} data-status={e.status}>
                <th scope="row" className="px-3 py-2 text-left align-top font-mono text-xs font-medium text-slate-900">
                  {e.key}
                  <span className="ml-2 font-sans text-xs font-normal text-slate-500">{e.status === 'same' ? '' : STATUS_TEXT[e.status]}</span>
                </th>
                <td className="px-3 py-2 align-top">
                  <pre className="max-w-md font-mono text-xs break-words whitespace-pre-wrap text-slate-800">{show(e.before)}</pre>
                </td>
                <td className="px-3 py-2 align-top">
                  <pre className="max-w-md font-mono text-xs break-words whitespace-pre-wrap text-slate-800">{show(e.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
