'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { parseAsString, useQueryState } from 'nuqs';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';
import { ReplayForm } from './replay-form';
import { ReplayView } from './replay-view';
import { SavedReplaysTable } from './saved-replays-table';

export interface ReplayPageProps {
  org: string;
  currency: string;
  timezone: string;
  canWrite: boolean;
}

/** The replay page: the form to start one, the saved replays, and the one open (`?replay=<id>`). */
export function ReplayWorkspace({ org, currency, timezone, canWrite }: ReplayPageProps) {
  const trpc = useTRPC();
  const options = useQuery(trpc.replay.options.queryOptions({ org }));
  const [openId, setOpenId] = useQueryState('replay', parseAsString.withOptions({ history: 'push' }));

  if (options.isPending) return <Spinner label="Loading your order history…" />;
  if (options.isError) return <Notice tone="error">{errorMessage(options.error, 'The replay options could not be loaded. Reload the page to try again.')}</Notice>;
  if (!options.data.orderHistory) {
    return (
      <EmptyState
        title="No order history to replay yet"
        action={
          <Link href={`/${org}/imports`} className={buttonClasses('primary', 'sm')}>
            Import orders
          </Link>
        }
      >
        A replay runs your own past orders through each stocking policy. Import at least {options.data.limits.minHistoryWeeks + 4} weeks of order history
        (orders with their region, SKUs and quantities) to start one.
      </EmptyState>
    );
  }

  return (
    <div className="space-y-8">
      {openId ? (
        <section aria-labelledby="open-replay" className="space-y-3">
          <div className="flex items-center justify-between gap-3">
            <h2 id="open-replay" className="sr-only">
              Open replay
            </h2>
            <button type="button" className="text-sm text-brand-700 hover:underline" onClick={() => void setOpenId(null)}>
              ← All replays
            </button>
          </div>
          <ReplayView org={org} id={openId} currency={currency} timezone={timezone} canWrite={canWrite} onDeleted={() => void setOpenId(null)} />
        </section>
      ) : null}
      {canWrite && !openId ? (
        <section aria-labelledby="new-replay" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="new-replay" className="mb-4 text-lg font-semibold text-slate-900">
            New replay
          </h2>
          <ReplayForm org={org} options={options.data} onStarted={(id) => void setOpenId(id)} />
        </section>
      ) : null}
      {!canWrite && !openId ? <Notice>Viewers can open saved replays; a planner or admin starts new ones.</Notice> : null}
      {!openId ? (
        <section aria-labelledby="saved-replays" className="space-y-3">
          <h2 id="saved-replays" className="text-lg font-semibold text-slate-900">
            Saved replays
          </h2>
          <SavedReplaysTable org={org} currency={currency} timezone={timezone} onOpen={(id) => void setOpenId(id)} />
        </section>
      ) : null}
    </div>
  );
}
