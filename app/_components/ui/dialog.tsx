'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';
import { Notice } from './notice';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Destructive actions get the red button. */
  tone?: 'danger' | 'primary';
  pending?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A confirmation dialog on the native <dialog> element opened as a modal: the rest of the page is
 * inert (focus stays inside), Escape closes it, and focus returns to where it was. Cancel gets the
 * first focus, so Enter never confirms a destructive action by accident.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, tone = 'danger', pending = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      cancelRef.current?.focus();
      return () => {
        if (dialog.open) dialog.close();
        returnTo?.focus();
      };
    }
    if (!open && dialog.open) dialog.close();
    return undefined;
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault(); // Escape: let the owner close it, so state and the element agree
        if (!pending) onCancel();
      }}
      onClick={(event) => {
        if (event.target === ref.current && !pending) onCancel(); // a click on the backdrop
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {children ? (
            <div id={bodyId} className="text-sm text-slate-700">
              {children}
            </div>
          ) : null}
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="flex justify-end gap-3">
            <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={pending}>
              Cancel
            </Button>
            <Button variant={tone} onClick={onConfirm} pending={pending}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
