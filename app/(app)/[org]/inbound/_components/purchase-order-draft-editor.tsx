'use client';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { PurchaseOrderDetail } from '@/server/services/purchase-orders/get';
import { createPurchaseOrderInput } from '@/server/services/purchase-orders/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { TextField } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';
import { issuesByPath, lineInput, LinesEditor, type LineDraft } from '../../transfers/_components/lines-editor';

/** "2026-07-01" of a date in the tenant's time zone (what a date input shows). */
function dayIn(date: Date | string | null, timeZone: string): string {
  if (!date) return '';
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(date));
  } catch {
    return new Date(date).toISOString().slice(0, 10);
  }
}

/**
 * A draft purchase order's lines, ETA and notes, editable (validated with the purchase-order schema's line
 * rules), then placed with the supplier: on placing, its units count as on order at the arrival location.
 */
export function PurchaseOrderDraftEditor({ org, po, timezone, currency, onChanged }: { org: string; po: PurchaseOrderDetail; timezone: string; currency: string; onChanged: (po: PurchaseOrderDetail) => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [eta, setEta] = useState(() => dayIn(po.eta, timezone));
  const [notes, setNotes] = useState(po.notes ?? '');
  const [lines, setLines] = useState<LineDraft[]>(() => po.lines.map((l) => ({ key: l.id, sku: { id: l.skuId, label: `${l.skuCode} · ${l.skuName}` }, qty: String(l.qty), unitCost: String(l.unitCost) })));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [confirmPlace, setConfirmPlace] = useState(false);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const save = useMutation(trpc.purchaseOrders.updateDraft.mutationOptions({ onSuccess: (next) => { setSaved(true); setDirty(false); onChanged(next); } }));
  const place = useMutation(trpc.purchaseOrders.place.mutationOptions({ onSuccess: (next) => { setConfirmPlace(false); onChanged(next); } }));
  const errors = { ...fieldErrors(save.error), ...clientErrors };

  function parse() {
    const parsed = createPurchaseOrderInput.safeParse({ supplierId: po.supplier.id, arrivalLocationId: po.arrival.id, ...(eta ? { eta: `${eta}T12:00:00Z` } : {}), lines: lines.map(lineInput), notes: notes || undefined });
    if (!parsed.success) {
      setClientErrors(issuesByPath(parsed.error.issues));
      return null;
    }
    setClientErrors({});
    return parsed.data;
  }

  function draftInput() {
    const value = parse();
    return value ? { org, purchaseOrderId: po.id, lines: value.lines, notes: value.notes ?? '', ...(value.eta ? { eta: value.eta } : {}) } : null;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    setSaved(false);
    const input = draftInput();
    if (input) save.mutate(input);
  }

  /** Placing saves unsaved changes first, so what is placed is what is on screen. */
  async function placeOrder() {
    try {
      if (dirty) {
        const input = draftInput();
        if (!input) return setConfirmPlace(false);
        await save.mutateAsync(input);
      }
      await place.mutateAsync({ org, purchaseOrderId: po.id });
    } catch {
      // the dialog and the form show the errors
    }
  }

  const units = lines.reduce((s, l) => s + (Number(l.qty) || 0), 0);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-brand-100 bg-white p-5" data-testid="purchase-order-draft-editor">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        Edit the draft
      </h2>
      <form onSubmit={submit} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField id={`${id}-eta`} label="ETA" type="date" value={eta} onChange={(e) => { setEta(e.target.value); setSaved(false); setDirty(true); }} error={errors.eta} hint={`Expected arrival at ${po.arrival.code} (${timezone}).`} />
          <TextField id={`${id}-notes`} label="Notes" value={notes} onChange={(e) => { setNotes(e.target.value); setSaved(false); setDirty(true); }} error={errors.notes} className="sm:col-span-2" />
        </div>
        <LinesEditor org={org} lines={lines} onChange={(next) => { setLines(next); setSaved(false); setDirty(true); setClientErrors({}); }} errors={errors} withCost currency={currency} />
        {save.error ? <Notice tone="error">{formError(save.error)}</Notice> : null}
        {saved ? <Notice tone="success">Draft saved.</Notice> : null}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="secondary" pending={save.isPending} pendingText="Saving…">
            Save draft
          </Button>
          <Button onClick={() => { place.reset(); if (parse()) setConfirmPlace(true); }} data-testid="place-purchase-order">
            Place order…
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirmPlace}
        title={`Place ${po.number} with ${po.supplier.code}?`}
        confirmLabel="Place order"
        tone="primary"
        pending={place.isPending || save.isPending}
        error={place.error ? formError(place.error) : save.error ? formError(save.error) : null}
        onCancel={() => setConfirmPlace(false)}
        onConfirm={() => void placeOrder()}
      >
        <p>
          {units.toLocaleString('en-US')} units become on order at {po.arrival.code}, expected {eta || 'after the supplier’s lead time'}.{dirty ? ' Your changes are saved first.' : ''}
        </p>
      </ConfirmDialog>
    </section>
  );
}
