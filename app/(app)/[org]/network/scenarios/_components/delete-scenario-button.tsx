'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTRPCClient } from '../../../../../_trpc/client';
import { Button } from '../../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../../_components/ui/dialog';
import { errorMessage } from '../../../../../_components/forms/trpc-error';

/** Deletes a scenario after a confirmation that names it. */
export function DeleteScenarioButton({ org, id, name, afterDelete }: { org: string; id: string; name: string; afterDelete?: string }) {
  const client = useTRPCClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await client.scenarios.delete.mutate({ org, id });
      setOpen(false);
      if (afterDelete) router.push(afterDelete);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)} aria-label={`Delete scenario ${name}`}>
        Delete
      </Button>
      <ConfirmDialog open={open} title={`Delete “${name}”?`} confirmLabel="Delete scenario" pending={pending} error={error} onConfirm={confirm} onCancel={() => setOpen(false)}>
        The scenario and its computed figures are removed for everyone in the organization. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
