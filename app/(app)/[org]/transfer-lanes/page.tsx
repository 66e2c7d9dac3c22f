import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { buttonClasses } from '../../../_components/ui/button';
import { TransferLanesTable } from './_components/transfer-lanes-table';

export const metadata: Metadata = { title: 'Transfer lanes' };
export const dynamic = 'force-dynamic';

export default async function TransferLanesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div>
      <PageHeading
        title="Transfer lanes"
        back={{ href: `/${org.slug}/lanes`, label: 'Lanes' }}
        subtitle="How stock moves between your locations. A transfer between two countries adds the lane’s customs days."
        actions={
          <Link href={`/${org.slug}/lanes`} className={buttonClasses('secondary', 'sm')}>
            Shipping lanes
          </Link>
        }
      />
      <TransferLanesTable org={org.slug} currency={org.currency} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
