import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Notice } from '../../../../_components/ui/notice';
import { TransferLaneForm } from '../_components/transfer-lane-form';

export const metadata: Metadata = { title: 'New transfer lane' };
export const dynamic = 'force-dynamic';

export default async function NewTransferLanePage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div className="max-w-3xl">
      <PageHeading title="New transfer lane" back={{ href: `/${org.slug}/transfer-lanes`, label: 'Transfer lanes' }} />
      {hasRole(org.role, 'planner') ? <TransferLaneForm org={org.slug} currency={org.currency} /> : <Notice tone="warning">Adding transfer lanes needs the planner role or higher.</Notice>}
    </div>
  );
}
