import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { HydrateClient, prefetch, trpc } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { ProviderNotice } from '../../../_components/layout/provider-notice';
import { PageHeading } from '../../../_components/tables/page-heading';
import { ReplayWorkspace } from './_components/replay-workspace';

export const metadata: Metadata = { title: 'Replay' };
export const dynamic = 'force-dynamic';

export default async function ReplayPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice orgName={org.name} what="policy replays" />;
  prefetch(trpc.replay.options.queryOptions({ org: org.slug }));
  prefetch(trpc.replay.list.queryOptions({ org: org.slug }));
  return (
    <div>
      <PageHeading
        title="Replay"
        subtitle="Check a stocking policy against your own past: your real weekly orders are replayed week by week, each decision using only what was known then, and each policy's fill rate, stock carried and cost are shown side by side."
      />
      <HydrateClient>
        <ReplayWorkspace org={org.slug} currency={org.currency} timezone={org.timezone} canWrite={hasRole(org.role, 'planner')} />
      </HydrateClient>
    </div>
  );
}
