'use client';
import { useId, useState, type FormEvent } from 'react';
import { planningSettingsSchema, stockingModes, type PlanningSettings, type StockingMode } from '@/server/services/planning-settings/schemas';
import { fieldErrors, formError } from '../../../../../_components/forms/trpc-error';
import { Button } from '../../../../../_components/ui/button';
import { TextField } from '../../../../../_components/ui/field';
import { Notice } from '../../../../../_components/ui/notice';
import { SelectField } from '../../../../../_components/ui/select';
import { issuesByPath } from '../../../transfers/_components/lines-editor';

export const MODE_LABEL: Record<StockingMode, string> = {
  'every-node': 'At every location that serves demand',
  central: 'Centrally only, shipped from there',
  'demand-share': 'Where a location carries enough of the demand',
};

const CLASSES = ['A', 'B', 'C'] as const;
type Cls = (typeof CLASSES)[number];

const CLASS_HINT: Record<Cls, string> = {
  A: 'the few SKUs that make most of your consumption value',
  B: 'the middle',
  C: 'the long tail (often slow movers worth holding in one place)',
};

/** Every field as the text in its input; numbers are parsed on submit and checked by the server's schema. */
interface Draft {
  mode: Record<Cls, StockingMode>;
  share: Record<Cls, string>;
  aShare: string;
  bShare: string;
  service: Record<Cls, string>;
  horizonWeeks: string;
  reviewPeriodDays: string;
  nightlyEnabled: boolean;
  nightlyHour: string;
  runsToKeep: string;
}

function toDraft(s: PlanningSettings): Draft {
  const per = <T,>(f: (c: Cls) => T) => ({ A: f('A'), B: f('B'), C: f('C') });
  return {
    mode: per((c) => s.stockingPolicy[c].mode),
    share: per((c) => (s.stockingPolicy[c].minDemandShare !== undefined ? String(s.stockingPolicy[c].minDemandShare) : '0.2')),
    aShare: String(s.abcCuts.aShare),
    bShare: String(s.abcCuts.bShare),
    service: per((c) => String(s.defaultServiceLevels[c])),
    horizonWeeks: String(s.horizonWeeks),
    reviewPeriodDays: String(s.reviewPeriodDays),
    nightlyEnabled: s.nightlyEnabled,
    nightlyHour: String(s.nightlyHour),
    runsToKeep: String(s.runsToKeep),
  };
}

/** Text to number; blank or not a number becomes NaN so the schema's own message is shown. */
const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

function fromDraft(d: Draft): unknown {
  const per = <T,>(f: (c: Cls) => T) => ({ A: f('A'), B: f('B'), C: f('C') });
  return {
    stockingPolicy: per((c) => (d.mode[c] === 'demand-share' ? { mode: d.mode[c], minDemandShare: num(d.share[c]) } : { mode: d.mode[c] })),
    abcCuts: { aShare: num(d.aShare), bShare: num(d.bShare) },
    defaultServiceLevels: per((c) => num(d.service[c])),
    horizonWeeks: num(d.horizonWeeks),
    reviewPeriodDays: num(d.reviewPeriodDays),
    nightlyEnabled: d.nightlyEnabled,
    nightlyHour: num(d.nightlyHour),
    runsToKeep: num(d.runsToKeep),
  };
}

/** "0.95" → "= 95 %" beside a fraction field. */
function percentHint(text: string, extra?: string): string | undefined {
  const v = num(text);
  const pct = Number.isFinite(v) ? `= ${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(v * 100)} %` : undefined;
  return [pct, extra].filter(Boolean).join(' · ') || undefined;
}

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

export interface PlanningSettingsFormProps {
  initial: PlanningSettings;
  timezone: string;
  canEdit: boolean;
  pending: boolean;
  /** The last save's error (a TRPCClientError): field messages and the form's message are read from it. */
  error: unknown;
  saved: boolean;
  onSubmit: (settings: PlanningSettings) => void;
}

/**
 * The tenant's planning settings: stocking policy per ABC class, ABC cuts, default service levels,
 * horizon and review period, the nightly run and how many runs to keep. Validated with the server's zod
 * schema before sending; the server validates again and audits the change.
 */
export function PlanningSettingsForm({ initial, timezone, canEdit, pending, error, saved, onSubmit }: PlanningSettingsFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const errors = { ...(dirty ? {} : fieldErrors(error)), ...clientErrors };
  const update = (change: Partial<Draft>, field?: string) => {
    setDraft((d) => ({ ...d, ...change }));
    setDirty(true);
    if (field) setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(field))));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = planningSettingsSchema.safeParse(fromDraft(draft));
    if (!parsed.success) {
      setClientErrors(issuesByPath(parsed.error.issues));
      return;
    }
    setClientErrors({});
    setDirty(false);
    onSubmit(parsed.data);
  }

  const cShare = 1 - num(draft.aShare) - num(draft.bShare);
  const serverMessage = !dirty && error ? formError(error) : null;
  const disabled = !canEdit || pending;

  return (
    <form onSubmit={submit} noValidate className="max-w-4xl space-y-6" data-testid="planning-settings-form" aria-describedby={Object.keys(clientErrors).length ? `${id}-summary` : undefined}>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" disabled={disabled}>
        <legend className="px-1 text-base font-semibold text-slate-900">Where each class is stocked</legend>
        <p className="text-sm text-slate-600">Which locations hold a SKU, by its ABC class. A SKU can have its own rule below.</p>
        {CLASSES.map((c) => (
          <div key={c} className="grid gap-3 sm:grid-cols-[1fr_14rem]">
            <SelectField
              id={`${id}-mode-${c}`}
              label={`Class ${c}`}
              hint={CLASS_HINT[c]}
              value={draft.mode[c]}
              onChange={(e) => update({ mode: { ...draft.mode, [c]: e.target.value as StockingMode } }, `stockingPolicy.${c}`)}
              options={stockingModes.map((m) => ({ value: m, label: MODE_LABEL[m] }))}
              error={errors[`stockingPolicy.${c}.mode`]}
            />
            {draft.mode[c] === 'demand-share' ? (
              <TextField
                id={`${id}-share-${c}`}
                label="Minimum share of demand"
                inputMode="decimal"
                value={draft.share[c]}
                onChange={(e) => update({ share: { ...draft.share, [c]: e.target.value } }, `stockingPolicy.${c}`)}
                hint={percentHint(draft.share[c])}
                error={errors[`stockingPolicy.${c}.minDemandShare`]}
              />
            ) : null}
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" disabled={disabled}>
        <legend className="px-1 text-base font-semibold text-slate-900">ABC classes and service levels</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField id={`${id}-a-share`} label="A: share of consumption value" inputMode="decimal" value={draft.aShare} onChange={(e) => update({ aShare: e.target.value }, 'abcCuts')} hint={percentHint(draft.aShare)} error={errors['abcCuts.aShare']} />
          <TextField id={`${id}-b-share`} label="B: the next share" inputMode="decimal" value={draft.bShare} onChange={(e) => update({ bShare: e.target.value }, 'abcCuts')} hint={percentHint(draft.bShare)} error={errors['abcCuts.bShare']} />
          <div className="space-y-1">
            <span className="block text-sm font-medium text-slate-800">C: the rest</span>
            <p className="py-2 text-sm text-slate-700" aria-live="polite">
              {Number.isFinite(cShare) && cShare > 0 ? `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(cShare * 100)} % of consumption value` : '—'}
            </p>
          </div>
        </div>
        <p className="text-sm text-slate-600">Cycle-service level per class, used where a region has no SLA in force (an SLA’s fill-rate or service target always wins).</p>
        <div className="grid gap-3 sm:grid-cols-3">
          {CLASSES.map((c) => (
            <TextField key={c} id={`${id}-service-${c}`} label={`Class ${c} service level`} inputMode="decimal" value={draft.service[c]} onChange={(e) => update({ service: { ...draft.service, [c]: e.target.value } }, `defaultServiceLevels.${c}`)} hint={percentHint(draft.service[c])} error={errors[`defaultServiceLevels.${c}`]} />
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" disabled={disabled}>
        <legend className="px-1 text-base font-semibold text-slate-900">Runs</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField id={`${id}-horizon`} label="Planning horizon" inputMode="numeric" value={draft.horizonWeeks} onChange={(e) => update({ horizonWeeks: e.target.value }, 'horizonWeeks')} hint="weeks forecast ahead (4 to 52)" error={errors.horizonWeeks} />
          <TextField id={`${id}-review`} label="Review period" inputMode="numeric" value={draft.reviewPeriodDays} onChange={(e) => update({ reviewPeriodDays: e.target.value }, 'reviewPeriodDays')} hint="days between orders of a SKU (order-up-to covers it)" error={errors.reviewPeriodDays} />
          <TextField id={`${id}-keep`} label="Runs to keep" inputMode="numeric" value={draft.runsToKeep} onChange={(e) => update({ runsToKeep: e.target.value }, 'runsToKeep')} hint="older runs and their results are deleted" error={errors.runsToKeep} />
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <label className="flex h-10 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" checked={draft.nightlyEnabled} onChange={(e) => update({ nightlyEnabled: e.target.checked }, 'nightly')} className="size-4 rounded border-slate-300" />
            Run planning every night
          </label>
          <div className="w-44">
            <SelectField
              id={`${id}-hour`}
              label="At"
              value={draft.nightlyHour}
              disabled={!draft.nightlyEnabled || disabled}
              onChange={(e) => update({ nightlyHour: e.target.value }, 'nightlyHour')}
              options={Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) }))}
              hint={timezone}
              error={errors.nightlyHour}
            />
          </div>
        </div>
      </fieldset>

      {Object.keys(clientErrors).length > 0 ? (
        <Notice tone="error" id={`${id}-summary`}>
          Check the highlighted fields: {Object.values(clientErrors)[0]}
        </Notice>
      ) : null}
      {serverMessage ? <Notice tone="error">{serverMessage}</Notice> : null}
      {saved && !dirty && !error ? <Notice tone="success">Saved. The next planning run uses these settings.</Notice> : null}
      {canEdit ? (
        <Button type="submit" pending={pending} pendingText="Saving…">
          Save planning settings
        </Button>
      ) : null}
    </form>
  );
}
