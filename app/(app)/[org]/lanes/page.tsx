import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { buttonClasses } from '../../../_components/ui/button';
import { LanesTable } from './_components/lanes-table';

export const metadata: Metadata = { title: 'Lanes' };
export const dynamic = 'force-dynamic';

export default async function LanesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div>
      <PageHeading
        title="Lanes"
        subtitle="Shipping lanes from each location to each region. Transfer lanes between your own locations have their own list."
        actions={
          <Link href={`/${org.slug}/transfer-lanes`} className={buttonClasses('secondary', 'sm')}>
            Transfer lanes
          </Link>
        }
      />
      <LanesTable org={org.slug} currency={org.currency} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
