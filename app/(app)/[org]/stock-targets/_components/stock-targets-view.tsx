'use client';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { StockPositionBarChart } from '../../../../_components/charts/chart-bar-stock-position';
import { formatMoney, formatNumber, formatUnits } from '../../../../_components/tables/cell-format';
import { useListState } from '../../../../_components/tables/use-list-state';
import { StockTargetsTable, type StockTargetSort } from './stock-targets-table';

/**
 * The Stock targets page below its heading: where stock stands against target per location (a stacked bar
 * per location; clicking one filters the table), what is short and what is in excess, then the table.
 */
export function StockTargetsView({ org, currency, canRun }: { org: string; currency: string; canRun: boolean }) {
  const trpc = useTRPC();
  const state = useListState<StockTargetSort>({ sort: 'gap', direction: 'desc' });
  const summary = useQuery(trpc.stockTargets.summary.queryOptions({ org }));
  const locations = summary.data?.locations ?? [];
  const total = locations.reduce(
    (t, l) => ({ below: t.below + l.below, belowUnits: t.belowUnits + l.belowUnits, atRisk: t.atRisk + l.atRiskValue, excessUnits: t.excessUnits + l.excessUnits, excess: t.excess + l.excessValue }),
    { below: 0, belowUnits: 0, atRisk: 0, excessUnits: 0, excess: 0 },
  );
  return (
    <div className="space-y-5">
      {locations.length > 0 ? (
        <div className="grid items-start gap-5 lg:grid-cols-[2fr_1fr]">
          <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="position-by-location">
            <h2 id="position-by-location" className="mb-2 text-sm font-semibold text-slate-900">
              SKUs against target, by location <span className="font-normal text-slate-500">(click a bar to list that location)</span>
            </h2>
            <StockPositionBarChart
              bars={locations.map((l) => ({ label: l.locationCode, below: l.below, within: l.within, above: l.above }))}
              title="SKUs below the reorder point, within targets and above order-up-to at each location"
              onSelect={(i) => {
                const l = locations[i];
                if (l) state.setFilter('locationId', l.locationId);
              }}
              testId="stock-position-chart"
            />
          </section>
          <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="stock-target-totals">
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Below the reorder point</dt>
              <dd className="text-lg font-semibold text-red-700">{formatNumber(total.below)} SKU × location</dd>
              <dd className="text-slate-600">{formatUnits(total.belowUnits)} short · {formatMoney(total.atRisk, currency)} at risk (at unit price)</dd>
            </div>
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Above order-up-to</dt>
              <dd className="text-lg font-semibold text-amber-800">{formatUnits(total.excessUnits)} in excess</dd>
              <dd className="text-slate-600">{formatMoney(total.excess, currency)} of stock (at unit cost)</dd>
            </div>
          </dl>
        </div>
      ) : null}
      <StockTargetsTable org={org} state={state} canRun={canRun} />
    </div>
  );
}
