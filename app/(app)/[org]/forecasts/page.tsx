import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { HydrateClient, prefetch, trpc } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { plannerRoleHint } from '../recommendations/_components/role-hint';
import { RunPlanning } from '../recommendations/_components/run-planning';
import { ForecastsOverview } from './_components/forecasts-overview';
import { ProviderNotice } from './_components/provider-notice';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ org: string }> }): Promise<Metadata> {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return { title: `Forecasts · ${org.name}` };
}

export default async function ForecastsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice title="Forecasts" org={org.slug} name={org.name} />;
  const canRun = hasRole(org.role, 'planner');
  prefetch(trpc.planning.run.queryOptions({ org: org.slug }));
  prefetch(trpc.forecasts.summary.queryOptions({ org: org.slug }));
  return (
    <HydrateClient>
      <PageHeading
        title="Forecasts"
        subtitle="Weekly demand per SKU and region from your order history: the method chosen for each series on held-out weeks, its accuracy against seasonal naive (MASE, WAPE, bias), and the 95 % band the safety stock is built on."
      />
      <div className="space-y-5">
        <RunPlanning org={org.slug} timezone={org.timezone} canRun={canRun} roleHint={canRun ? null : plannerRoleHint(org, 'Running planning')} />
        <ForecastsOverview org={org.slug} canRun={canRun} />
      </div>
    </HydrateClient>
  );
}
