'use client';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { errorMessage } from '../../../../_components/forms/trpc-error';
import { formatDays, formatMoney, formatPercent, formatUnits } from '../../../../_components/tables/cell-format';
import { Notice } from '../../../../_components/ui/notice';

export interface KpiFilter {
  regionId?: string;
  shipFromLocationId?: string;
  from?: string;
  to?: string;
}

/** The DESIGN.md §6 order KPIs of the filtered period, from kpi_daily (status and search do not apply). */
export function OrderKpiCards({ org, currency, filter }: { org: string; currency: string; filter: KpiFilter }) {
  const trpc = useTRPC();
  const kpis = useQuery(trpc.orders.kpis.queryOptions({ org, ...filter }));
  if (kpis.isError) return <Notice tone="error">{errorMessage(kpis.error, 'The KPIs could not be loaded.')}</Notice>;
  const f = kpis.data?.figures;
  const s = kpis.data?.sums;
  const cards = [
    { label: 'Avg delivery time', value: formatDays(f?.avgDeliveryDays), note: s ? `${formatUnits(s.deliveredOrders, 'delivered orders')}` : '' },
    { label: 'On-time rate', value: formatPercent(f?.onTimeRate), note: s ? `${formatUnits(s.onTimeOrders, 'on time')}` : '' },
    { label: 'Shipping cost per unit', value: formatMoney(f?.shippingCostPerUnit, currency), note: s ? `${formatUnits(s.unitsShipped, 'units shipped')}` : '' },
    { label: 'Order fill rate', value: formatPercent(f?.orderFillRate), note: s ? `${formatUnits(s.completeOrders, 'complete')} of ${formatUnits(s.ordersCount, 'orders')}` : '' },
    { label: 'Line fill rate', value: formatPercent(f?.lineFillRate), note: s ? `${formatUnits(s.unitsOrdered, 'units ordered')}` : '' },
  ];
  return (
    <section aria-label="Order KPIs for the selected period" className="space-y-2" data-testid="order-kpis" aria-busy={kpis.isFetching || undefined}>
      <dl className={`grid gap-3 sm:grid-cols-3 lg:grid-cols-5 ${kpis.isFetching ? 'opacity-70' : ''}`}>
        {cards.map((c) => (
          <div key={c.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{c.label}</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{kpis.isPending ? '…' : c.value}</dd>
            <dd className="text-xs text-slate-500">{c.note}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-500">
        By order day{kpis.data?.firstDay ? ` (${kpis.data.firstDay} to ${kpis.data.lastDay})` : ''}, for the region, ship-from and dates chosen below; cancelled orders excluded. Status and search narrow the table only.
      </p>
    </section>
  );
}
