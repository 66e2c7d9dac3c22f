'use client';
import { useId, useState } from 'react';
import { fieldErrors, formError } from '../../../../_components/forms/trpc-error';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { TextField } from '../../../../_components/ui/field';

export interface ReceivableLine {
  skuId: string;
  label: string;
  /** Units that can still be received on this line. */
  outstanding: number;
}

/**
 * Receive units line by line (partial receipts allowed): each line starts at what is outstanding; lower
 * it for a short delivery, 0 to receive nothing on that line now. Used by transfers and purchase orders.
 */
export function ReceiveDialog({
  title,
  lines,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  title: string;
  lines: ReceivableLine[];
  pending: boolean;
  error: unknown;
  onSubmit: (value: { lines: { skuId: string; qty: number }[]; reference?: string }) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [qty, setQty] = useState<string[]>(() => lines.map((l) => String(l.outstanding)));
  const [reference, setReference] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(error), ...clientErrors };

  function submit() {
    const next: Record<string, string> = {};
    const values = lines.map((line, i) => {
      const text = (qty[i] ?? '').trim();
      const n = text === '' ? 0 : Number(text);
      if (!Number.isInteger(n) || n < 0) next[`lines.${i}.qty`] = 'Enter a whole number of units, 0 or more.';
      else if (n > line.outstanding) next[`lines.${i}.qty`] = `At most ${line.outstanding} units are outstanding.`;
      return { skuId: line.skuId, qty: n };
    });
    if (Object.keys(next).length === 0 && values.every((v) => v.qty === 0)) next.lines = 'Enter the units received on at least one line.';
    setClientErrors(next);
    if (Object.keys(next).length === 0) onSubmit({ lines: values, ...(reference.trim() ? { reference: reference.trim() } : {}) });
  }

  const general = error && Object.keys(fieldErrors(error)).length === 0 ? formError(error) : (errors.lines ?? null);
  return (
    <ConfirmDialog open title={title} confirmLabel="Receive" tone="primary" pending={pending} error={general} onCancel={onCancel} onConfirm={submit}>
      <div className="space-y-3" data-testid="receive-dialog">
        <p>Units received now, per line. Leave a line at 0 to receive it later.</p>
        {lines.map((line, i) => (
          <TextField
            key={line.skuId}
            id={`${id}-qty-${i}`}
            label={`${line.label} (${line.outstanding} outstanding)`}
            inputMode="numeric"
            value={qty[i] ?? ''}
            onChange={(e) => setQty((q) => q.map((v, j) => (j === i ? e.target.value : v)))}
            error={errors[`lines.${i}.qty`]}
          />
        ))}
        <TextField id={`${id}-ref`} label="Reference" hint="Optional: delivery note or carrier reference." value={reference} onChange={(e) => setReference(e.target.value)} />
      </div>
    </ConfirmDialog>
  );
}
