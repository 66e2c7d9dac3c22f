import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { HydrateClient, prefetch, trpc } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { ProviderNotice } from '../forecasts/_components/provider-notice';
import { plannerRoleHint } from '../recommendations/_components/role-hint';
import { RunPlanning } from '../recommendations/_components/run-planning';
import { StockTargetsView } from './_components/stock-targets-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ org: string }> }): Promise<Metadata> {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return { title: `Stock targets · ${org.name}` };
}

export default async function StockTargetsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice title="Stock targets" org={org.slug} name={org.name} />;
  const canRun = hasRole(org.role, 'planner');
  prefetch(trpc.planning.run.queryOptions({ org: org.slug }));
  prefetch(trpc.stockTargets.summary.queryOptions({ org: org.slug }));
  return (
    <HydrateClient>
      <PageHeading
        title="Stock targets"
        subtitle="Per SKU and location, from the latest planning run: safety stock for the service level the served regions’ SLAs ask, reorder point (demand over the lead time plus safety stock) and order-up-to (plus the review period), against today’s position (on hand + in transit + on order − reserved)."
      />
      <div className="space-y-5">
        <RunPlanning org={org.slug} timezone={org.timezone} canRun={canRun} roleHint={canRun ? null : plannerRoleHint(org, 'Running planning')} compact />
        <StockTargetsView org={org.slug} currency={org.currency} canRun={canRun} />
      </div>
    </HydrateClient>
  );
}
