'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { adjustStockInput, countStockInput, receiveStockInput } from '@/server/services/stock/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { TextField } from '../../../../_components/ui/field';
import { RecordPicker, type PickedRecord } from './record-picker';

export type StockChangeMode = 'adjust' | 'count' | 'receive';

const TEXT: Record<StockChangeMode, { title: string; qty: string; qtyHint: string; confirm: string; reasonRequired: boolean }> = {
  adjust: { title: 'Adjust stock', qty: 'Change (units)', qtyHint: 'Positive adds units, negative removes them (e.g. -3 for three damaged).', confirm: 'Record adjustment', reasonRequired: true },
  count: { title: 'Record a cycle count', qty: 'Units counted', qtyHint: 'On hand becomes this figure; the difference is written to the ledger as a count.', confirm: 'Record count', reasonRequired: true },
  receive: { title: 'Receive stock', qty: 'Units received', qtyHint: 'For goods without a purchase order (returns, opening stock). Purchase orders are received on the Inbound page.', confirm: 'Receive', reasonRequired: false },
};

const SCHEMAS = { adjust: adjustStockInput, count: countStockInput, receive: receiveStockInput } as const;

export interface StockChangeDialogProps {
  org: string;
  mode: StockChangeMode;
  /** Preset from a table row; the pickers are shown when absent. */
  sku?: PickedRecord | null;
  location?: PickedRecord | null;
  /** The current on hand, shown for context. */
  onHand?: number;
  onClose: () => void;
}

/**
 * Adjust, count or receive one balance, validated with the server's schema. The dialog makes one
 * idempotency key when it opens, so a double click or a retried request records the change once.
 */
export function StockChangeDialog({ org, mode, sku: presetSku, location: presetLocation, onHand, onClose }: StockChangeDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const text = TEXT[mode];
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [sku, setSku] = useState<PickedRecord | null>(presetSku ?? null);
  const [location, setLocation] = useState<PickedRecord | null>(presetLocation ?? null);
  const [qty, setQty] = useState('');
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
      onClose();
    },
  };
  const adjust = useMutation(trpc.stock.adjust.mutationOptions(options));
  const count = useMutation(trpc.stock.count.mutationOptions(options));
  const receive = useMutation(trpc.stock.receive.mutationOptions(options));
  const mutation = mode === 'adjust' ? adjust : mode === 'count' ? count : receive;
  const errors = { ...fieldErrors(mutation.error), ...clientErrors };
  /** A field's message goes as soon as the field changes. */
  const clear = (key: string) => setClientErrors(({ [key]: _gone, ...rest }) => rest);

  function submit() {
    mutation.reset();
    const units = qty.trim() === '' ? Number.NaN : Number(qty);
    const base = { skuId: sku?.id ?? '', locationId: location?.id ?? '', reason, reference, idempotencyKey };
    const raw = mode === 'count' ? { ...base, countedQty: units } : { ...base, qty: units };
    const parsed = SCHEMAS[mode].safeParse(raw);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0] ?? '')] ??= issue.path[0] === 'skuId' ? 'Pick a SKU.' : issue.path[0] === 'locationId' ? 'Pick a location.' : issue.message;
      setClientErrors(next);
      return;
    }
    setClientErrors({});
    if (mode === 'adjust') adjust.mutate({ org, ...(parsed.data as typeof adjustStockInput._output) });
    else if (mode === 'count') count.mutate({ org, ...(parsed.data as typeof countStockInput._output) });
    else receive.mutate({ org, ...(parsed.data as typeof receiveStockInput._output) });
  }

  const qtyField = mode === 'count' ? 'countedQty' : 'qty';
  const serverMessage = mutation.error && !Object.keys(fieldErrors(mutation.error)).length ? formError(mutation.error) : null;
  return (
    <ConfirmDialog open title={text.title} confirmLabel={text.confirm} tone="primary" pending={mutation.isPending} error={serverMessage} onCancel={onClose} onConfirm={submit}>
      <div className="space-y-3" data-testid={`stock-${mode}-dialog`}>
        {presetSku ? (
          <p>
            <span className="font-medium text-slate-900">{presetSku.label}</span> at <span className="font-medium text-slate-900">{presetLocation?.label}</span>
            {onHand !== undefined ? <> · on hand now {onHand.toLocaleString('en-US')} units</> : null}
          </p>
        ) : (
          <>
            <RecordPicker org={org} kind="sku" id={`${id}-sku`} label="SKU" required value={sku} onChange={(v) => { clear('skuId'); setSku(v); }} error={errors.skuId} />
            <RecordPicker org={org} kind="location" id={`${id}-location`} label="Location" required value={location} onChange={(v) => { clear('locationId'); setLocation(v); }} error={errors.locationId} />
          </>
        )}
        <TextField id={`${id}-qty`} label={`${text.qty} *`} inputMode="numeric" value={qty} onChange={(e) => { clear(qtyField); setQty(e.target.value); }} hint={text.qtyHint} error={errors[qtyField]} autoFocus={Boolean(presetSku)} />
        <TextField id={`${id}-reason`} label={text.reasonRequired ? 'Reason *' : 'Reason'} value={reason} onChange={(e) => { clear('reason'); setReason(e.target.value); }} error={errors.reason} hint={text.reasonRequired ? 'Required: it is kept in the ledger.' : undefined} />
        <TextField id={`${id}-reference`} label="Reference" value={reference} onChange={(e) => setReference(e.target.value)} error={errors.reference} hint="Optional: count sheet, RMA or carrier reference." />
      </div>
    </ConfirmDialog>
  );
}
