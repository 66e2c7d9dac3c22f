import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { HydrateClient, prefetch, trpc } from '../../../../_trpc/server';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Notice } from '../../../../_components/ui/notice';
import { ProviderNotice } from '../../forecasts/_components/provider-notice';
import { PlanningSettingsEditor } from './_components/planning-settings-editor';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ org: string }> }): Promise<Metadata> {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return { title: `Planning settings · ${org.name}` };
}

export default async function PlanningSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice title="Planning settings" org={org.slug} name={org.name} />;
  const canEdit = hasRole(org.role, 'admin');
  prefetch(trpc.planningSettings.get.queryOptions({ org: org.slug }));
  return (
    <HydrateClient>
      <PageHeading
        title="Planning settings"
        back={{ href: `/${org.slug}/settings`, label: 'Settings' }}
        subtitle="How planning runs decide: where each ABC class is stocked, the ABC cuts, the service levels used where no SLA applies, how far ahead to plan, and the nightly run."
      />
      {!canEdit ? <Notice className="mb-4">You can read these settings; changing them needs the admin role or higher.</Notice> : null}
      <PlanningSettingsEditor org={org.slug} timezone={org.timezone} canEdit={canEdit} />
    </HydrateClient>
  );
}
