import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Notice } from '../../../../_components/ui/notice';
import { LaneForm } from '../_components/lane-form';

export const metadata: Metadata = { title: 'New lane' };
export const dynamic = 'force-dynamic';

export default async function NewLanePage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div className="max-w-3xl">
      <PageHeading title="New lane" back={{ href: `/${org.slug}/lanes`, label: 'Lanes' }} />
      {hasRole(org.role, 'planner') ? <LaneForm org={org.slug} currency={org.currency} /> : <Notice tone="warning">Adding lanes needs the planner role or higher.</Notice>}
    </div>
  );
}
