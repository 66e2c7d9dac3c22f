'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { AppRouter } from '@/server/trpc/root';
import { ABC_CLASSES, REPLAY_POLICY_TEXT, REPLAY_POLICY_VALUES, startReplayInput, type ReplayPolicyValue } from '@/server/services/replay/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage, fieldErrors } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { inputClasses, TextField } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';

type Options = inferRouterOutputs<AppRouter>['replay']['options'];
type SkuMode = 'all' | 'classes' | 'skus';

/** Start a replay: period, SKUs (all, by ABC class, or picked), policies, service target. Validated with the server's schema. */
export function ReplayForm({ org, options, onStarted }: { org: string; options: Options; onStarted: (id: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState('');
  const [from, setFrom] = useState(options.suggested?.from ?? '');
  const [to, setTo] = useState(options.suggested?.to ?? '');
  const [mode, setMode] = useState<SkuMode>('all');
  const [classes, setClasses] = useState<string[]>(['A']);
  const [picked, setPicked] = useState<string[]>([]);
  const [skuFilter, setSkuFilter] = useState('');
  const [policies, setPolicies] = useState<ReplayPolicyValue[]>(['footprint', 'independent']);
  const [useSla, setUseSla] = useState(true);
  const [fillRate, setFillRate] = useState('95');
  const [unmetDemand, setUnmetDemand] = useState<'lost' | 'backorder'>('lost');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const start = useMutation(
    trpc.replay.start.mutationOptions({
      onSuccess: async (row) => {
        await queryClient.invalidateQueries({ queryKey: trpc.replay.list.queryKey({ org }) });
        onStarted(row.id);
      },
      onError: (error) => setErrors(fieldErrors(error)),
    }),
  );

  const shownSkus = useMemo(() => {
    const needle = skuFilter.trim().toLowerCase();
    const list = needle ? options.skus.filter((s) => s.code.toLowerCase().includes(needle) || s.name.toLowerCase().includes(needle)) : options.skus;
    return list.slice(0, 200);
  }, [options.skus, skuFilter]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const skus = mode === 'all' ? { mode } : mode === 'classes' ? { mode, classes } : { mode, skuIds: picked };
    const parsed = startReplayInput.safeParse({
      name: name || undefined,
      from,
      to,
      skus,
      policies,
      unmetDemand,
      ...(useSla ? {} : { fillRateTarget: Number(fillRate) / 100 }),
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'form');
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    start.mutate({ org, ...parsed.data });
  }

  const history = options.orderHistory;
  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-describedby={`${id}-about`}>
      <p id={`${id}-about`} className="text-sm text-slate-600">
        Your orders run from {history?.firstDay} to {history?.lastDay}. The weeks before the period are the history each policy&apos;s first
        targets are computed from; targets are then recomputed every 4 weeks from what was known at the time.
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${id}-from`} label="First day" type="date" value={from} min={options.earliestStart ?? undefined} max={history?.lastDay} onChange={(e) => setFrom(e.target.value)} error={errors.from} required />
        <TextField id={`${id}-to`} label="Last day" type="date" value={to} max={history?.lastDay} onChange={(e) => setTo(e.target.value)} error={errors.to} hint="Up to 104 weeks." required />
        <TextField id={`${id}-name`} label="Name (optional)" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} error={errors.name} placeholder="e.g. Last year, A items" />
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">SKUs</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(
            [
              ['all', `All active SKUs (${options.skus.length}${options.skusTruncated ? '+' : ''})`],
              ['classes', 'By ABC class'],
              ['skus', 'Pick SKUs'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
              {label}
            </label>
          ))}
        </div>
        {mode === 'classes' ? (
          <div className="flex gap-4 text-sm" role="group" aria-label="ABC classes">
            {ABC_CLASSES.map((c) => (
              <label key={c} className="flex items-center gap-2">
                <input type="checkbox" checked={classes.includes(c)} onChange={(e) => setClasses(e.target.checked ? [...classes, c] : classes.filter((x) => x !== c))} />
                Class {c}
              </label>
            ))}
          </div>
        ) : null}
        {mode === 'skus' ? (
          <div className="space-y-2">
            <input className={inputClasses} aria-label="Filter SKUs" placeholder="Filter by code or name…" value={skuFilter} onChange={(e) => setSkuFilter(e.target.value)} />
            <div className="max-h-48 overflow-y-auto rounded-md border border-slate-200 p-2 text-sm" role="group" aria-label="SKUs to replay" data-testid="replay-sku-picker">
              {shownSkus.map((s) => (
                <label key={s.id} className="flex items-center gap-2 py-0.5">
                  <input type="checkbox" checked={picked.includes(s.id)} onChange={(e) => setPicked(e.target.checked ? [...picked, s.id] : picked.filter((x) => x !== s.id))} />
                  <span className="font-mono text-xs">{s.code}</span> <span className="text-slate-600">{s.name}</span>
                </label>
              ))}
              {shownSkus.length === 0 ? <p className="text-slate-500">No SKU matches.</p> : null}
            </div>
            <p className="text-xs text-slate-500">{picked.length} chosen.</p>
          </div>
        ) : null}
        {errors.skus ? <p className="text-sm text-red-700">{errors.skus}</p> : null}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Policies to compare</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {REPLAY_POLICY_VALUES.map((p) => {
            const unavailable = p === 'centralized' && !options.centralLocation;
            return (
              <label key={p} className={`flex gap-2 rounded-md border p-3 text-sm ${policies.includes(p) ? 'border-brand-500 bg-brand-50' : 'border-slate-200'} ${unavailable ? 'opacity-60' : ''}`}>
                <input
                  type="checkbox"
                  className="mt-0.5"
                  disabled={unavailable}
                  checked={policies.includes(p)}
                  onChange={(e) => setPolicies(e.target.checked ? [...policies, p] : policies.filter((x) => x !== p))}
                />
                <span>
                  <span className="font-medium text-slate-900">{REPLAY_POLICY_TEXT[p].label}</span>
                  <span className="block text-slate-600">{REPLAY_POLICY_TEXT[p].description}</span>
                  {p === 'min-max' ? (
                    <span className="block text-xs text-slate-500">
                      {options.minMax.targets > 0 ? `${options.minMax.targets} min/max levels from your latest planning run.` : 'No planning run has set min/max levels yet.'}
                    </span>
                  ) : null}
                  {p === 'centralized' ? (
                    <span className="block text-xs text-slate-500">
                      {options.centralLocation ? `From ${options.centralLocation.code} · ${options.centralLocation.name}.` : 'Mark one location as central to compare this.'}
                    </span>
                  ) : null}
                </span>
              </label>
            );
          })}
        </div>
        {errors.policies ? <p className="text-sm text-red-700">{errors.policies}</p> : null}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">Service target</legend>
        <div className="space-y-2 text-sm">
          <span className="block font-medium text-slate-800">Fill-rate target</span>
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-target`} checked={useSla} onChange={() => setUseSla(true)} />
            Each region&apos;s SLA
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-target`} checked={!useSla} onChange={() => setUseSla(false)} />
            One target for every region:
            <input
              className={`${inputClasses} w-24!`}
              type="number"
              min={50}
              max={99.9}
              step={0.1}
              aria-label="Fill-rate target (%)"
              value={fillRate}
              disabled={useSla}
              onChange={(e) => setFillRate(e.target.value)}
            />
            %
          </label>
          {errors.fillRateTarget ? <p className="text-sm text-red-700">{errors.fillRateTarget}</p> : null}
        </div>
        <div className="space-y-2 text-sm">
          <span className="block font-medium text-slate-800">Demand not served from stock</span>
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-unmet`} checked={unmetDemand === 'lost'} onChange={() => setUnmetDemand('lost')} />
            Is lost
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-unmet`} checked={unmetDemand === 'backorder'} onChange={() => setUnmetDemand('backorder')} />
            Is backordered and shipped when stock arrives
          </label>
        </div>
      </fieldset>

      {start.isError ? <Notice tone="error">{errorMessage(start.error)}</Notice> : null}
      <Button type="submit" pending={start.isPending} pendingText="Starting…" data-testid="start-replay">
        Run replay
      </Button>
    </form>
  );
}
