'use client';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { classPolicySchema, stockingModes, type PlanningSettingsView, type StockingMode } from '@/server/services/planning-settings/schemas';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_components/forms/trpc-error';
import { formatPercent } from '../../../../../_components/tables/cell-format';
import { Button } from '../../../../../_components/ui/button';
import { TextField } from '../../../../../_components/ui/field';
import { Notice } from '../../../../../_components/ui/notice';
import { SelectField } from '../../../../../_components/ui/select';
import { RecordPicker, type PickedRecord } from '../../../stock/_components/record-picker';
import { MODE_LABEL } from './planning-settings-form';

/** SKUs stocked by their own rule instead of their class's: list, add (or change) and remove. */
export function SkuOverrides({ org, overrides, canEdit, onChanged }: { org: string; overrides: PlanningSettingsView['skuOverrides']; canEdit: boolean; onChanged: () => unknown }) {
  const trpc = useTRPC();
  const id = useId();
  const [sku, setSku] = useState<PickedRecord | null>(null);
  const [mode, setMode] = useState<StockingMode>('central');
  const [share, setShare] = useState('0.2');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const set = useMutation(trpc.planningSettings.setSkuPolicy.mutationOptions({ onSuccess: () => onChanged() }));

  function add() {
    const errors: Record<string, string> = {};
    if (!sku) errors.sku = 'Pick a SKU.';
    const policy = classPolicySchema.safeParse(mode === 'demand-share' ? { mode, minDemandShare: share.trim() === '' ? Number.NaN : Number(share) } : { mode });
    if (!policy.success) errors.share = policy.error.issues[0]?.message ?? 'Check the share.';
    setProblem(errors);
    if (!sku || !policy.success) return;
    set.mutate({ org, skuId: sku.id, policy: policy.data }, { onSuccess: () => setSku(null) });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="max-w-4xl space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="sku-overrides">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        SKUs with their own stocking rule
      </h2>
      {overrides.length === 0 ? (
        <p className="text-sm text-slate-600">None: every SKU follows its ABC class. Give a SKU its own rule when you know better, e.g. a bulky C item you still want at every regional center.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {overrides.map((o) => (
            <li key={o.skuId} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <span>
                <span className="font-medium text-slate-900">{o.skuCode}</span> · {o.skuName}: {MODE_LABEL[o.policy.mode]}
                {o.policy.mode === 'demand-share' && o.policy.minDemandShare !== undefined ? ` (at least ${formatPercent(o.policy.minDemandShare)} of demand)` : ''}
              </span>
              {canEdit ? (
                <Button size="sm" variant="ghost" onClick={() => set.mutate({ org, skuId: o.skuId, policy: null })} disabled={set.isPending} aria-label={`Remove the rule of ${o.skuCode}`}>
                  Follow its class again
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <div className="grid gap-3 border-t border-slate-100 pt-3 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-end">
          <RecordPicker org={org} kind="sku" id={`${id}-sku`} label="SKU" value={sku} onChange={setSku} error={problem.sku} />
          <SelectField id={`${id}-mode`} label="Stock it" value={mode} onChange={(e) => setMode(e.target.value as StockingMode)} options={stockingModes.map((m) => ({ value: m, label: MODE_LABEL[m] }))} />
          {mode === 'demand-share' ? <TextField id={`${id}-share`} label="Minimum share" inputMode="decimal" value={share} onChange={(e) => setShare(e.target.value)} error={problem.share} /> : <span />}
          <Button onClick={add} pending={set.isPending} pendingText="Saving…">
            Set rule
          </Button>
        </div>
      ) : null}
      {set.error ? <Notice tone="error">{errorMessage(set.error)}</Notice> : null}
    </section>
  );
}
