'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { updateOrganizationInput } from '@/server/services/organizations/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { TextField } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';

/** Rename the organization or change its currency or time zone (admins), validated with the server's schema. */
export function OrganizationForm({ org, initial }: { org: string; initial: { name: string; currency: string; timezone: string } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const update = useMutation(
    trpc.organization.update.mutationOptions({
      onSuccess: (result) => {
        setSaved(result.rekeyedKpiRows > 0 ? `Saved. The daily KPIs were re-keyed to ${result.timezone} (${result.rekeyedKpiRows.toLocaleString()} days).` : 'Saved.');
        router.refresh();
      },
    }),
  );
  const errors = { ...fieldErrors(update.error), ...clientErrors };
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => {
    setSaved(null);
    setValues((v) => ({ ...v, [name]: e.target.value }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = updateOrganizationInput.safeParse(values);
    if (!parsed.success) {
      const out: Record<string, string> = {};
      for (const issue of parsed.error.issues) out[issue.path.join('.')] ??= issue.message;
      setClientErrors(out);
      return;
    }
    setClientErrors({});
    update.mutate({ org, ...parsed.data });
  }

  const currencyChanged = values.currency.trim().toUpperCase() !== initial.currency;
  const zoneChanged = values.timezone.trim() !== initial.timezone;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="organization-form">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="org-name" label="Name *" value={values.name} onChange={set('name')} error={errors.name} />
        <TextField id="org-currency" label="Currency *" value={values.currency} onChange={set('currency')} error={errors.currency} maxLength={3} hint="ISO 4217 code, e.g. USD, EUR, CAD." />
        <TextField id="org-timezone" label="Time zone *" value={values.timezone} onChange={set('timezone')} error={errors.timezone} list="org-timezones" hint="IANA name, e.g. America/Chicago." />
        <datalist id="org-timezones">
          {Intl.supportedValuesOf('timeZone').map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      {currencyChanged ? <Notice tone="warning">Amounts are not converted: every price, cost and value is shown in the new currency as it is.</Notice> : null}
      {zoneChanged ? <Notice tone="info">Days, weeks and the nightly planning run follow the new time zone; the daily KPIs are re-keyed when you save.</Notice> : null}
      {formError(update.error) ? <Notice tone="error">{formError(update.error)}</Notice> : null}
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      <Button type="submit" pending={update.isPending} pendingText="Saving…">
        Save organization
      </Button>
    </form>
  );
}
