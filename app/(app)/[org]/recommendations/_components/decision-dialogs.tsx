'use client';
import { useId, useState } from 'react';
import { reasonSchema } from '@/server/services/stock/schemas';
import { snoozeRecommendationsInput } from '@/server/services/recommendations/schemas';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { inputClasses } from '../../../../_components/ui/field';

/** Dismiss one or many recommendations, with the reason the audit log keeps. */
export function DismissDialog({ count, pending, error, onConfirm, onCancel }: { count: number; pending: boolean; error: string | null; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ConfirmDialog
      open
      title={count === 1 ? 'Dismiss this recommendation?' : `Dismiss ${count} recommendations?`}
      confirmLabel="Dismiss"
      tone="primary"
      pending={pending}
      error={problem ?? error}
      onCancel={onCancel}
      onConfirm={() => {
        const parsed = reasonSchema.safeParse(reason);
        if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'Say why.');
        setProblem(null);
        onConfirm(parsed.data);
      }}
    >
      <label htmlFor={`${id}-reason`} className="block text-sm font-medium text-slate-800">
        Why? <span className="font-normal text-slate-500">(kept in the audit log)</span>
      </label>
      <textarea id={`${id}-reason`} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className={`${inputClasses} mt-1`} placeholder="e.g. Supplier discontinued this SKU" data-testid="dismiss-reason" />
      <p className="mt-1 text-xs text-slate-500">A newer planning run may recommend it again if the numbers still call for it.</p>
    </ConfirmDialog>
  );
}

/** Snooze one or many until a date (tenant time zone): hidden until then, unless a newer run replaces them. */
export function SnoozeDialog({ count, today, pending, error, onConfirm, onCancel }: { count: number; today: string; pending: boolean; error: string | null; onConfirm: (until: string, reason: string | undefined) => void; onCancel: () => void }) {
  const id = useId();
  const [until, setUntil] = useState(() => addDays(today, 7));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ConfirmDialog
      open
      title={count === 1 ? 'Snooze this recommendation?' : `Snooze ${count} recommendations?`}
      confirmLabel="Snooze"
      tone="primary"
      pending={pending}
      error={problem ?? error}
      onCancel={onCancel}
      onConfirm={() => {
        const parsed = snoozeRecommendationsInput.shape.until.safeParse(until);
        if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'Enter a date.');
        if (parsed.data <= today) return setProblem('Pick a day after today.');
        setProblem(null);
        onConfirm(parsed.data, reason.trim() || undefined);
      }}
    >
      <div className="space-y-3">
        <div>
          <label htmlFor={`${id}-until`} className="block text-sm font-medium text-slate-800">
            Hide until
          </label>
          <input id={`${id}-until`} type="date" min={addDays(today, 1)} value={until} onChange={(e) => setUntil(e.target.value)} className={`${inputClasses} mt-1`} />
        </div>
        <div>
          <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
            Note <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <input id={`${id}-note`} value={reason} onChange={(e) => setReason(e.target.value)} className={`${inputClasses} mt-1`} placeholder="e.g. Waiting for the supplier’s new price list" />
        </div>
      </div>
    </ConfirmDialog>
  );
}

/** "2026-06-15" + 7 → "2026-06-22" (calendar days, no time zone involved). */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? day : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}
