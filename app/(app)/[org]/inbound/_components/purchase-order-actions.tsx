'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import type { PurchaseOrderDetail } from '@/server/services/purchase-orders/get';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { Button } from '../../../../_components/ui/button';
import { ConfirmDialog } from '../../../../_components/ui/dialog';
import { ReceiveDialog } from '../../transfers/_components/receive-dialog';
import { formatUnits } from '../../../../_components/tables/cell-format';
import { InboundSplitDialog } from './inbound-split-dialog';

type Action = 'ship' | 'receive' | 'split' | 'cancel';

/** Mark in transit, receive (in parts) and cancel the rest, each behind a confirmation. */
export function PurchaseOrderActions({ org, po, onChanged }: { org: string; po: PurchaseOrderDetail; onChanged: (po: PurchaseOrderDetail) => void }) {
  const [onward, setOnward] = useState<{ id: string; number: string; units: number }[]>([]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Action | null>(null);
  const [receiptKey, setReceiptKey] = useState(() => crypto.randomUUID());
  const done = async (next: PurchaseOrderDetail) => {
    onChanged(next);
    setOpen(null);
    await queryClient.invalidateQueries({ queryKey: trpc.purchaseOrders.list.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
  };
  const ship = useMutation(trpc.purchaseOrders.markInTransit.mutationOptions({ onSuccess: done }));
  const cancel = useMutation(trpc.purchaseOrders.cancel.mutationOptions({ onSuccess: done }));
  const receive = useMutation(
    trpc.purchaseOrders.receive.mutationOptions({
      onSuccess: async (next) => {
        setReceiptKey(crypto.randomUUID());
        setOnward(next.onwardTransfers ?? []);
        await queryClient.invalidateQueries({ queryKey: trpc.transfers.pathKey() });
        await done(next);
      },
    }),
  );
  const ids = { org, purchaseOrderId: po.id };
  const outstanding = po.lines.reduce((s, l) => s + l.qtyOutstanding, 0);
  const show = (action: Action) => {
    for (const m of [ship, cancel, receive]) m.reset();
    setOpen(action);
  };
  const openOrder = po.status === 'draft' || po.status === 'ordered' || po.status === 'in_transit';

  return (
    <div className="flex flex-wrap gap-2" data-testid="purchase-order-actions">
      {po.status === 'ordered' ? (
        <Button variant="secondary" onClick={() => show('ship')}>
          Mark in transit
        </Button>
      ) : null}
      {po.status === 'ordered' || po.status === 'in_transit' ? (
        <>
          <Button onClick={() => show('split')} data-testid="receive-and-split">
            Receive and split…
          </Button>
          <Button variant="secondary" onClick={() => show('receive')}>
            Receive here only…
          </Button>
        </>
      ) : null}
      {openOrder ? (
        <Button variant="secondary" onClick={() => show('cancel')}>
          {po.totals.receivedUnits > 0 ? 'Cancel the rest' : 'Cancel order'}
        </Button>
      ) : null}

      <ConfirmDialog open={open === 'ship'} title={`Mark ${po.number} in transit?`} confirmLabel="Mark in transit" tone="primary" pending={ship.isPending} error={ship.error ? errorMessage(ship.error) : null} onCancel={() => setOpen(null)} onConfirm={() => ship.mutate(ids)}>
        <p>The supplier has shipped: {outstanding.toLocaleString('en-US')} outstanding units move from on order to in transit at {po.arrival.code}.</p>
      </ConfirmDialog>
      <ConfirmDialog open={open === 'cancel'} title={`Cancel ${po.number}?`} confirmLabel="Cancel order" pending={cancel.isPending} error={cancel.error ? errorMessage(cancel.error) : null} onCancel={() => setOpen(null)} onConfirm={() => cancel.mutate(ids)}>
        <p>
          The {outstanding.toLocaleString('en-US')} units not received yet are no longer expected at {po.arrival.code}.
          {po.totals.receivedUnits > 0 ? ` The ${po.totals.receivedUnits.toLocaleString('en-US')} units already received stay in stock.` : ''}
        </p>
      </ConfirmDialog>
      {onward.length > 0 ? (
        <p className="w-full text-sm text-emerald-800" role="status" data-testid="onward-transfers">
          Sent on in draft transfers:{' '}
          {onward.map((t, i) => (
            <span key={t.id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/${org}/transfers/${t.id}`} className="font-medium underline">
                {t.number}
              </Link>{' '}
              ({formatUnits(t.units)})
            </span>
          ))}
          . Approve and ship them from their pages.
        </p>
      ) : null}
      {open === 'split' ? (
        <InboundSplitDialog org={org} po={po} pending={receive.isPending} error={receive.error} onCancel={() => setOpen(null)} onConfirm={(split) => receive.mutate({ ...ids, idempotencyKey: receiptKey, split })} />
      ) : null}
      {open === 'receive' ? (
        <ReceiveDialog
          title={`Receive ${po.number} at ${po.arrival.code}`}
          lines={po.lines.filter((l) => l.qtyOutstanding > 0).map((l) => ({ skuId: l.skuId, label: `${l.skuCode} · ${l.skuName}`, outstanding: l.qtyOutstanding }))}
          pending={receive.isPending}
          error={receive.error}
          onCancel={() => setOpen(null)}
          onSubmit={(value) => receive.mutate({ ...ids, ...value, idempotencyKey: receiptKey })}
        />
      ) : null}
    </div>
  );
}
