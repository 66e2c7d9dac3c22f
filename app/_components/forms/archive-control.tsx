'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/dialog';
import { formError } from './trpc-error';

export interface ArchiveControlProps {
  /** "location MEM-CDC" — used in the button, the dialog and messages. */
  what: string;
  archived: boolean;
  archive: () => Promise<unknown>;
  unarchive: () => Promise<unknown>;
  /** What archiving does, shown in the confirmation. */
  consequences?: ReactNode;
  /** Called after a change (e.g. invalidate queries); the page is refreshed too. */
  onChanged?: () => void | Promise<void>;
}

/** Archive (with a confirmation) or restore a record; a refusal (e.g. stock still there) is shown in the dialog. */
export function ArchiveControl({ what, archived, archive, unarchive, consequences, onChanged }: ArchiveControlProps) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const change = useMutation({
    mutationFn: (toArchived: boolean) => (toArchived ? archive() : unarchive()),
    onSuccess: async () => {
      setConfirming(false);
      await onChanged?.();
      router.refresh();
    },
  });

  if (archived) {
    return (
      <span className="inline-flex flex-col gap-1">
        <Button variant="secondary" size="sm" pending={change.isPending} onClick={() => change.mutate(false)} data-testid="unarchive">
          Restore
        </Button>
        {change.error ? <span className="text-sm text-red-700">{formError(change.error)}</span> : null}
      </span>
    );
  }
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => (change.reset(), setConfirming(true))} data-testid="archive">
        Archive
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Archive ${what}?`}
        confirmLabel="Archive"
        pending={change.isPending}
        error={change.error ? formError(change.error) : null}
        onConfirm={() => change.mutate(true)}
        onCancel={() => setConfirming(false)}
      >
        {consequences ?? <p>It disappears from lists, pickers and planning but stays in the history. You can restore it later.</p>}
      </ConfirmDialog>
    </>
  );
}
