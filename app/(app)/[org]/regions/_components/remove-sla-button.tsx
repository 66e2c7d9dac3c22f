'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { formError } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../_components/ui/dialog';

/** Removes an SLA that has not taken effect yet, after a confirmation. */
export function RemoveSlaButton({ org, slaId, label }: { org: string; slaId: string; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.regions.removeSla.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.regions.pathKey() });
        router.refresh();
      },
    }),
  );
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => (remove.reset(), setOpen(true))}>
        Remove
      </Button>
      <ConfirmDialog
        open={open}
        title={`Remove the SLA from ${label}?`}
        confirmLabel="Remove SLA"
        pending={remove.isPending}
        error={remove.error ? formError(remove.error) : null}
        onConfirm={() => remove.mutate({ org, id: slaId })}
        onCancel={() => setOpen(false)}
      >
        <p>It has not taken effect yet, so nothing was measured against it.</p>
      </ConfirmDialog>
    </>
  );
}
