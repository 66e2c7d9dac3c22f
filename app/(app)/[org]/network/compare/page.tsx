import type { Metadata } from 'next';
import Link from 'next/link';
import { getCaller } from '../../../../_trpc/server';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { Notice } from '../../../../_components/ui/notice';
import { formatDate } from '../../../../_components/format/date';
import { SCENARIO_FIGURES } from '@/server/services/scenarios/compare';
import type { NetworkFigures } from '@/server/services/network-compare/figures';
import { ComparisonTable, type ComparisonColumn } from './_components/comparison-table';
import { CompareChart } from './_components/compare-chart';
import { compareParams, exportFilters, type SearchParams } from './_components/compare-params';
import { formatFigure } from './_components/figure-format';
import { KSweep } from './_components/k-sweep';
import { ParametersForm } from './_components/parameters-form';
import { RegionsTable, type RegionServiceRow } from './_components/regions-table';
import { SaveScenario } from './_components/save-scenario';

export const metadata: Metadata = { title: 'Centralized vs distributed · Network' };
export const dynamic = 'force-dynamic';

const noon = (day: string) => `${day}T12:00:00Z`;
const CHART_METRICS: { key: keyof NetworkFigures; label: string }[] = [
  { key: 'averageDeliveryDays', label: 'Delivery days' },
  { key: 'shippingCostPerUnit', label: 'Shipping cost per unit' },
  { key: 'safetyStockValue', label: 'Safety stock value' },
  { key: 'inventoryValue', label: 'Inventory value' },
  { key: 'totalCostPerYear', label: 'Total cost per year' },
];

/** The article's table on the tenant's own history: centralized, current and the optimal k of N. */
export default async function NetworkComparePage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  const back = { href: `/${org.slug}/network`, label: 'Network' };
  if (org.kind === 'provider') {
    return (
      <EmptyState title="Networks belong to your clients" action={<Link href="/portfolio" className={buttonClasses('primary')}>Open the portfolio</Link>}>
        {org.name} is a 3PL organization. Open a client from the portfolio to compare its network.
      </EmptyState>
    );
  }
  const { input, errors } = compareParams(await searchParams);
  const caller = await getCaller();
  const data = await caller.networkCompare.compare({ org: slug, ...input });
  const { k: _k, ...parameters } = input;
  void _k;
  const canEdit = org.role !== 'viewer';
  const windowLabel = `${formatDate(noon(data.window.from), 'UTC')} to ${formatDate(noon(data.window.to), 'UTC')}`;
  const heading = (
    <PageHeading
      title="Centralized vs distributed"
      back={back}
      subtitle={`Your network on your own demand, ${windowLabel} (${data.window.days} days): the best single location, every location you run today, and the optimal ${data.k} of ${data.locations.length}.`}
      actions={<Link href={`/${org.slug}/network/scenarios`} className={buttonClasses('secondary')}>Scenarios</Link>}
    />
  );

  if (data.status !== 'ready') {
    const action =
      data.status === 'no-orders' ? (
        <Link href={`/${org.slug}/imports`} className={buttonClasses('primary')}>Import orders</Link>
      ) : data.status === 'too-few-locations' ? (
        <Link href={`/${org.slug}/locations`} className={buttonClasses('primary')}>Add locations</Link>
      ) : data.latestOrderDay ? (
        <Link href={`/${org.slug}/network/compare?asOf=${data.latestOrderDay}&window=${data.window.days}`} className={buttonClasses('primary')}>
          Show the {data.window.days} days up to {formatDate(noon(data.latestOrderDay), 'UTC')}
        </Link>
      ) : null;
    const title = { 'no-orders': 'No order history yet', 'no-demand-in-window': 'No orders in this window', 'too-few-locations': 'Nothing to compare yet' }[data.status];
    return (
      <div className="space-y-6">
        {heading}
        {data.status === 'no-demand-in-window' ? <ParametersForm input={input} k={data.k} locationCount={data.locations.length} asOf={data.window.to} /> : null}
        <EmptyState title={title} action={action}>{data.message}</EmptyState>
      </div>
    );
  }

  const rowByKey = Object.fromEntries(data.rows.map((r) => [r.key, r]));
  const columns: ComparisonColumn[] = data.rows.map((r) => ({
    key: r.key,
    label: r.label,
    sublabel: r.result ? r.result.openLocationCodes.join(', ') : undefined,
    figures: r.result?.figures ?? null,
    missing: r.reason ? 'infeasible' : undefined,
  }));
  const central = rowByKey.centralized?.result?.figures;
  const series = data.rows
    .filter((r) => r.result)
    .map((r) => ({
      label: r.label,
      values: CHART_METRICS.map((m) => (central && Number(central[m.key]) !== 0 ? (Number(r.result!.figures[m.key]) / Number(central[m.key])) * 100 : null)),
    }));
  const chartDescription = `Index against the centralized network (100): ${series
    .map((s) => `${s.label}: ${CHART_METRICS.map((m, i) => `${m.label.toLowerCase()} ${s.values[i] === null ? 'n/a' : Math.round(s.values[i]!)}`).join(', ')}`)
    .join('; ')}.`;

  const regionRows: RegionServiceRow[] = data.regions.map((region) => ({
    id: region.id,
    code: region.code,
    name: region.name,
    demandPerDay: region.demandPerDay,
    slaDeliveryDays: region.slaDeliveryDays,
    servedBy: Object.fromEntries(
      data.rows.map((r) => {
        const served = r.result?.served.filter((s) => s.regionId === region.id) ?? [];
        const text = served.length
          ? served.map((s) => `${s.locationCode}${s.share < 0.999 ? ` ${Math.round(s.share * 100)}%` : ''} · ${formatFigure(s.transitDays, 'days', data.currency)}${s.withinSla ? '' : ' (late)'}`).join('; ')
          : r.result
            ? 'not served'
            : '—';
        return [r.key, text];
      }),
    ),
  }));
  const observed = data.observed;

  return (
    <div className="space-y-6">
      {heading}
      <ParametersForm input={input} k={data.k} locationCount={data.locations.length} asOf={data.window.to} />
      {errors.length ? <Notice tone="warning">Some parameters were not valid and the defaults were used: {errors.join(' ')}</Notice> : null}
      {data.sentence ? (
        <p className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-base text-blue-950" data-testid="compare-sentence">
          {data.sentence}
        </p>
      ) : null}
      {data.rows.filter((r) => r.reason).map((r) => (
        <Notice key={r.key} tone="warning" testId="compare-infeasible">
          {r.label}: {r.reason}
        </Notice>
      ))}
      {data.rows.flatMap((r) => r.result?.unserved.map((u) => ({ key: `${r.key}-${u.regionId}`, text: `${r.label}: ${u.reason}` })) ?? []).map((u) => (
        <Notice key={u.key} tone="warning">{u.text}</Notice>
      ))}
      <ComparisonTable columns={columns} rows={SCENARIO_FIGURES} currency={data.currency} caption="Networks compared: centralized, current and optimal" testId="compare-table" />
      <div className="flex flex-wrap items-center gap-3">
        <a href={`/api/orgs/${org.slug}/export/network-comparison?${exportFilters(input, data.k)}`} className={buttonClasses('secondary', 'sm')} data-testid="compare-csv">
          Download CSV
        </a>
        {canEdit
          ? data.rows
              .filter((r) => r.result)
              .map((r) => (
                <SaveScenario key={r.key} org={org.slug} openLocationIds={r.result!.openLocationIds} parameters={parameters} label={r.label} defaultName={`${r.label}, ${data.window.to}`} />
              ))
          : null}
      </div>
      <section aria-labelledby="chart-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="chart-heading" className="text-lg font-semibold text-slate-900">Against the centralized network</h2>
        <p className="mb-2 text-sm text-slate-600">Each figure as an index: the centralized network is 100, lower is less.</p>
        <CompareChart metrics={CHART_METRICS.map((m) => m.label)} series={series} description={chartDescription} />
      </section>
      <KSweep org={org.slug} parameters={parameters} locationCount={data.locations.length} currency={data.currency} />
      <section aria-labelledby="regions-heading" className="space-y-2">
        <h2 id="regions-heading" className="text-lg font-semibold text-slate-900">Who serves each region</h2>
        <RegionsTable rows={regionRows} networks={data.rows.map((r) => ({ key: r.key, label: r.label }))} org={org.slug} />
      </section>
      <section aria-labelledby="basis-heading" className="space-y-2 text-sm text-slate-700">
        <h2 id="basis-heading" className="text-lg font-semibold text-slate-900">What the figures rest on</h2>
        <p>
          {data.orderLineCount.toLocaleString('en-US')} order lines of {data.skuCount.toLocaleString('en-US')} SKUs,{' '}
          {formatFigure(data.unitsPerDay, 'units/day', data.currency)} on average.{' '}
          {observed.orders > 0
            ? `What your history shows over the same window (all locations as they shipped): ${formatFigure(observed.averageDeliveryDays, 'days', data.currency)} average delivery, ${formatFigure(observed.shippingCostPerUnit, 'currency/unit', data.currency)} shipping, ${formatFigure(observed.lineFillRate, 'fraction', data.currency)} of units shipped on the first shipment, ${formatFigure(observed.onTimeRate, 'fraction', data.currency)} delivered on time.`
            : 'The order rollups hold no delivered orders for this window, so there is no observed figure to set beside the model.'}
        </p>
        <ul className="list-disc space-y-1 pl-5">
          {data.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
          <li>Delivery days are lane transit days; the fill rate assumes an order short at its location ships from another open location that has a lane to the region (back-up shipping).</li>
        </ul>
      </section>
    </div>
  );
}
