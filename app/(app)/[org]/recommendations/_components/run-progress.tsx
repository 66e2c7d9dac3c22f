import type { PlanningPhase } from '@/server/services/planning/schemas';
import type { PlanningRunView } from '@/server/services/planning/types';
import { formatDateTime } from '../../../../_components/format/date';
import { formatNumber } from '../../../../_components/tables/cell-format';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';

/** The phases a person sees, in order, with what each does. */
export const RUN_PHASES: { phase: Exclude<PlanningPhase, 'queued' | 'done'>; label: string; detail: string }[] = [
  { phase: 'load', label: 'Load', detail: 'weekly demand, stock positions, lanes, SLAs and costs' },
  { phase: 'segment', label: 'Segment', detail: 'ABC/XYZ classes and demand patterns' },
  { phase: 'forecast', label: 'Forecast', detail: 'a method per SKU and region, chosen on held-out weeks' },
  { phase: 'targets', label: 'Targets', detail: 'safety stock, reorder point and order-up-to per location' },
  { phase: 'recommend', label: 'Recommend', detail: 'what to buy, move, centralize or split' },
  { phase: 'write', label: 'Save', detail: 'the new results replace the previous run at once' },
];

const ORDER: PlanningPhase[] = ['queued', 'load', 'segment', 'forecast', 'targets', 'recommend', 'write', 'done'];

function seconds(ms: number | undefined): string | null {
  return ms === undefined ? null : ms < 1000 ? `${Math.round(ms)} ms` : `${formatNumber(ms / 1000, { maxDigits: 1 })} s`;
}

export function isActive(run: Pick<PlanningRunView, 'status'> | null | undefined): boolean {
  return run?.status === 'queued' || run?.status === 'running';
}

/** A run's phases (done, current, to come) with a progress bar, or how it ended. */
export function RunProgress({ run, timezone, current = null }: { run: PlanningRunView; timezone: string; current?: PlanningRunView | null }) {
  const active = isActive(run);
  const currentIndex = ORDER.indexOf(run.phase);
  const percent = Math.max(0, Math.min(100, run.status === 'succeeded' ? 100 : run.percent));
  const who = run.createdBy ? (run.createdBy.name ?? run.createdBy.email) : run.trigger === 'nightly' ? 'the nightly schedule' : run.trigger === 'seed' ? 'the demo setup' : null;

  return (
    <div className="space-y-3" data-testid="planning-run-progress" data-run-id={run.id} data-status={run.status} data-phase={run.phase}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="font-medium text-slate-900">
          {run.status === 'queued' ? 'Queued, starting shortly…' : run.status === 'running' ? `Running: ${RUN_PHASES.find((p) => p.phase === run.phase)?.label ?? run.phase}` : run.status === 'succeeded' ? 'Finished' : 'Failed'}
        </span>
        <span className="text-slate-500">
          {who ? `Started by ${who}, ` : ''}
          {formatDateTime(run.startedAt ?? run.createdAt, timezone)}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Planning run progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent)}
        aria-valuetext={`${Math.round(percent)} %`}
        className="h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full rounded-full transition-[width] duration-500 ${run.status === 'failed' ? 'bg-red-500' : 'bg-brand-600'}`} style={{ width: `${percent}%` }} />
      </div>
      <ol className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3" aria-label="Phases">
        {RUN_PHASES.map((p) => {
          const index = ORDER.indexOf(p.phase);
          const timing = run.timings[p.phase];
          const state = run.status === 'succeeded' || timing !== undefined || index < currentIndex ? 'done' : index === currentIndex && active ? 'current' : run.status === 'failed' && index === currentIndex ? 'failed' : 'upcoming';
          return (
            <li key={p.phase} className="flex items-start gap-2" data-testid={`phase-${p.phase}`} data-state={state}>
              <span aria-hidden="true" className="mt-0.5 flex size-4 shrink-0 items-center justify-center">
                {state === 'done' ? <span className="text-emerald-600">✓</span> : state === 'current' ? <Spinner /> : state === 'failed' ? <span className="text-red-600">✕</span> : <span className="size-2 rounded-full bg-slate-300" />}
              </span>
              <span>
                <span className={state === 'upcoming' ? 'text-slate-500' : 'font-medium text-slate-900'}>{p.label}</span>
                <span className="sr-only"> ({state})</span>
                {timing !== undefined ? <span className="text-slate-500"> · {seconds(timing)}</span> : null}
                <span className="block text-xs text-slate-500">{p.detail}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <RunOutcome run={run} current={current} timezone={timezone} />
    </div>
  );
}

/** How a finished run ended, in words. */
export function RunOutcome({ run, current = null, timezone }: { run: PlanningRunView; current?: PlanningRunView | null; timezone: string }) {
  if (run.status === 'failed') {
    return (
      <Notice tone="error" testId="planning-run-failed">
        The run failed: {run.error ?? 'no reason was recorded.'}
        {current && current.id !== run.id ? ` Pages show the results of the run of ${formatDateTime(current.finishedAt ?? current.createdAt, timezone)}.` : ''}
      </Notice>
    );
  }
  if (run.status !== 'succeeded') return null;
  if (run.outcome === 'insufficient_history') return <Notice tone="warning">{run.message ?? 'Not enough order history yet to plan on.'}</Notice>;
  const c = run.counts;
  const parts = [
    c.forecasts !== undefined ? `${formatNumber(c.forecasts)} forecasts` : null,
    c.stockTargets !== undefined ? `${formatNumber(c.stockTargets)} stock targets` : null,
    c.recommendations !== undefined ? `${formatNumber(c.recommendations)} recommendations` : null,
  ].filter(Boolean);
  const total = Object.values(run.timings).reduce<number>((s, v) => s + (v ?? 0), 0);
  return (
    <Notice tone="success" testId="planning-run-done">
      {run.message ?? 'Planning finished.'} {parts.length ? `${parts.join(', ')}` : ''}
      {total > 0 ? ` in ${seconds(total)}.` : parts.length ? '.' : ''}
      {c.supersededRecommendations ? ` ${formatNumber(c.supersededRecommendations)} open recommendations of the previous run were replaced.` : ''}
    </Notice>
  );
}
