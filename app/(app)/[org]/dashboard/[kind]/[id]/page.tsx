import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { errorCode } from '../../../../../_components/forms/trpc-error';
import { DashboardView } from '../../_components/dashboard-view';
import { parseView } from '../../_components/view-params';

export const metadata: Metadata = { title: 'Dashboard' };
export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTER_KEY = { regions: 'regionId', locations: 'locationId', skus: 'skuId' } as const;

/** A drill-down: `/[org]/dashboard/regions/<id>`, `/locations/<id>` or `/skus/<id>`, with the same KPIs. */
export default async function DashboardDrillDown({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org: slug, kind, id } = await params;
  const key = (FILTER_KEY as Record<string, string | undefined>)[kind];
  if (!key || !UUID.test(id)) notFound();
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') notFound();
  try {
    return await DashboardView({ org, view: parseView(await searchParams), filter: { [key]: id } });
  } catch (error) {
    if (errorCode(error) === 'NOT_FOUND') notFound();
    throw error;
  }
}
