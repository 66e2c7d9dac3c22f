import { formatDateTime } from '../../../../_components/format/date';

export interface TimelineStep {
  label: string;
  at: Date | null;
  /** Who, or a remark ("expected"). */
  detail?: string | null;
  state: 'done' | 'current' | 'upcoming' | 'stopped';
}

const DOT: Record<TimelineStep['state'], string> = {
  done: 'bg-emerald-500 ring-emerald-100',
  current: 'bg-amber-500 ring-amber-100',
  upcoming: 'bg-slate-300 ring-slate-100',
  stopped: 'bg-red-500 ring-red-100',
};

/** The steps of a document (transfer, purchase order) with their dates, as an ordered list. */
export function StatusTimeline({ steps, timezone }: { steps: TimelineStep[]; timezone: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" aria-label="Status timeline" data-testid="status-timeline">
      <h2 className="mb-3 text-sm font-semibold text-slate-900">Timeline</h2>
      <ol className="space-y-3">
        {steps.map((s) => (
          <li key={s.label} className="flex items-start gap-3">
            <span aria-hidden="true" className={`mt-1.5 size-2.5 shrink-0 rounded-full ring-4 ${DOT[s.state]}`} />
            <div className="text-sm">
              <p className={s.state === 'upcoming' ? 'text-slate-500' : 'font-medium text-slate-900'}>
                {s.label}
                <span className="sr-only"> ({s.state === 'done' ? 'done' : s.state === 'current' ? 'in progress' : s.state === 'stopped' ? 'stopped' : 'not yet'})</span>
              </p>
              <p className="text-slate-600">
                {s.at ? formatDateTime(s.at, timezone) : '—'}
                {s.detail ? ` · ${s.detail}` : ''}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
