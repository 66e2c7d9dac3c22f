'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { PurchaseOrderDetail } from '@/server/services/purchase-orders/get';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage, formError } from '../../../../_components/forms/trpc-error';
import { formatDays, formatNumber, formatUnits } from '../../../../_components/tables/cell-format';
import { Button } from '../../../../_components/ui/button';
import { inputClasses } from '../../../../_components/ui/field';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';

export interface SplitPartInput {
  skuId: string;
  locationId: string;
  qty: number;
}

const key = (skuId: string, locationId: string) => `${skuId}:${locationId}`;

/**
 * Receive a whole arrival and split it on: the engine's fair share per SKU (equal days of supply after
 * arrival, in case packs) is proposed, the planner adjusts any part, the arrival location keeps the rest;
 * confirming receives everything outstanding and creates one draft transfer per destination.
 */
export function InboundSplitDialog({ org, po, pending, error, onCancel, onConfirm }: { org: string; po: PurchaseOrderDetail; pending: boolean; error: unknown; onCancel: () => void; onConfirm: (split: SplitPartInput[]) => void }) {
  const trpc = useTRPC();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const preview = useQuery(trpc.purchaseOrders.splitPreview.queryOptions({ org, purchaseOrderId: po.id }));
  const [units, setUnits] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      returnTo?.focus();
    };
  }, []);

  const data = preview.data;
  const arrivalId = data?.arrival.id ?? po.arrival.id;
  const valueOf = (skuId: string, locationId: string, proposed: number) => units[key(skuId, locationId)] ?? String(proposed);

  function confirm() {
    if (!data) return;
    const split: SplitPartInput[] = [];
    for (const line of data.lines) {
      let onward = 0;
      for (const part of line.parts) {
        if (part.locationId === arrivalId) continue;
        const text = valueOf(line.skuId, part.locationId, part.units);
        const qty = Number(text);
        if (text.trim() === '' || !Number.isInteger(qty) || qty < 0) return setProblem(`${line.skuCode} to ${part.locationCode}: enter a whole number of units, 0 or more.`);
        onward += qty;
        if (qty > 0) split.push({ skuId: line.skuId, locationId: part.locationId, qty });
      }
      if (onward > line.outstanding) return setProblem(`${line.skuCode}: ${formatUnits(onward)} sent on, but only ${formatUnits(line.outstanding)} arrive.`);
    }
    setProblem(null);
    onConfirm(split);
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
      className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      data-testid="inbound-split-dialog"
    >
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          Receive {po.number} at {po.arrival.code} and split it on
        </h2>
        {preview.isPending ? <Spinner label="Working out the fair share…" /> : null}
        {preview.isError ? <Notice tone="error">{errorMessage(preview.error, 'The split could not be worked out.')}</Notice> : null}
        {data ? (
          <>
            <p className="text-sm text-slate-700">
              Proposed: each SKU’s arrival spread so the locations it serves end with about the same days of supply
              {data.targetDaysOfSupply !== null ? ` (around ${formatDays(Math.round(data.targetDaysOfSupply))})` : ''}, in whole case packs. Change any part; {data.arrival.code} keeps what is not sent on. Each destination gets one draft transfer.
            </p>
            <div className="max-h-[55vh] space-y-4 overflow-auto">
              {data.lines.map((line) => {
                const onward = line.parts.filter((p) => p.locationId !== arrivalId).reduce((s, p) => s + (Number(valueOf(line.skuId, p.locationId, p.units)) || 0), 0);
                const keeps = line.outstanding - onward;
                return (
                  <table key={line.skuId} className="w-full text-sm" data-testid="split-line">
                    <caption className="pb-1 text-left font-medium text-slate-900">
                      {line.skuCode} · {line.skuName}: {formatUnits(line.outstanding)} arriving
                      {line.casePack > 1 ? <span className="font-normal text-slate-500"> · case pack {formatUnits(line.casePack)}</span> : null}
                      {line.fromAcceptedRecommendations ? <span className="font-normal text-brand-700"> · as accepted in Recommendations</span> : null}
                    </caption>
                    <thead>
                      <tr className="text-left text-xs text-slate-500">
                        <th scope="col" className="py-1 font-medium">Location</th>
                        <th scope="col" className="py-1 text-right font-medium">Demand /day</th>
                        <th scope="col" className="py-1 text-right font-medium">Days of supply now</th>
                        <th scope="col" className="py-1 text-right font-medium">Units</th>
                        <th scope="col" className="py-1 text-right font-medium">Days of supply after</th>
                      </tr>
                    </thead>
                    <tbody>
                      {line.parts.map((part) => {
                        const isArrival = part.locationId === arrivalId;
                        const qty = isArrival ? keeps : Number(valueOf(line.skuId, part.locationId, part.units)) || 0;
                        const after = part.demandPerDay > 0 ? (part.stockPositionUnits + qty) / part.demandPerDay : null;
                        const inputId = `${titleId}-${line.skuId}-${part.locationId}`;
                        return (
                          <tr key={part.locationId} className="border-t border-slate-100">
                            <th scope="row" className="py-1 text-left font-normal">
                              <label htmlFor={isArrival ? undefined : inputId}>
                                {part.locationCode} <span className="text-slate-500">{part.locationName}</span>
                              </label>
                            </th>
                            <td className="py-1 text-right tabular-nums">{formatNumber(part.demandPerDay, { maxDigits: 1 })}</td>
                            <td className="py-1 text-right tabular-nums">{formatDays(part.daysOfSupplyBefore === null ? null : Math.round(part.daysOfSupplyBefore))}</td>
                            <td className="py-1 text-right">
                              {isArrival ? (
                                <span className={`tabular-nums ${keeps < 0 ? 'text-red-700' : ''}`}>keeps {formatUnits(keeps)}</span>
                              ) : (
                                <input
                                  id={inputId}
                                  inputMode="numeric"
                                  value={valueOf(line.skuId, part.locationId, part.units)}
                                  onChange={(e) => setUnits((u) => ({ ...u, [key(line.skuId, part.locationId)]: e.target.value }))}
                                  className={`${inputClasses} ml-auto h-8 w-24 py-1 text-right`}
                                  data-testid="split-units"
                                />
                              )}
                            </td>
                            <td className="py-1 text-right tabular-nums">{formatDays(after === null ? null : Math.round(after))}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                );
              })}
            </div>
          </>
        ) : null}
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        {error ? <Notice tone="error">{formError(error)}</Notice> : null}
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button onClick={confirm} pending={pending} disabled={!data} pendingText="Receiving…" data-testid="confirm-split">
            Receive and send on
          </Button>
        </div>
      </div>
    </dialog>
  );
}
