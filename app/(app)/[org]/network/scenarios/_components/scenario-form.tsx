'use client';
/**
 * Create or edit a scenario: its name, notes, which locations are open, and the comparison parameters. Validated
 * with the server's own schema before sending; the server's field messages are shown next to the fields.
 */
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { createScenarioInput } from '@/server/services/scenarios/schemas';
import type { NetworkParameters } from '@/server/services/network-compare/schemas';
import { useTRPCClient } from '../../../../../_trpc/client';
import { Button } from '../../../../../_components/ui/button';
import { inputClasses } from '../../../../../_components/ui/field';
import { Notice } from '../../../../../_components/ui/notice';
import { errorMessage, fieldErrors } from '../../../../../_components/forms/trpc-error';

export interface ScenarioFormValues {
  id?: string;
  name: string;
  notes: string;
  openLocationIds: string[];
  parameters: NetworkParameters;
}

const label = 'block text-sm font-medium text-slate-800';

export function ScenarioForm({ org, locations, initial, submitLabel }: { org: string; locations: { id: string; code: string; name: string }[]; initial: ScenarioFormValues; submitLabel: string }) {
  const client = useTRPCClient();
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [notes, setNotes] = useState(initial.notes);
  const [open, setOpen] = useState<string[]>(initial.openLocationIds);
  const [windowDays, setWindowDays] = useState(String(initial.parameters.windowDays));
  const [asOf, setAsOf] = useState(initial.parameters.asOf ?? '');
  const [review, setReview] = useState(String(initial.parameters.reviewPeriodDays));
  const [csl, setCsl] = useState(initial.parameters.serviceLevel === undefined ? '' : String(Math.round(initial.parameters.serviceLevel * 1000) / 10));
  const [slaMode, setSlaMode] = useState(initial.parameters.slaMode);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const toggle = (locationId: string) => setOpen((current) => (current.includes(locationId) ? current.filter((x) => x !== locationId) : [...current, locationId]));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const candidate = {
      name,
      notes,
      openLocationIds: open,
      parameters: {
        windowDays: Number(windowDays),
        asOf: asOf || undefined,
        reviewPeriodDays: Number(review),
        serviceLevel: csl === '' ? undefined : Number(csl) / 100,
        slaMode,
        latePenaltyPerUnitDay: initial.parameters.latePenaltyPerUnitDay,
      },
    };
    const parsed = createScenarioInput.safeParse(candidate);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[issue.path.join('.')] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const saved = initial.id ? await client.scenarios.update.mutate({ org, id: initial.id, ...parsed.data }) : await client.scenarios.create.mutate({ org, ...parsed.data });
      router.push(`/${org}/network/scenarios/${saved.id}`);
      router.refresh();
    } catch (e) {
      setErrors(fieldErrors(e));
      setFormError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  const error = (field: string) => (errors[field] ? <p id={`${id}-${field}-error`} className="mt-1 text-sm text-red-700">{errors[field]}</p> : null);
  const described = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-label={submitLabel} noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className={label}>Name *</label>
          <input id={`${id}-name`} className={`${inputClasses} w-full`} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} aria-invalid={errors.name ? true : undefined} aria-describedby={described('name')} />
          {error('name')}
        </div>
        <div>
          <label htmlFor={`${id}-notes`} className={label}>Notes</label>
          <input id={`${id}-notes`} className={`${inputClasses} w-full`} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={2000} />
        </div>
      </div>
      <fieldset aria-describedby={described('openLocationIds')}>
        <legend className={label}>Open locations *</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {locations.map((l) => (
            <label key={l.id} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" checked={open.includes(l.id)} onChange={() => toggle(l.id)} className="size-4" />
              <span>
                <span className="font-medium">{l.code}</span> {l.name}
              </span>
            </label>
          ))}
        </div>
        {error('openLocationIds')}
      </fieldset>
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor={`${id}-window`} className={label}>Demand history (days)</label>
          <input id={`${id}-window`} type="number" min={7} max={730} className={`${inputClasses} w-28`} value={windowDays} onChange={(e) => setWindowDays(e.target.value)} aria-describedby={described('parameters.windowDays')} />
          {error('parameters.windowDays')}
        </div>
        <div>
          <label htmlFor={`${id}-asof`} className={label}>Up to (blank: today)</label>
          <input id={`${id}-asof`} type="date" className={inputClasses} value={asOf} onChange={(e) => setAsOf(e.target.value)} aria-describedby={described('parameters.asOf')} />
          {error('parameters.asOf')}
        </div>
        <div>
          <label htmlFor={`${id}-review`} className={label}>Review period (days)</label>
          <input id={`${id}-review`} type="number" min={1} max={90} className={`${inputClasses} w-24`} value={review} onChange={(e) => setReview(e.target.value)} aria-describedby={described('parameters.reviewPeriodDays')} />
          {error('parameters.reviewPeriodDays')}
        </div>
        <div>
          <label htmlFor={`${id}-csl`} className={label}>Service level % (blank: SLAs)</label>
          <input id={`${id}-csl`} type="number" min={50.1} max={99.9} step={0.1} className={`${inputClasses} w-28`} value={csl} onChange={(e) => setCsl(e.target.value)} aria-describedby={described('parameters.serviceLevel')} />
          {error('parameters.serviceLevel')}
        </div>
        <div>
          <label htmlFor={`${id}-sla`} className={label}>Late deliveries</label>
          <select id={`${id}-sla`} className={inputClasses} value={slaMode} onChange={(e) => setSlaMode(e.target.value as 'penalty' | 'constraint')}>
            <option value="penalty">Allowed, at a penalty</option>
            <option value="constraint">Not allowed (hard SLA)</option>
          </select>
        </div>
      </div>
      <Button type="submit" pending={pending} pendingText="Saving and computing…" data-testid="scenario-submit">
        {submitLabel}
      </Button>
    </form>
  );
}
