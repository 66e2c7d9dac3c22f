'use client';
/**
 * Sweeps k = 1..N: one optimal-network solve per k, asked for one after the other, so progress is the k reached
 * and Cancel stops the sweep (the solve in flight is abandoned; nothing is written). The curve of total cost and
 * delivery days against k, and the points as a table with a CSV download.
 */
import { useRef, useState } from 'react';
import type { NetworkParameters } from '@/server/services/network-compare/schemas';
import type { SweepPoint } from '@/server/services/network-compare/solve-k';
import { useTRPCClient } from '../../../../../_trpc/client';
import { ChartNetworkSweep } from '../../../../../_components/charts/chart-network-sweep';
import { DownloadCsvButton } from '../../../../../_components/tables/download-csv-button';
import { Button } from '../../../../../_components/ui/button';
import { Notice } from '../../../../../_components/ui/notice';
import { errorMessage } from '../../../../../_components/forms/trpc-error';
import { formatFigure } from './figure-format';

type State = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export function KSweep({ org, parameters, locationCount, currency }: { org: string; parameters: NetworkParameters; locationCount: number; currency: string }) {
  const client = useTRPCClient();
  const [points, setPoints] = useState<SweepPoint[]>([]);
  const [state, setState] = useState<State>('idle');
  const [currentK, setCurrentK] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setPoints([]);
    setError(null);
    setState('running');
    for (let k = 1; k <= locationCount; k++) {
      setCurrentK(k);
      try {
        const point = await client.networkCompare.solveK.query({ org, ...parameters, k }, { signal: controller.signal });
        if (controller.signal.aborted) break;
        setPoints((previous) => [...previous, point]);
      } catch (e) {
        if (controller.signal.aborted) break;
        setError(errorMessage(e));
        setState('error');
        return;
      }
    }
    setState(controller.signal.aborted ? 'cancelled' : 'done');
  }

  function cancel() {
    abort.current?.abort();
    setState('cancelled');
  }

  const chartPoints = Array.from({ length: locationCount }, (_, i) => {
    const p = points.find((x) => x.k === i + 1);
    return { k: i + 1, totalCostPerYear: p?.figures?.totalCostPerYear ?? null, averageDeliveryDays: p?.figures?.averageDeliveryDays ?? null };
  });
  const solved = points.filter((p) => p.feasible && p.figures);
  const cheapest = solved.reduce<SweepPoint | null>((best, p) => (best === null || (p.figures?.totalCostPerYear ?? Infinity) < (best.figures?.totalCostPerYear ?? Infinity) ? p : best), null);
  const description =
    solved.length > 0
      ? `Total cost per year and delivery days of the optimal network for ${solved.map((p) => p.k).join(', ')} open locations; lowest total cost with ${cheapest?.k} (${cheapest?.openLocationCodes.join(', ')}).`
      : 'No solved point yet.';
  const progress = state === 'running' ? Math.round(((currentK - 1) / locationCount) * 100) : state === 'done' ? 100 : Math.round((points.length / locationCount) * 100);

  return (
    <section aria-labelledby="sweep-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="sweep-heading" className="text-lg font-semibold text-slate-900">Cost and delivery days for k = 1 to {locationCount}</h2>
          <p className="text-sm text-slate-600">One optimization per k (HiGHS facility-location model), each opening exactly k of your {locationCount} locations.</p>
        </div>
        <div className="flex gap-2">
          {state === 'running' ? (
            <Button variant="secondary" onClick={cancel} data-testid="sweep-cancel">Cancel</Button>
          ) : (
            <Button onClick={run} data-testid="sweep-run">{points.length ? 'Run the sweep again' : `Sweep k = 1 to ${locationCount}`}</Button>
          )}
        </div>
      </div>
      {state === 'running' || state === 'cancelled' || state === 'done' ? (
        <div>
          <div className="flex justify-between text-sm text-slate-700" aria-live="polite">
            <span data-testid="sweep-status">
              {state === 'running' ? `Solving k = ${currentK} of ${locationCount}…` : state === 'cancelled' ? `Cancelled after ${points.length} of ${locationCount}.` : `Solved k = 1 to ${locationCount}.`}
            </span>
            <span>{progress}%</span>
          </div>
          <progress className="mt-1 h-2 w-full accent-blue-600" max={100} value={progress} aria-label="Sweep progress" />
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {points.length > 0 ? (
        <>
          <ChartNetworkSweep points={chartPoints} currency={currency} description={description} />
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="sweep-table">
              <caption className="sr-only">Optimal network for each number of open locations</caption>
              <thead className="bg-slate-50">
                <tr>
                  {['k', 'Open locations', 'Delivery days', 'Within SLA', 'Shipping cost per unit', 'Safety stock value', 'Total cost'].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {points.map((p) => (
                  <tr key={p.k}>
                    <td className="px-3 py-2 tabular-nums">{p.k}</td>
                    {p.figures ? (
                      <>
                        <td className="px-3 py-2">{p.openLocationCodes.join(', ')}</td>
                        <td className="px-3 py-2 tabular-nums">{formatFigure(p.figures.averageDeliveryDays, 'days', currency)}</td>
                        <td className="px-3 py-2 tabular-nums">{formatFigure(p.figures.slaMetShare, 'fraction', currency)}</td>
                        <td className="px-3 py-2 tabular-nums">{formatFigure(p.figures.shippingCostPerUnit, 'currency/unit', currency)}</td>
                        <td className="px-3 py-2 tabular-nums">{formatFigure(p.figures.safetyStockValue, 'currency', currency)}</td>
                        <td className="px-3 py-2 tabular-nums">{formatFigure(p.figures.totalCostPerYear, 'currency/year', currency)}</td>
                      </>
                    ) : (
                      <td colSpan={6} className="px-3 py-2 text-amber-800">{p.reason}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <DownloadCsvButton
            fileName={['network-sweep', org]}
            header={['k', 'open_locations', 'feasible', 'average_delivery_days', 'sla_met_share', 'shipping_cost_per_unit', 'safety_stock_value', 'inventory_value', 'total_cost_per_year', 'currency', 'reason']}
            rows={() =>
              points.map((p) => [p.k, p.openLocationCodes.join(' '), p.feasible, p.figures?.averageDeliveryDays, p.figures?.slaMetShare, p.figures?.shippingCostPerUnit, p.figures?.safetyStockValue, p.figures?.inventoryValue, p.figures?.totalCostPerYear, currency, p.reason])
            }
          />
        </>
      ) : null}
    </section>
  );
}
