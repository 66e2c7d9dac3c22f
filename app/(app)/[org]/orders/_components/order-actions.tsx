'use client';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { formError } from '../../../../_components/forms/trpc-error';
import { buttonClasses, Button } from '../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { TextField } from '../../../../_components/ui/field';

/** Edit and cancel for planners; cancelling asks first (with an optional reason for the audit log). */
export function OrderActions({ org, order }: { org: string; order: { id: string; externalRef: string; status: string } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    }),
  );
  if (order.status === 'cancelled') return null;
  return (
    <>
      <Link href={`/${org}/orders/${order.id}/edit`} className={buttonClasses('secondary', 'sm')}>
        Edit order
      </Link>
      {order.status === 'open' ? (
        <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
          Cancel order
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`Cancel order ${order.externalRef}?`}
        confirmLabel="Cancel the order"
        pending={cancel.isPending}
        error={formError(cancel.error)}
        onConfirm={() => cancel.mutate({ org, id: order.id, reason: reason || undefined })}
        onCancel={() => setConfirming(false)}
      >
        <p>It leaves every KPI (order counts, fill rate, on-time rate, shipping cost). A cancelled order cannot be edited again.</p>
        <div className="mt-3">
          <TextField id="cancel-reason" label="Reason (for the audit log)" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      </ConfirmDialog>
    </>
  );
}
