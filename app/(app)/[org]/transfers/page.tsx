import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { ProviderNotice } from '../../../_components/layout/provider-notice';
import { PageHeading } from '../../../_components/tables/page-heading';
import { TransfersTable } from './_components/transfers-table';

export const metadata: Metadata = { title: 'Transfers' };
export const dynamic = 'force-dynamic';

export default async function TransfersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice orgName={org.name} what="transfers" />;
  return (
    <div>
      <PageHeading title="Transfers" subtitle="Moves of stock between your locations, from draft to received. Cross-border transfers carry the lane's customs days." />
      <TransfersTable org={org.slug} timezone={org.timezone} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
