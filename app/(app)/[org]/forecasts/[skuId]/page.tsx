import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { getCaller } from '../../../../_trpc/server';
import { errorCode } from '../../../../_components/forms/trpc-error';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { ForecastDetailView } from '../_components/forecast-detail';
import { ProviderNotice } from '../_components/provider-notice';

export const dynamic = 'force-dynamic';

type Params = Promise<{ org: string; skuId: string }>;
type Search = Promise<{ region?: string | string[] }>;

/** The forecast of one SKU (and region), or null when the latest run has none for it. */
const loadDetail = cache(async (org: string, skuId: string, regionId: string | undefined) => {
  const caller = await getCaller();
  try {
    return await caller.forecasts.detail({ org, skuId, ...(regionId ? { regionId } : {}) });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') return null;
    throw error;
  }
});

function regionOf(search: { region?: string | string[] }): string | undefined {
  const value = Array.isArray(search.region) ? search.region[0] : search.region;
  return value || undefined;
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const [{ org: slug, skuId }, search] = await Promise.all([params, searchParams]);
  const org = await loadOrganization(slug);
  const detail = org.kind === 'importer' ? await loadDetail(org.slug, skuId, regionOf(search)) : null;
  return { title: detail ? `Forecast ${detail.sku.code}${detail.region ? ` · ${detail.region.code}` : ''}` : 'Forecast' };
}

export default async function ForecastPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [{ org: slug, skuId }, search] = await Promise.all([params, searchParams]);
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice title="Forecast" org={org.slug} name={org.name} />;
  const detail = await loadDetail(org.slug, skuId, regionOf(search));
  if (!detail) {
    return (
      <div>
        <PageHeading title="Forecast" back={{ href: `/${org.slug}/forecasts`, label: 'Forecasts' }} />
        <EmptyState title="No forecast for this SKU" action={<Link href={`/${org.slug}/forecasts`} className={buttonClasses('secondary')}>Back to Forecasts</Link>}>
          The latest planning run has no forecast for this SKU{regionOf(search) ? ' in this region' : ''}: it may have no orders in the history the run read, or be newer than the run. Run planning again after importing its order history.
        </EmptyState>
      </div>
    );
  }
  return <ForecastDetailView org={org.slug} detail={detail} />;
}
