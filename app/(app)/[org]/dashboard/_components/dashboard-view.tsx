import Link from 'next/link';
import type { DashboardFilter } from '@/server/services/dashboard/schemas';
import { mergePlanning } from '@/server/services/dashboard/read-kpis';
import { getCaller } from '../../../../_trpc/server';
import type { CurrentOrganization } from '../../../../_components/layout/load-organization';
import { MapNetwork } from '../../../../_components/charts/map-network';
import { buildNetworkMapModel } from '../../../../_components/charts/map-network-model';
import { describeNetworkMap } from '../../../../_components/charts/map-network-description';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { KpiCards } from './kpi-cards';
import { PeriodPicker } from './period-picker';
import { TrendCharts } from './trend-charts';
import { LocationTable, RegionTable, SkuTable } from './breakdown-tables';
import { longDay } from './format';
import { viewQuery, type DashboardView as View } from './view-params';

const KIND_LABEL = { network: 'Dashboard', region: 'Region', location: 'Location', sku: 'SKU' } as const;

/** The dashboard for the network or one region, location or SKU: the same KPIs, charts and tables. */
export async function DashboardView({ org, view, filter }: { org: CurrentOrganization; view: View; filter: DashboardFilter }) {
  const caller = await getCaller();
  const input = { org: org.slug, ...view, filter };
  const subject = await caller.dashboard.subject(input);
  const [cards, planning] = await Promise.all([caller.dashboard.kpis(input), caller.dashboard.planning(input)]);
  const report = mergePlanning(cards, planning);
  const query = viewQuery(view);
  const regions = await caller.dashboard.regions(input);
  const locationRows = subject.kind === 'sku' || subject.kind === 'network' || subject.kind === 'region' ? await caller.dashboard.locations(input) : null;
  const locations = locationRows?.map((l) => ({ ...l, excessValue: planning.run ? (planning.excessByLocation[l.id] ?? 0) : null })) ?? null;
  const skus = subject.kind === 'region' || subject.kind === 'location' ? await caller.dashboard.skus(input) : null;
  const p = report.view.period;
  const heading = subject.kind === 'network' ? 'Dashboard' : `${KIND_LABEL[subject.kind]} ${subject.code}`;
  const canImport = org.role !== 'viewer';

  if (!report.hasOrders && !report.hasInventory && subject.kind === 'network') {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold text-slate-900">Dashboard</h1>
        <EmptyState
          title="Nothing to measure yet"
          action={canImport ? (
            <>
              <Link href={`/${org.slug}/imports`} className={buttonClasses('primary')}>Import your data</Link>
              <Link href={`/${org.slug}/orders/new`} className={buttonClasses('secondary')}>Record an order</Link>
            </>
          ) : null}
        >
          <p>The dashboard measures delivery against your regional SLAs, fill rates and the stock at each location. Import, in this order: <strong>locations</strong>, <strong>regions</strong> with their <strong>SLAs</strong>, <strong>lanes</strong>, <strong>SKUs</strong>, <strong>stock levels</strong>, then your <strong>order history</strong> (a year or two gives trends and a same-period-last-year comparison).</p>
        </EmptyState>
      </div>
    );
  }

  const map = subject.kind === 'network' ? await caller.network.map({ org: org.slug, asOf: p.to, windowDays: Math.min(366, p.days) }) : null;
  const mapModel = map ? buildNetworkMapModel(map) : null;

  return (
    <div className="space-y-8" data-testid={`dashboard-${subject.kind}`}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          {subject.kind !== 'network' ? (
            <p className="text-sm"><Link href={`/${org.slug}/dashboard?${query}`} className="text-brand-700 hover:underline">← Dashboard</Link></p>
          ) : null}
          <h1 className="text-2xl font-semibold text-slate-900">{heading}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {subject.kind !== 'network' ? `${subject.name} · ` : ''}
            {p.label}: {longDay(p.from)} to {longDay(p.to)}, compared with {report.view.baseline.label} ({longDay(report.view.baseline.from)} to {longDay(report.view.baseline.to)}).
          </p>
        </div>
        <PeriodPicker view={view} />
      </div>

      <section aria-labelledby="kpis-heading" className="space-y-3">
        <h2 id="kpis-heading" className="text-lg font-semibold text-slate-900">Key figures</h2>
        <KpiCards cards={report.cards} currency={report.currency} baselineLabel={report.view.baseline.label} />
      </section>

      <section aria-labelledby="trends-heading" className="space-y-3">
        <h2 id="trends-heading" className="text-lg font-semibold text-slate-900">Trends</h2>
        <TrendCharts report={report} regions={subject.kind === 'region' ? null : regions} />
      </section>

      {subject.kind !== 'region' ? (
        <section aria-labelledby="regions-heading" className="space-y-3">
          <h2 id="regions-heading" className="text-lg font-semibold text-slate-900">By region, against the SLA</h2>
          <RegionTable rows={regions} org={org.slug} query={query} currency={report.currency} />
        </section>
      ) : null}

      {locations ? (
        <section aria-labelledby="locations-heading" className="space-y-3">
          <h2 id="locations-heading" className="text-lg font-semibold text-slate-900">{subject.kind === 'region' ? 'Locations serving this region' : 'By location'}</h2>
          <LocationTable rows={locations} org={org.slug} query={query} currency={report.currency} />
        </section>
      ) : null}

      {skus ? (
        <section aria-labelledby="skus-heading" className="space-y-3">
          <h2 id="skus-heading" className="text-lg font-semibold text-slate-900">SKUs</h2>
          <SkuTable rows={skus} org={org.slug} query={query} currency={report.currency} />
        </section>
      ) : null}

      {map && mapModel ? (
        <section aria-labelledby="map-heading" className="space-y-3">
          <h2 id="map-heading" className="text-lg font-semibold text-slate-900">SLA attainment on the map</h2>
          <MapNetwork model={mapModel} currency={map.currency} description={describeNetworkMap(mapModel, `from ${longDay(map.window.from)} to ${longDay(map.window.to)}`)} />
        </section>
      ) : null}
    </div>
  );
}
