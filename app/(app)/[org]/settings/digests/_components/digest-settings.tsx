'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { WEEKDAYS } from '@/server/services/digests/schemas';
import { useTRPC } from '../../../../../_trpc/client';
import { fieldErrors, formError, errorMessage } from '../../../../../_components/forms/trpc-error';
import { formatDate, formatDateTime } from '../../../../../_components/format/date';
import { Button } from '../../../../../_components/ui/button';
import { Notice } from '../../../../../_components/ui/notice';
import { SelectField } from '../../../../../_components/ui/select';
import { Spinner } from '../../../../../_components/ui/spinner';
import { DeliveryHistory } from './delivery-history';
import { DigestPreview } from './digest-preview';
import { HOURS, timeZoneOptions } from './time-zones';

export interface DigestOrg {
  slug: string;
  name: string;
  kind: 'importer' | 'provider';
  timezone: string;
}

type Cadence = 'weekly' | 'daily' | 'off';

const CADENCES = [
  { value: 'weekly', label: 'Weekly' },
  { value: 'daily', label: 'Daily' },
  { value: 'off', label: 'Off' },
];
const WHEN_EMPTY = [
  { value: 'note', label: 'Send a short “no activity” note' },
  { value: 'skip', label: 'Skip that digest' },
];

export function DigestSettings({ org }: { org: DigestOrg }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prefs = useQuery(trpc.digests.preferences.queryOptions({ org: org.slug }));
  const [form, setForm] = useState<{ cadence: Cadence; weekday: number; hour: number; timezone: string; whenEmpty: 'note' | 'skip' } | null>(null);
  const [saved, setSaved] = useState(false);
  const [showPreview, setShowPreview] = useState(false);

  useEffect(() => {
    if (prefs.data && !form) setForm({ cadence: prefs.data.cadence, weekday: prefs.data.weekday, hour: prefs.data.hour, timezone: prefs.data.timezone, whenEmpty: prefs.data.whenEmpty });
  }, [prefs.data, form]);

  const refresh = (data: NonNullable<typeof prefs.data>) => queryClient.setQueryData(trpc.digests.preferences.queryKey({ org: org.slug }), data);
  const update = useMutation(trpc.digests.update.mutationOptions({ onMutate: () => setSaved(false), onSuccess: (data) => (refresh(data), setSaved(true)) }));
  const resume = useMutation(trpc.digests.resume.mutationOptions({ onSuccess: refresh }));
  const sendNow = useMutation(
    trpc.digests.sendNow.mutationOptions({ onSuccess: () => setTimeout(() => void queryClient.invalidateQueries({ queryKey: trpc.digests.preferences.queryKey({ org: org.slug }) }), 3000) }),
  );

  if (prefs.isPending || !form) return <Spinner label="Loading your digest settings…" />;
  if (prefs.isError) return <Notice tone="error">{errorMessage(prefs.error)}</Notice>;
  const p = prefs.data;
  const errors = fieldErrors(update.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form) update.mutate({ org: org.slug, ...form });
  }

  return (
    <div className="space-y-6">
      {p.pausedAt ? (
        <Notice tone="warning" testId="digest-paused">
          <p className="font-medium">Your digest is paused since {formatDateTime(p.pausedAt, p.timezone)}.</p>
          <p className="mt-1">{p.pauseReason}</p>
          <p className="mt-1">Check the address on your account, then resume: nothing is sent until you do.</p>
          <Button size="sm" variant="secondary" className="mt-2" pending={resume.isPending} onClick={() => resume.mutate({ org: org.slug })}>
            Resume my digest
          </Button>
        </Notice>
      ) : null}

      <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="digest-schedule">
        <h2 id="digest-schedule" className="text-lg font-semibold text-slate-900">
          When you get it
        </h2>
        <p className="mt-1 text-sm text-slate-600" data-testid="digest-next">
          {p.nextSendAt && p.nextPeriod
            ? `Next digest: ${formatDateTime(p.nextSendAt, p.timezone)}, covering ${formatDate(`${p.nextPeriod.from}T12:00:00Z`, 'UTC')} – ${formatDate(`${p.nextPeriod.to}T12:00:00Z`, 'UTC')}.`
            : p.cadence === 'off'
              ? 'Your digest is off. Choose weekly or daily to get one.'
              : 'No digest is scheduled while it is paused.'}
          {p.isDefault ? ' These are the defaults for your role; saving makes them yours.' : ''}
        </p>
        <form onSubmit={submit} className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="digest-form">
          <SelectField id="digest-cadence" label="Digest" value={form.cadence} options={CADENCES} onChange={(e) => setForm({ ...form, cadence: e.target.value as Cadence })} error={errors.cadence} />
          {form.cadence === 'weekly' ? (
            <SelectField
              id="digest-weekday"
              label="Day"
              value={String(form.weekday)}
              options={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))}
              onChange={(e) => setForm({ ...form, weekday: Number(e.target.value) })}
              error={errors.weekday}
              hint="A weekly digest covers the seven days before it."
            />
          ) : null}
          {form.cadence !== 'off' ? (
            <>
              <SelectField id="digest-hour" label="Hour" value={String(form.hour)} options={HOURS} onChange={(e) => setForm({ ...form, hour: Number(e.target.value) })} error={errors.hour} />
              <SelectField
                id="digest-timezone"
                label="Your time zone"
                value={form.timezone}
                options={timeZoneOptions(form.timezone, p.organizationTimezone)}
                onChange={(e) => setForm({ ...form, timezone: e.target.value })}
                error={errors.timezone}
                hint="The hour is in this zone, summer time included."
              />
              <SelectField
                id="digest-when-empty"
                label="When there were no orders"
                value={form.whenEmpty}
                options={WHEN_EMPTY}
                onChange={(e) => setForm({ ...form, whenEmpty: e.target.value as 'note' | 'skip' })}
                error={errors.whenEmpty}
              />
            </>
          ) : null}
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
            <Button type="submit" pending={update.isPending} pendingText="Saving…">
              Save
            </Button>
            {saved ? <span role="status" className="text-sm text-emerald-700">Saved.</span> : null}
            {formError(update.error) ? <Notice tone="error">{formError(update.error)}</Notice> : null}
          </div>
        </form>
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="digest-try">
        <h2 id="digest-try" className="text-lg font-semibold text-slate-900">
          See it
        </h2>
        <p className="mt-1 text-sm text-slate-600">The preview shows the digest of the latest period with today’s figures. “Send me one now” mails it to {p.deliveries.length ? 'you' : 'your account’s address'} (one a day).</p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={() => setShowPreview((v) => !v)} aria-expanded={showPreview} aria-controls="digest-preview">
            {showPreview ? 'Hide preview' : 'Preview'}
          </Button>
          <Button variant="secondary" pending={sendNow.isPending} pendingText="Queuing…" onClick={() => sendNow.mutate({ org: org.slug })} data-testid="digest-send-now">
            Send me one now
          </Button>
          {sendNow.data ? (
            <span role="status" className="text-sm text-slate-700">
              {sendNow.data.queued ? `On its way to ${sendNow.data.to}; it appears below once sent.` : 'Already on its way today.'}
            </span>
          ) : null}
          {sendNow.error ? <Notice tone="error">{errorMessage(sendNow.error)}</Notice> : null}
        </div>
        {showPreview ? <DigestPreview org={org.slug} /> : null}
      </section>

      <DeliveryHistory deliveries={p.deliveries} timezone={p.timezone} />
    </div>
  );
}
