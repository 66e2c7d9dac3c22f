'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TransferDetail } from '@/server/services/transfers/get';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { ReceiveDialog } from './receive-dialog';

type Action = 'approve' | 'ship' | 'receive' | 'cancel';

/** The buttons of a transfer's current state, each behind a confirmation that says what will happen. */
export function TransferActions({ org, transfer, onChanged }: { org: string; transfer: TransferDetail; onChanged: (t: TransferDetail) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Action | null>(null);
  const [receiptKey, setReceiptKey] = useState(() => crypto.randomUUID());
  const done = async (t: TransferDetail) => {
    onChanged(t);
    setOpen(null);
    await queryClient.invalidateQueries({ queryKey: trpc.transfers.list.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
  };
  const approve = useMutation(trpc.transfers.approve.mutationOptions({ onSuccess: done }));
  const ship = useMutation(trpc.transfers.ship.mutationOptions({ onSuccess: done }));
  const cancel = useMutation(trpc.transfers.cancel.mutationOptions({ onSuccess: done }));
  const receive = useMutation(
    trpc.transfers.receive.mutationOptions({
      onSuccess: async (t) => {
        setReceiptKey(crypto.randomUUID());
        await done(t);
      },
    }),
  );
  const ids = { org, transferId: transfer.id };
  const units = transfer.totals.units.toLocaleString('en-US');
  const show = (action: Action) => {
    for (const m of [approve, ship, cancel, receive]) m.reset();
    setOpen(action);
  };

  return (
    <div className="flex flex-wrap gap-2" data-testid="transfer-actions">
      {transfer.status === 'draft' ? <Button onClick={() => show('approve')}>Approve</Button> : null}
      {transfer.status === 'approved' ? <Button onClick={() => show('ship')}>Ship</Button> : null}
      {transfer.status === 'in_transit' ? <Button onClick={() => show('receive')}>Receive…</Button> : null}
      {transfer.status === 'draft' || transfer.status === 'approved' ? (
        <Button variant="secondary" onClick={() => show('cancel')}>
          Cancel transfer
        </Button>
      ) : null}

      <ConfirmDialog open={open === 'approve'} title={`Approve ${transfer.number}?`} confirmLabel="Approve" tone="primary" pending={approve.isPending} error={approve.error ? errorMessage(approve.error) : null} onCancel={() => setOpen(null)} onConfirm={() => approve.mutate(ids)}>
        <p>Once approved, the transfer can be shipped. Nothing moves yet.</p>
      </ConfirmDialog>
      <ConfirmDialog open={open === 'ship'} title={`Ship ${transfer.number}?`} confirmLabel="Ship now" tone="primary" pending={ship.isPending} error={ship.error ? errorMessage(ship.error) : null} onCancel={() => setOpen(null)} onConfirm={() => ship.mutate(ids)}>
        <p>
          {units} units leave {transfer.from.code} now and show as in transit to {transfer.to.code} until they are received.
          {transfer.crossBorder ? ` This transfer crosses a border: allow ${transfer.customsDays} customs days.` : ''}
        </p>
      </ConfirmDialog>
      <ConfirmDialog open={open === 'cancel'} title={`Cancel ${transfer.number}?`} confirmLabel="Cancel transfer" pending={cancel.isPending} error={cancel.error ? errorMessage(cancel.error) : null} onCancel={() => setOpen(null)} onConfirm={() => cancel.mutate(ids)}>
        <p>The transfer is closed and cannot be approved or shipped any more. Stock is not affected.</p>
      </ConfirmDialog>
      {open === 'receive' ? (
        <ReceiveDialog
          title={`Receive ${transfer.number} at ${transfer.to.code}`}
          lines={transfer.lines.filter((l) => l.qtyInTransit > 0).map((l) => ({ skuId: l.skuId, label: `${l.skuCode} · ${l.skuName}`, outstanding: l.qtyInTransit }))}
          pending={receive.isPending}
          error={receive.error}
          onCancel={() => setOpen(null)}
          onSubmit={(value) => receive.mutate({ ...ids, ...value, idempotencyKey: receiptKey })}
        />
      ) : null}
    </div>
  );
}
