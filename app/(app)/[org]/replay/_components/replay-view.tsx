'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { formatDateTime } from '../../../../_components/format/date';
import { errorCode, errorMessage } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';
import { ReplayResult } from './replay-result';
import { ReplayStatusBadge } from './replay-status-badge';

/** One replay: progress while it runs (polled every second), its figures once done, or why it failed. */
export function ReplayView({
  org,
  id,
  currency,
  timezone,
  canWrite,
  onDeleted,
}: {
  org: string;
  id: string;
  currency: string;
  timezone: string;
  canWrite: boolean;
  onDeleted: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const replay = useQuery(
    trpc.replay.get.queryOptions(
      { org, id },
      { refetchInterval: (q) => (q.state.data && (q.state.data.status === 'queued' || q.state.data.status === 'running') ? 1000 : false) },
    ),
  );
  const remove = useMutation(
    trpc.replay.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.replay.list.queryKey({ org }) });
        onDeleted();
      },
    }),
  );

  if (replay.isPending) return <Spinner label="Opening the replay…" />;
  if (replay.isError) {
    return (
      <Notice tone="error">
        {errorCode(replay.error) === 'NOT_FOUND' ? 'This replay does not exist any more (it may have been deleted).' : errorMessage(replay.error)}
      </Notice>
    );
  }
  const r = replay.data;
  const running = r.status === 'queued' || r.status === 'running';
  const params = r.parameters as { from?: string; to?: string };
  return (
    <div className="space-y-5" data-testid="replay-view">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <div className="flex items-center gap-3">
            <h2 className="text-xl font-semibold text-slate-900">{r.name}</h2>
            <ReplayStatusBadge status={r.status} />
          </div>
          <p className="text-sm text-slate-600">
            {params.from} to {params.to} · started {formatDateTime(r.createdAt, timezone)}
            {r.createdBy ? ` by ${r.createdBy}` : ''}
          </p>
        </div>
        {canWrite ? (
          <Button
            variant="danger"
            size="sm"
            pending={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the replay "${r.name}"? Its figures are lost.`)) remove.mutate({ org, id });
            }}
          >
            Delete
          </Button>
        ) : null}
      </div>
      {remove.isError ? <Notice tone="error">{errorMessage(remove.error)}</Notice> : null}
      {running ? (
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="replay-progress">
          <div className="flex items-center gap-2 text-sm text-slate-700">
            <Spinner />
            <span>{r.phase ?? (r.status === 'queued' ? 'Waiting to start…' : 'Working…')}</span>
          </div>
          <div
            className="h-2 w-full overflow-hidden rounded bg-slate-100"
            role="progressbar"
            aria-label="Replay progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(r.progress * 100)}
          >
            <div className="h-full bg-brand-600 transition-all" style={{ width: `${Math.round(r.progress * 100)}%` }} />
          </div>
          <p className="text-xs text-slate-500">{Math.round(r.progress * 100)} % · you can leave this page; the replay keeps running and is saved.</p>
        </div>
      ) : null}
      {r.status === 'failed' ? <Notice tone="error">{r.error ?? 'The replay failed.'}</Notice> : null}
      {r.status === 'succeeded' && r.results ? <ReplayResult name={r.name} results={r.results} currency={currency} /> : null}
    </div>
  );
}
