'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { createTransferInput } from '@/server/services/transfers/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { formatDays, formatMoney } from '../../../../_components/tables/cell-format';
import { Badge } from '../../../../_components/ui/badge';
import { Button } from '../../../../_components/ui/button';
import { TextField } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';
import { RecordPicker, type PickedRecord } from '../../stock/_components/record-picker';
import { issuesByPath, lineInput, LinesEditor, newLine, type LineDraft } from './lines-editor';

/**
 * A new transfer: origin, destination (the lane between them is previewed: cross-border, transit and
 * customs days), several lines. Validated with the server's schema; the form holds one idempotency key,
 * so a double click or a retried request creates one transfer.
 */
export function TransferForm({ org, currency }: { org: string; currency: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [from, setFrom] = useState<PickedRecord | null>(null);
  const [to, setTo] = useState<PickedRecord | null>(null);
  const [lines, setLines] = useState<LineDraft[]>(() => [newLine()]);
  const [notes, setNotes] = useState('');
  const [customsRef, setCustomsRef] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const create = useMutation(trpc.transfers.create.mutationOptions({ onSuccess: (t) => router.push(`/${org}/transfers/${t.id}`) }));
  const lane = useQuery({
    ...trpc.transfers.lane.queryOptions({ org, fromLocationId: from?.id ?? '', toLocationId: to?.id ?? '' }),
    enabled: Boolean(from && to && from.id !== to.id),
  });
  const errors = { ...fieldErrors(create.error), ...clientErrors };
  /** A field's message goes as soon as the field changes. */
  const clear = (prefix: string) => setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(prefix))));

  function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const parsed = createTransferInput.safeParse({
      fromLocationId: from?.id ?? '',
      toLocationId: to?.id ?? '',
      lines: lines.map(lineInput),
      notes: notes || undefined,
      customsRef: customsRef || undefined,
      idempotencyKey,
    });
    if (!parsed.success) {
      const next = issuesByPath(parsed.error.issues);
      if (next.fromLocationId) next.fromLocationId = 'Pick the origin.';
      if (next.toLocationId && !from?.id) next.toLocationId = 'Pick the destination.';
      setClientErrors(next);
      return;
    }
    setClientErrors({});
    create.mutate({ org, ...parsed.data });
  }

  const preview = lane.data;
  const serverMessage = create.error ? formError(create.error) : null;
  return (
    <form onSubmit={submit} noValidate className="max-w-4xl space-y-5" data-testid="transfer-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <RecordPicker org={org} kind="location" id={`${id}-from`} label="From" required value={from} onChange={(v) => { clear('fromLocationId'); setFrom(v); }} error={errors.fromLocationId} exclude={to ? [to.id] : []} />
        <RecordPicker org={org} kind="location" id={`${id}-to`} label="To" required value={to} onChange={(v) => { clear('toLocationId'); setTo(v); }} error={errors.toLocationId} exclude={from ? [from.id] : []} />
      </div>
      {from && to && preview ? (
        preview.lane ? (
          <Notice tone="info" testId="lane-preview">
            <span className="inline-flex flex-wrap items-center gap-2">
              {preview.crossBorder ? <Badge tone="amber">Cross-border {preview.fromCountry} → {preview.toCountry}</Badge> : <Badge>Domestic ({preview.fromCountry})</Badge>}
              Transit {formatDays(preview.lane.transitDays)}
              {preview.lane.customsDays > 0 ? <> + customs {formatDays(preview.lane.customsDays)}</> : null} · {formatMoney(preview.lane.costPerUnit, currency, { perUnit: true })} per unit
            </span>
          </Notice>
        ) : (
          <Notice tone="warning" testId="lane-preview">
            There is no transfer lane from {from.label} to {to.label}. Add one under Lanes before creating this transfer.
          </Notice>
        )
      ) : null}
      <LinesEditor org={org} lines={lines} onChange={(next) => { clear('lines'); setLines(next); }} errors={errors} availableAt={from} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${id}-customs`} label="Customs reference" value={customsRef} onChange={(e) => setCustomsRef(e.target.value)} error={errors.customsRef} hint="Optional: the broker's or customs entry number." />
        <TextField id={`${id}-notes`} label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} error={errors.notes} />
      </div>
      {serverMessage ? <Notice tone="error">{serverMessage}</Notice> : null}
      <div className="flex gap-3">
        <Button type="submit" pending={create.isPending} pendingText="Creating…">
          Create draft transfer
        </Button>
        <Button variant="secondary" onClick={() => router.push(`/${org}/transfers`)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
