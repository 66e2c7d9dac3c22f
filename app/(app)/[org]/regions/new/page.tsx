import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Notice } from '../../../../_components/ui/notice';
import { RegionForm } from '../_components/region-form';

export const metadata: Metadata = { title: 'New region' };
export const dynamic = 'force-dynamic';

export default async function NewRegionPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div className="max-w-3xl">
      <PageHeading title="New region" back={{ href: `/${org.slug}/regions`, label: 'Regions' }} subtitle="After creating it, add its SLA on the region’s page." />
      {hasRole(org.role, 'planner') ? <RegionForm org={org.slug} /> : <Notice tone="warning">Adding regions needs the planner role or higher.</Notice>}
    </div>
  );
}
