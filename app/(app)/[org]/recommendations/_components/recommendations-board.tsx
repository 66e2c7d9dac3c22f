'use client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { recommendationKinds, recommendationPriorities, type RecommendationKind } from '@/server/services/recommendations/schemas';
import type { AcceptResult, RecommendationGroup, RecommendationView } from '@/server/services/recommendations/types';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { formatMoney, formatUnits } from '../../../../_components/tables/cell-format';
import { Button, buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { inputClasses } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';
import { Select } from '../../../../_components/ui/select';
import { Spinner } from '../../../../_components/ui/spinner';
import { DismissDialog, SnoozeDialog } from './decision-dialogs';
import { isValidQty, PRIORITY_LABEL, RecommendationCard } from './recommendation-card';
import { useLatestRun } from './run-planning';

const STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'snoozed', label: 'Snoozed' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'dismissed', label: 'Dismissed' },
  { value: 'superseded', label: 'Replaced by a newer run' },
] as const;
type Status = (typeof STATUS_OPTIONS)[number]['value'];

const KIND_LABEL: Record<RecommendationKind, string> = {
  replenish: 'Buy',
  transfer: 'Move stock',
  centralize: 'Hold centrally',
  decentralize: 'Hold closer to demand',
  inbound_split: 'Split arrivals',
};

const KIND_HINT: Record<RecommendationKind, string> = {
  replenish: 'Purchase orders to suppliers where the stock position falls below the reorder point. Accepted ones become draft purchase orders, one per supplier and arrival location.',
  transfer: 'Moves from locations with surplus to locations short of their targets, at the lowest freight cost. Accepted ones become draft transfers, one per lane.',
  centralize: 'SKUs whose demand is better served from the central location: pooling cuts safety stock.',
  decentralize: 'SKUs with enough regional demand to stock closer to customers and meet the SLA.',
  inbound_split: 'How an arriving purchase order is best split across locations to even out days of supply.',
};

type Dialog = { kind: 'dismiss' | 'snooze'; ids: string[] } | null;

/**
 * The current run's recommendations as cards, grouped by kind (highest impact first within a group), with
 * filters, selection and bulk accept / dismiss / snooze. Accepted ones link to what they created.
 */
export function RecommendationsBoard({ org, currency, timezone, today, canAct, roleHint }: { org: string; currency: string; timezone: string; today: string; canAct: boolean; roleHint: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('open');
  const [kind, setKind] = useState<RecommendationKind | ''>('');
  const [priority, setPriority] = useState<(typeof recommendationPriorities)[number] | ''>('');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [limitPerKind, setLimitPerKind] = useState(20);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [qty, setQty] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [result, setResult] = useState<AcceptResult | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const [cardErrors, setCardErrors] = useState<Record<string, string>>({});
  const [pendingIds, setPendingIds] = useState<Set<string>>(new Set());
  const [bulkError, setBulkError] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  const input = { org, status, limitPerKind, ...(kind ? { kind } : {}), ...(priority ? { priority } : {}), ...(search ? { search } : {}) };
  const list = useQuery(trpc.recommendations.list.queryOptions(input, { placeholderData: keepPreviousData }));
  const latestRun = useLatestRun(org);
  const groups = useMemo(() => list.data?.groups ?? [], [list.data]);
  const visible = useMemo(() => new Map(groups.flatMap((g) => g.items).map((r) => [r.id, r])), [groups]);
  const selectedIds = [...selected].filter((id) => visible.has(id));
  const narrowed = Boolean(kind || priority || search);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.transfers.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.purchaseOrders.pathKey() });
  };
  const accept = useMutation(trpc.recommendations.accept.mutationOptions());
  const dismiss = useMutation(trpc.recommendations.dismiss.mutationOptions());
  const snooze = useMutation(trpc.recommendations.snooze.mutationOptions());

  const qtyOf = (r: RecommendationView) => qty[r.id] ?? (r.qty !== null ? String(r.qty) : '');

  async function runAccept(ids: string[]) {
    const recs = ids.map((id) => visible.get(id)).filter((r): r is RecommendationView => Boolean(r));
    const invalid = recs.filter((r) => r.qty !== null && !isValidQty(qtyOf(r)));
    if (invalid.length) {
      setCardErrors(Object.fromEntries(invalid.map((r) => [r.id, 'Enter a whole number of units, at least 1, before accepting.'])));
      return;
    }
    setCardErrors({});
    setBulkError(null);
    setResult(null);
    setDecided(null);
    setPendingIds(new Set(ids));
    try {
      const items = recs.map((r) => ({ recommendationId: r.id, ...(r.qty !== null && Number(qtyOf(r)) !== r.qty ? { qty: Number(qtyOf(r)) } : {}) }));
      const answer = await accept.mutateAsync({ org, items });
      setResult(answer);
      setSelected(new Set());
      await refresh();
    } catch (error) {
      const message = errorMessage(error, 'The recommendations could not be accepted.');
      if (ids.length === 1 && ids[0]) setCardErrors({ [ids[0]]: message });
      else setBulkError(message);
    } finally {
      setPendingIds(new Set());
    }
  }

  async function runDecision(action: 'dismiss' | 'snooze', ids: string[], args: { reason?: string; until?: string }) {
    setResult(null);
    setDecided(null);
    try {
      if (action === 'dismiss') await dismiss.mutateAsync({ org, recommendationIds: ids, reason: args.reason ?? '' });
      else await snooze.mutateAsync({ org, recommendationIds: ids, until: args.until ?? '', ...(args.reason ? { reason: args.reason } : {}) });
      setDecided(action === 'dismiss' ? `Dismissed ${ids.length === 1 ? 'the recommendation' : `${ids.length} recommendations`}. The reason is in the audit log.` : `Snoozed ${ids.length === 1 ? 'the recommendation' : `${ids.length} recommendations`} until ${args.until}.`);
      setDialog(null);
      setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
      await refresh();
    } catch {
      // the dialog shows the mutation's error
    }
  }

  const toggle = (id: string, on: boolean) => setSelected((s) => { const next = new Set(s); if (on) next.add(id); else next.delete(id); return next; });
  const toggleGroup = (g: RecommendationGroup, on: boolean) => setSelected((s) => { const next = new Set(s); for (const r of g.items) if (r.status === 'open') { if (on) next.add(r.id); else next.delete(r.id); } return next; });

  const run = latestRun.data ?? null;
  const noRun = list.data && list.data.runId === null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter recommendations">
        <div className="w-full max-w-xs">
          <label htmlFor="rec-search" className="sr-only">Search SKU, location or reason</label>
          <input id="rec-search" type="search" placeholder="Search SKU, location or reason…" value={searchText} onChange={(e) => setSearchText(e.target.value)} className={inputClasses} />
        </div>
        <div className="w-52">
          <Select aria-label="Status" value={status} onChange={(e) => { setStatus(e.target.value as Status); setSelected(new Set()); }} options={STATUS_OPTIONS} data-testid="filter-rec-status" />
        </div>
        <div className="w-48">
          <Select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as RecommendationKind | '')} options={[{ value: '', label: 'Every kind' }, ...recommendationKinds.map((k) => ({ value: k, label: KIND_LABEL[k] }))]} />
        </div>
        <div className="w-40">
          <Select aria-label="Priority" value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)} options={[{ value: '', label: 'Any priority' }, ...recommendationPriorities.map((p) => ({ value: p, label: PRIORITY_LABEL[p] }))]} />
        </div>
        {list.isFetching && list.data ? <Spinner label="Updating…" className="text-slate-500" /> : null}
      </div>

      {!canAct ? <Notice tone="info" testId="recommendations-role-hint">You can read the recommendations. {roleHint}</Notice> : null}
      {bulkError ? <Notice tone="error" testId="accept-error">Nothing was accepted: {bulkError}</Notice> : null}
      {result ? <AcceptedNotice org={org} result={result} /> : null}
      {decided ? <Notice tone="success">{decided}</Notice> : null}

      {list.isError ? (
        <Notice tone="error">
          {errorMessage(list.error, 'The recommendations could not be loaded.')}{' '}
          <button type="button" className="underline" onClick={() => list.refetch()}>Try again</button>
        </Notice>
      ) : null}

      {list.isPending ? (
        <div className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white p-6 text-slate-600"><Spinner /> Loading recommendations…</div>
      ) : noRun ? (
        <EmptyState title="No planning run yet" action={canAct ? null : undefined}>
          Recommendations come from a planning run: it reads your order history, forecasts each SKU and region, sets stock targets and says what to buy, move or centralize. {canAct ? 'Use “Run planning” above.' : 'Ask a planner to run one.'} Without order history, <Link href={`/${org}/imports`} className="font-medium text-brand-700 underline">import it first</Link>.
        </EmptyState>
      ) : groups.length === 0 ? (
        narrowed ? (
          <EmptyState title="Nothing matches">
            <button type="button" className="font-medium text-brand-700 underline" onClick={() => { setKind(''); setPriority(''); setSearchText(''); }}>Clear the filters</button>
          </EmptyState>
        ) : run?.outcome === 'insufficient_history' ? (
          <EmptyState title="Not enough order history yet" action={<Link href={`/${org}/imports`} className={buttonClasses('primary')}>Import order history</Link>}>
            {run.message ?? 'Planning needs several weeks of orders per SKU and region.'}
          </EmptyState>
        ) : (
          <EmptyState title={status === 'open' ? 'Nothing to act on' : `No ${STATUS_OPTIONS.find((s) => s.value === status)?.label.toLowerCase()} recommendations`}>
            {status === 'open' ? 'Stock positions meet their targets in the latest run. The next run will say when that changes.' : 'Change the status filter to see the others.'}
          </EmptyState>
        )
      ) : (
        groups.map((g) => {
          const openItems = g.items.filter((r) => r.status === 'open');
          const allOn = openItems.length > 0 && openItems.every((r) => selected.has(r.id));
          return (
            <section key={g.kind} aria-labelledby={`group-${g.kind}`} className="space-y-3" data-testid={`recommendation-group-${g.kind}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-2">
                <div>
                  <h2 id={`group-${g.kind}`} className="text-lg font-semibold text-slate-900">
                    {g.label || KIND_LABEL[g.kind]} <span className="text-sm font-normal text-slate-500">· {g.total} · {formatUnits(g.totalUnits)} · {formatMoney(g.totalCost, currency)}</span>
                  </h2>
                  <p className="text-xs text-slate-500">{KIND_HINT[g.kind]}</p>
                </div>
                {canAct && openItems.length > 0 ? (
                  <label className="flex items-center gap-2 text-sm text-slate-700">
                    <input type="checkbox" checked={allOn} onChange={(e) => toggleGroup(g, e.target.checked)} className="size-4 rounded border-slate-300" />
                    Select all {openItems.length} shown
                  </label>
                ) : null}
              </div>
              <div className="grid gap-3 xl:grid-cols-2">
                {g.items.map((r) => (
                  <RecommendationCard
                    key={r.id}
                    org={org}
                    rec={r}
                    currency={currency}
                    timezone={timezone}
                    canAct={canAct}
                    selected={selected.has(r.id)}
                    onSelect={(on) => toggle(r.id, on)}
                    qtyText={qtyOf(r)}
                    onQtyText={(text) => { setQty((q) => ({ ...q, [r.id]: text })); setCardErrors((e) => { const { [r.id]: _, ...rest } = e; return rest; }); }}
                    onAccept={() => void runAccept([r.id])}
                    onDismiss={() => { dismiss.reset(); setDialog({ kind: 'dismiss', ids: [r.id] }); }}
                    onSnooze={() => { snooze.reset(); setDialog({ kind: 'snooze', ids: [r.id] }); }}
                    pending={pendingIds.has(r.id)}
                    error={cardErrors[r.id] ?? null}
                  />
                ))}
              </div>
              {g.total > g.items.length ? (
                <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
                  Showing the {g.items.length} with the highest impact of {g.total}.
                  {limitPerKind < 500 ? <Button variant="secondary" size="sm" onClick={() => setLimitPerKind((n) => Math.min(500, n * 2 + 10))}>Show more</Button> : 'Narrow with the filters to see the others.'}
                </div>
              ) : null}
            </section>
          );
        })
      )}

      {canAct && selectedIds.length > 0 ? (
        <div className="sticky bottom-4 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-brand-200 bg-white p-3 shadow-lg" role="region" aria-label="Selected recommendations" data-testid="bulk-actions">
          <span className="text-sm font-medium text-slate-900">{selectedIds.length} selected</span>
          <Button size="sm" onClick={() => void runAccept(selectedIds)} pending={accept.isPending} pendingText="Accepting…">Accept {selectedIds.length}</Button>
          <Button size="sm" variant="secondary" onClick={() => { dismiss.reset(); setDialog({ kind: 'dismiss', ids: selectedIds }); }}>Dismiss…</Button>
          {status === 'open' ? <Button size="sm" variant="secondary" onClick={() => { snooze.reset(); setDialog({ kind: 'snooze', ids: selectedIds }); }}>Snooze…</Button> : null}
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>Clear selection</Button>
        </div>
      ) : null}

      {dialog?.kind === 'dismiss' ? (
        <DismissDialog count={dialog.ids.length} pending={dismiss.isPending} error={dismiss.error ? errorMessage(dismiss.error) : null} onCancel={() => setDialog(null)} onConfirm={(reason) => void runDecision('dismiss', dialog.ids, { reason })} />
      ) : null}
      {dialog?.kind === 'snooze' ? (
        <SnoozeDialog count={dialog.ids.length} today={today} pending={snooze.isPending} error={snooze.error ? errorMessage(snooze.error) : null} onCancel={() => setDialog(null)} onConfirm={(until, reason) => void runDecision('snooze', dialog.ids, { until, reason })} />
      ) : null}
    </div>
  );
}

/** What accepting created, with links: the drafts are batched one per supplier x arrival and one per lane. */
function AcceptedNotice({ org, result }: { org: string; result: AcceptResult }) {
  const n = result.accepted.length;
  return (
    <Notice tone="success" testId="accept-result">
      <p>
        {n > 0 ? `Accepted ${n === 1 ? 'the recommendation' : `${n} recommendations`}.` : ''}
        {result.alreadyAccepted.length ? ` ${result.alreadyAccepted.length} had already been accepted: nothing new was created for ${result.alreadyAccepted.length === 1 ? 'it' : 'them'}.` : ''}
      </p>
      {result.transfers.length || result.purchaseOrders.length ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {result.transfers.map((t) => (
            <li key={t.id}>
              Draft transfer <Link href={`/${org}/transfers/${t.id}`} className="font-medium underline" data-testid="accepted-transfer-link">{t.number}</Link> ({t.lines} line{t.lines === 1 ? '' : 's'}): approve and ship it from its page.
            </li>
          ))}
          {result.purchaseOrders.map((p) => (
            <li key={p.id}>
              Draft purchase order <Link href={`/${org}/inbound/${p.id}`} className="font-medium underline" data-testid="accepted-purchase-order-link">{p.number}</Link> ({p.lines} line{p.lines === 1 ? '' : 's'}): check it and place it with the supplier.
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
