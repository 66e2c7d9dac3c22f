import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { todayIn } from '@/server/services/master-data/today';
import { HydrateClient, prefetch, trpc } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { ProviderNotice } from '../forecasts/_components/provider-notice';
import { RecommendationsBoard } from './_components/recommendations-board';
import { plannerRoleHint } from './_components/role-hint';
import { RunPlanning } from './_components/run-planning';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ org: string }> }): Promise<Metadata> {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return { title: `Recommendations · ${org.name}` };
}

export default async function RecommendationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice title="Recommendations" org={org.slug} name={org.name} />;
  const canAct = hasRole(org.role, 'planner');
  prefetch(trpc.planning.run.queryOptions({ org: org.slug }));
  prefetch(trpc.recommendations.list.queryOptions({ org: org.slug, status: 'open', limitPerKind: 20 }));
  return (
    <HydrateClient>
      <PageHeading
        title="Recommendations"
        subtitle="What to buy, move, centralize or split on arrival, from the latest planning run: each says why in numbers and what it is expected to change. Accepting creates draft purchase orders (one per supplier and arrival location) and transfers (one per lane) for you to check."
      />
      <div className="space-y-5">
        <RunPlanning org={org.slug} timezone={org.timezone} canRun={canAct} roleHint={canAct ? null : plannerRoleHint(org, 'Running planning')} />
        <RecommendationsBoard org={org.slug} currency={org.currency} timezone={org.timezone} today={todayIn(org.timezone)} canAct={canAct} roleHint={canAct ? null : plannerRoleHint(org, 'Accepting, dismissing or snoozing a recommendation')} />
      </div>
    </HydrateClient>
  );
}
