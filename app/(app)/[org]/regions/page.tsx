import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { RegionsTable } from './_components/regions-table';

export const metadata: Metadata = { title: 'Regions' };
export const dynamic = 'force-dynamic';

export default async function RegionsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div>
      <PageHeading title="Regions" subtitle="The regions you deliver to, their postal prefixes and the SLA in force today (the latest one dated on or before today)." />
      <RegionsTable org={org.slug} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
