'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { useTRPC } from '../../../_trpc/client';
import { fieldErrors, formError } from '../../../_components/forms/trpc-error';
import { Button } from '../../../_components/ui/button';
import { TextField } from '../../../_components/ui/field';
import { Notice } from '../../../_components/ui/notice';

type Kind = 'importer' | 'provider';

const KINDS: { value: Kind; label: string; explanation: string }[] = [
  { value: 'importer', label: 'Importer', explanation: 'You own the stock: you keep locations, SKUs, stock and orders here, and plan where inventory should sit.' },
  { value: 'provider', label: '3PL provider', explanation: 'You run warehouses for clients. Importers grant your organization access to their data; your account managers then work in each client.' },
];

/** Name, kind, currency and time zone → account.createOrganization → the new organization. */
export function CreateOrganizationForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('importer');
  const [currency, setCurrency] = useState('USD');
  const [timezone, setTimezone] = useState('America/Chicago');
  const [zones, setZones] = useState<string[]>([]);

  // The browser's zone, after hydration (the server cannot know it).
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZone) setTimezone((current) => (current === 'America/Chicago' ? browserZone : current));
    setZones(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  }, []);

  const create = useMutation(
    trpc.account.createOrganization.mutationOptions({
      onSuccess: (org) => router.push(org.kind === 'provider' ? `/${org.slug}/settings` : `/${org.slug}/dashboard`),
    }),
  );
  const errors = fieldErrors(create.error);
  const done = create.isSuccess;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ name, kind, currency, timezone });
  }

  return (
    <form onSubmit={submit} className="space-y-5" data-testid="create-organization-form">
      <TextField id="org-name" name="name" label="Organization name" required minLength={2} maxLength={80} autoComplete="organization" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <fieldset aria-describedby={errors.kind ? 'org-kind-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          Kind of organization
        </legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {KINDS.map((k) => (
            <label key={k.value} className={`flex cursor-pointer items-start gap-3 rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500 ${kind === k.value ? 'border-brand-500 bg-brand-50' : 'border-slate-300 bg-white'}`}>
              <input type="radio" name="kind" value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} className="mt-0.5 accent-brand-600" />
              <span>
                <span className="block font-medium text-slate-900">{k.label}</span>
                <span className="mt-1 block text-slate-600">{k.explanation}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.kind ? (
          <p id="org-kind-error" className="mt-1 text-sm text-red-700">
            {errors.kind}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <TextField
          id="org-currency"
          name="currency"
          label="Currency"
          required
          maxLength={3}
          pattern="[A-Za-z]{3}"
          autoCapitalize="characters"
          hint="ISO code, e.g. USD"
          value={currency}
          onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          error={errors.currency}
        />
        <div>
          <TextField
            id="org-timezone"
            name="timezone"
            label="Time zone"
            required
            list="org-timezones"
            hint="Dates and daily figures use this zone."
            value={timezone}
            onChange={(e) => setTimezone(e.target.value)}
            error={errors.timezone}
          />
          <datalist id="org-timezones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </div>
      </div>
      {create.error ? <Notice tone="error">{formError(create.error)}</Notice> : null}
      <Button type="submit" className="w-full sm:w-auto" pending={create.isPending || done} pendingText={done ? 'Opening…' : 'Creating…'}>
        Create organization
      </Button>
    </form>
  );
}
