'use client';
import { useQuery } from '@tanstack/react-query';
import { REPLAY_POLICY_TEXT, type ReplayPolicyValue } from '@/server/services/replay/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDateTime } from '../../../../_components/format/date';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { DataTable, type Column } from '../../../../_components/tables/data-table';
import { formatMoney, formatPercent } from '../../../../_components/tables/cell-format';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';
import { ReplayStatusBadge } from './replay-status-badge';

/** Saved replays, newest first; a name opens one. Refreshes every few seconds while one is running. */
export function SavedReplaysTable({ org, currency, timezone, onOpen }: { org: string; currency: string; timezone: string; onOpen: (id: string) => void }) {
  const trpc = useTRPC();
  const list = useQuery(
    trpc.replay.list.queryOptions({ org }, { refetchInterval: (q) => (q.state.data?.some((r) => r.status === 'queued' || r.status === 'running') ? 3000 : false) }),
  );
  if (list.isPending) return <Spinner label="Loading saved replays…" />;
  if (list.isError) return <Notice tone="error">{errorMessage(list.error, 'The saved replays could not be loaded.')}</Notice>;
  type Row = (typeof list.data)[number];
  const headlineOf = (r: Row, policy: string) => r.headline?.find((h) => h.policy === policy);
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: 'Replay',
      cell: (r) => (
        <button type="button" className="text-left font-medium text-brand-700 hover:underline" onClick={() => onOpen(r.id)}>
          {r.name}
        </button>
      ),
      sortValue: (r) => r.name,
      csv: (r) => r.name,
      filterText: (r) => r.name,
    },
    { key: 'status', header: 'Status', cell: (r) => <ReplayStatusBadge status={r.status} />, sortValue: (r) => r.status, csv: (r) => r.status },
    {
      key: 'period',
      header: 'Period',
      cell: (r) => `${String((r.parameters as { from?: string }).from ?? '')} to ${String((r.parameters as { to?: string }).to ?? '')}`,
      csv: (r) => `${String((r.parameters as { from?: string }).from ?? '')}..${String((r.parameters as { to?: string }).to ?? '')}`,
    },
    {
      key: 'policies',
      header: 'Policies',
      cell: (r) => ((r.parameters as { policies?: ReplayPolicyValue[] }).policies ?? []).map((p) => REPLAY_POLICY_TEXT[p]?.label ?? p).join(', '),
      csv: (r) => ((r.parameters as { policies?: string[] }).policies ?? []).join(' '),
    },
    { key: 'skus', header: 'SKUs', align: 'right', cell: (r) => r.skuCount ?? '—', sortValue: (r) => r.skuCount, csv: (r) => r.skuCount ?? '' },
    { key: 'fill', header: "Footprint's fill", align: 'right', cell: (r) => formatPercent(headlineOf(r, 'footprint')?.lineFillRate), csv: (r) => headlineOf(r, 'footprint')?.lineFillRate ?? '' },
    {
      key: 'value',
      header: "Footprint's stock value",
      align: 'right',
      cell: (r) => formatMoney(headlineOf(r, 'footprint')?.averageInventoryValue, currency),
      csv: (r) => headlineOf(r, 'footprint')?.averageInventoryValue ?? '',
    },
    { key: 'created', header: 'Started', cell: (r) => formatDateTime(r.createdAt, timezone), sortValue: (r) => r.createdAt, csv: (r) => r.createdAt.toISOString() },
  ];
  return (
    <DataTable
      rows={list.data}
      rowKey={(r) => r.id}
      columns={columns}
      caption="Saved replays"
      csvName={['replays', org]}
      testId="saved-replays"
      initialSort={{ key: 'created', direction: 'desc' }}
      empty={<EmptyState title="No replays yet">Start one above: it runs in the background and is saved here, so you can reopen it later.</EmptyState>}
    />
  );
}
