'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { Button, buttonClasses } from '../../../../_components/ui/button';
import { Notice } from '../../../../_components/ui/notice';
import { isActive, RunProgress } from '../../recommendations/_components/run-progress';
import { useLatestRun } from '../../recommendations/_components/run-planning';

/**
 * After an order-history import, for a tenant that has never planned (or whose last run found too little
 * history): offer to run planning now, and show the run's progress here once it is started.
 */
export function OfferPlanningRun({ org, timezone }: { org: string; timezone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const latest = useLatestRun(org);
  const [started, setStarted] = useState<string | null>(null);
  const start = useMutation(
    trpc.planning.start.mutationOptions({
      onSuccess: async (result) => {
        setStarted(result.runId);
        await queryClient.invalidateQueries({ queryKey: trpc.planning.run.queryKey() });
      },
    }),
  );
  const run = latest.data ?? null;
  if (latest.isPending) return null;
  const neverPlanned = run === null;
  const tooLittle = run?.status === 'succeeded' && run.outcome === 'insufficient_history';
  const watching = started !== null && run?.id === started;
  if (!neverPlanned && !tooLittle && !watching && !isActive(run)) return null;

  if (run && (watching || isActive(run))) {
    return (
      <section aria-label="Planning run" className="space-y-3 rounded-md border border-brand-100 bg-brand-50/40 p-4" data-testid="offer-planning-run">
        <RunProgress run={run} timezone={timezone} />
        {run.status === 'succeeded' && run.outcome === 'completed' ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/${org}/recommendations`} className={buttonClasses('primary', 'sm')}>
              See the recommendations
            </Link>
            <Link href={`/${org}/forecasts`} className={buttonClasses('secondary', 'sm')}>
              See the forecasts
            </Link>
          </div>
        ) : null}
      </section>
    );
  }

  return (
    <section aria-label="Run planning" className="space-y-2 rounded-md border border-brand-100 bg-brand-50/40 p-4" data-testid="offer-planning-run">
      <p className="text-sm text-slate-800">
        {neverPlanned
          ? 'Your order history is in. Run planning now: it forecasts demand per SKU and region, sets stock targets per location and recommends what to buy and move. It takes a few seconds to a few minutes.'
          : 'The last planning run found too little history. With these orders it may have enough now: run it again.'}
      </p>
      <Button onClick={() => start.mutate({ org })} pending={start.isPending} pendingText="Queuing…" data-testid="offer-run-planning">
        Run planning now
      </Button>
      {start.error ? <Notice tone="error">{errorMessage(start.error, 'The run could not be queued.')}</Notice> : null}
    </section>
  );
}
