import type { Metadata } from 'next';
import Link from 'next/link';
import { getCaller } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { MapNetwork } from '../../../_components/charts/map-network';
import { buildNetworkMapModel } from '../../../_components/charts/map-network-model';
import { describeNetworkMap } from '../../../_components/charts/map-network-description';
import { formatDate } from '../../../_components/format/date';
import { buttonClasses } from '../../../_components/ui/button';
import { EmptyState } from '../../../_components/ui/empty-state';
import { Notice } from '../../../_components/ui/notice';
import { NetworkTables } from './_components/network-tables';
import { WindowForm } from './_components/window-form';

export const metadata: Metadata = { title: 'Network' };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WINDOWS = [7, 30, 90, 365];

/** The map of locations, regions and lanes, with each region's SLA attainment over a window. */
export default async function NetworkPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const { org: slug } = await params;
  const query = await searchParams;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') {
    return (
      <EmptyState title="Networks belong to your clients" action={<Link href="/portfolio" className={buttonClasses('primary')}>Open the portfolio</Link>}>
        {org.name} is a 3PL organization. Open a client from the portfolio to see its network.
      </EmptyState>
    );
  }
  const asOfParam = typeof query.asOf === 'string' && DAY.test(query.asOf) ? query.asOf : undefined;
  const windowParam = Number(query.window);
  const windowDays = WINDOWS.includes(windowParam) ? windowParam : 30;

  const caller = await getCaller();
  const data = await caller.network.map({ org: slug, asOf: asOfParam, windowDays });
  const model = buildNetworkMapModel(data);
  const noon = (day: string) => `${day}T12:00:00Z`;
  const windowLabel = `from ${formatDate(noon(data.window.from), 'UTC')} to ${formatDate(noon(data.window.to), 'UTC')}`;
  const description = describeNetworkMap(model, windowLabel);
  const deliveredInWindow = data.regions.some((r) => r.deliveredOrders > 0);
  const canEdit = org.role !== 'viewer';

  if (data.locations.length === 0 && data.regions.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold text-slate-900">Network</h1>
        <EmptyState
          title="No locations or regions yet"
          action={
            canEdit ? (
              <>
                <Link href={`/${org.slug}/locations`} className={buttonClasses('primary')}>Add locations</Link>
                <Link href={`/${org.slug}/imports`} className={buttonClasses('secondary')}>Import from CSV</Link>
              </>
            ) : null
          }
        >
          The map shows your warehouses, the regions you deliver to and the lanes between them. Add locations with coordinates and regions with a centroid to see them here.
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Network</h1>
          <p className="mt-1 text-sm text-slate-600">Regions are coloured by SLA attainment (orders delivered on time) {windowLabel}.</p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <WindowForm asOf={data.window.to} windowDays={windowDays} windows={WINDOWS} />
          <Link href={`/${org.slug}/network/compare`} className={buttonClasses('primary')}>Compare networks</Link>
          <Link href={`/${org.slug}/network/scenarios`} className={buttonClasses('secondary')}>Scenarios</Link>
        </div>
      </div>
      {!deliveredInWindow && data.latestDeliveredDay && data.latestDeliveredDay < data.window.from ? (
        <Notice tone="info">
          No orders in this period were delivered yet; the latest delivered orders were placed on {formatDate(noon(data.latestDeliveredDay), 'UTC')}.{' '}
          <Link className="font-medium underline" href={`/${org.slug}/network?asOf=${data.latestDeliveredDay}&window=${windowDays}`}>
            Show the {windowDays} days up to then
          </Link>
          .
        </Notice>
      ) : null}
      <MapNetwork model={model} description={description} currency={data.currency} />
      {model.unplaced.length ? (
        <Notice tone="warning">
          Not on the map: {model.unplaced.map((u) => `${u.name} (${u.code})`).join(', ')}. Give {model.unplaced.length === 1 ? 'it' : 'them'} coordinates to place {model.unplaced.length === 1 ? 'it' : 'them'}.
        </Notice>
      ) : null}
      <NetworkTables org={org.slug} data={data} />
    </div>
  );
}
