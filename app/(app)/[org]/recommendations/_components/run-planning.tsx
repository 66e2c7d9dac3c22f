'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { PlanningRunView } from '@/server/services/planning/types';
import { useTRPC } from '../../../../_trpc/client';
import { weekLabel } from '../../../../_components/charts/forecast-series';
import { formatDateTime } from '../../../../_components/format/date';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';
import { isActive, RunOutcome, RunProgress } from './run-progress';

const POLL_MS = 1000;

/** The latest planning run (polled while it is queued or running), shared by every page that shows it. */
export function useLatestRun(org: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.planning.run.queryOptions({ org }),
    refetchInterval: (query) => (isActive(query.state.data as PlanningRunView | null | undefined) ? POLL_MS : false),
  });
}

/**
 * "Run planning" and the latest run. Planners and up get the button; a second click while a run is queued
 * or running shows that run (the server hands it back instead of starting another). Progress is polled
 * from `planning.run` every second; when the run ends, the pages' data is refreshed.
 */
export function RunPlanning({ org, timezone, canRun, roleHint, compact = false }: { org: string; timezone: string; canRun: boolean; roleHint: string | null; compact?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const panelId = useId();
  const latest = useLatestRun(org);
  const run = latest.data ?? null;
  // The run whose results the pages show (the latest succeeded one), which a failed or running run does not replace.
  const runs = useQuery(trpc.planning.runs.queryOptions({ org, limit: 20 }));
  const current = runs.data?.find((r) => r.isCurrent) ?? null;
  const [expanded, setExpanded] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  /** The run the last click started or was handed: progress is shown for it only, never for an older one. */
  const [watchId, setWatchId] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const start = useMutation(
    trpc.planning.start.mutationOptions({
      onSuccess: async (result) => {
        setWatchId(result.runId);
        setExpanded(true);
        setNotice(result.alreadyActive ? 'A planning run is already in progress: here it is. It was not started twice.' : null);
        await queryClient.invalidateQueries({ queryKey: trpc.planning.run.queryKey({ org }) });
        panelRef.current?.focus();
      },
    }),
  );

  // When a run this page watched ends, every result on the page is stale: refetch it.
  const wasActive = useRef(isActive(run));
  useEffect(() => {
    const active = isActive(run);
    if (wasActive.current && !active && run) {
      setExpanded(true);
      void queryClient.invalidateQueries({ queryKey: trpc.planning.runs.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.forecasts.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.stockTargets.pathKey() });
      router.refresh();
    }
    wasActive.current = active;
  }, [run, queryClient, trpc, router]);

  const active = isActive(run);
  const show = expanded || active;
  const catchingUp = watchId !== null && run?.id !== watchId;
  return (
    <section aria-label="Planning run" className={`rounded-lg border border-slate-200 bg-white ${compact ? 'p-3' : 'p-4'}`} data-testid="run-planning">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 text-sm">
          <LatestRunLine run={run} current={current} timezone={timezone} loading={latest.isPending} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {run && !active ? (
            <Button variant="ghost" size="sm" aria-expanded={show} aria-controls={panelId} onClick={() => setExpanded((e) => !e)}>
              {show ? 'Hide details' : 'Details'}
            </Button>
          ) : null}
          {canRun ? (
            <Button onClick={() => start.mutate({ org })} pending={start.isPending} pendingText="Queuing…" data-testid="run-planning-button">
              {active ? 'Show the running run' : 'Run planning'}
            </Button>
          ) : null}
        </div>
      </div>
      {!canRun && roleHint ? (
        <p className="mt-2 text-xs text-slate-500" data-testid="run-planning-role-hint">
          {roleHint}
        </p>
      ) : null}
      {start.error ? (
        <Notice tone="error" className="mt-3">
          {errorMessage(start.error, 'The run could not be queued.')}
        </Notice>
      ) : null}
      {latest.error ? (
        <Notice tone="error" className="mt-3">
          {errorMessage(latest.error, 'The planning run could not be read.')}
        </Notice>
      ) : null}
      {notice ? (
        <Notice tone="info" className="mt-3" testId="run-already-active">
          {notice}
        </Notice>
      ) : null}
      <div id={panelId} ref={panelRef} tabIndex={-1} className="outline-none" aria-live="polite">
        {catchingUp ? (
          <p className="mt-4 text-sm text-slate-600">
            <Spinner label="Queued; reading its progress…" />
          </p>
        ) : run && show ? (
          <div className="mt-4">
            <RunProgress run={run} timezone={timezone} current={current} />
          </div>
        ) : run && !active && (run.status === 'failed' || run.outcome === 'insufficient_history') ? (
          <div className="mt-3">
            <RunOutcome run={run} current={current} timezone={timezone} />
          </div>
        ) : null}
      </div>
    </section>
  );
}

function LatestRunLine({ run, current, timezone, loading }: { run: PlanningRunView | null; current: PlanningRunView | null; timezone: string; loading: boolean }) {
  if (loading) return <span className="text-slate-500">Reading the latest planning run…</span>;
  if (!run) return <span className="text-slate-700">No planning run yet. A run reads your order history, forecasts demand, sets stock targets and recommends what to buy and move.</span>;
  if (run.status === 'queued') return <span className="font-medium text-slate-900">Planning run queued…</span>;
  if (run.status === 'running') return <span className="font-medium text-slate-900">Planning run in progress ({Math.round(run.percent)} %)…</span>;
  const when = formatDateTime(run.finishedAt ?? run.createdAt, timezone);
  if (run.status === 'failed') {
    return (
      <span className="text-red-700">
        The latest run failed ({when}).{' '}
        {current ? `The results shown are from the run of ${formatDateTime(current.finishedAt ?? current.createdAt, timezone)}.` : 'There are no results yet: run planning again.'}
      </span>
    );
  }
  if (run.outcome === 'insufficient_history') return <span className="text-amber-800">Latest run ({when}): not enough order history yet.</span>;
  return (
    <span className="text-slate-700">
      Results of the planning run of <span className="font-medium text-slate-900">{when}</span>
      {run.asOfWeek ? `, order history until ${weekLabel(run.asOfWeek)}` : ''}
      {run.horizonWeeks ? `, ${run.horizonWeeks} weeks ahead` : ''}.
    </span>
  );
}
