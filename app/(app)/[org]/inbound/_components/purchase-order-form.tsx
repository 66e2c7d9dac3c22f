'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { createPurchaseOrderInput } from '@/server/services/purchase-orders/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { TextField } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';
import { RecordPicker, type PickedRecord } from '../../stock/_components/record-picker';
import { issuesByPath, lineInput, LinesEditor, newLine, type LineDraft } from '../../transfers/_components/lines-editor';

/**
 * A new purchase order: supplier, arrival location, ETA (blank = today + the supplier's lead time) and
 * lines with units and, optionally, a unit cost. One idempotency key per form: one order per intent.
 */
export function PurchaseOrderForm({ org, currency }: { org: string; currency: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [supplier, setSupplier] = useState<PickedRecord | null>(null);
  const [arrival, setArrival] = useState<PickedRecord | null>(null);
  const [eta, setEta] = useState('');
  const [notes, setNotes] = useState('');
  const [lines, setLines] = useState<LineDraft[]>(() => [newLine(true)]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const create = useMutation(trpc.purchaseOrders.create.mutationOptions({ onSuccess: (po) => router.push(`/${org}/inbound/${po.id}`) }));
  const errors = { ...fieldErrors(create.error), ...clientErrors };
  /** A field's message goes as soon as the field changes. */
  const clear = (prefix: string) => setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(prefix))));

  function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const parsed = createPurchaseOrderInput.safeParse({
      supplierId: supplier?.id ?? '',
      arrivalLocationId: arrival?.id ?? '',
      ...(eta ? { eta: `${eta}T12:00:00Z` } : {}),
      lines: lines.map(lineInput),
      notes: notes || undefined,
      idempotencyKey,
    });
    if (!parsed.success) {
      const next = issuesByPath(parsed.error.issues);
      if (next.supplierId) next.supplierId = 'Pick the supplier.';
      if (next.arrivalLocationId) next.arrivalLocationId = 'Pick where it arrives.';
      setClientErrors(next);
      return;
    }
    setClientErrors({});
    create.mutate({ org, ...parsed.data });
  }

  const serverMessage = create.error ? formError(create.error) : null;
  return (
    <form onSubmit={submit} noValidate className="max-w-4xl space-y-5" data-testid="purchase-order-form">
      <div className="grid gap-4 sm:grid-cols-3">
        <RecordPicker org={org} kind="supplier" id={`${id}-supplier`} label="Supplier" required value={supplier} onChange={(v) => { clear('supplierId'); setSupplier(v); }} error={errors.supplierId} />
        <RecordPicker org={org} kind="location" id={`${id}-arrival`} label="Arrives at" required value={arrival} onChange={(v) => { clear('arrivalLocationId'); setArrival(v); }} error={errors.arrivalLocationId} />
        <TextField id={`${id}-eta`} label="ETA" type="date" value={eta} onChange={(e) => { clear('eta'); setEta(e.target.value); }} error={errors.eta} hint="Blank: today + the supplier's lead time." />
      </div>
      <LinesEditor org={org} lines={lines} onChange={(next) => { clear('lines'); setLines(next); }} errors={errors} withCost currency={currency} />
      <TextField id={`${id}-notes`} label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} error={errors.notes} />
      {serverMessage ? <Notice tone="error">{serverMessage}</Notice> : null}
      <div className="flex gap-3">
        <Button type="submit" pending={create.isPending} pendingText="Placing…">
          Place purchase order
        </Button>
        <Button variant="secondary" onClick={() => router.push(`/${org}/inbound`)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
