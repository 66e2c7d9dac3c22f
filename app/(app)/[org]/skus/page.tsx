import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { buttonClasses } from '../../../_components/ui/button';
import { SkusTable } from './_components/skus-table';

export const metadata: Metadata = { title: 'SKUs' };
export const dynamic = 'force-dynamic';

export default async function SkusPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div>
      <PageHeading
        title="SKUs"
        subtitle="Your catalog with unit cost and price, weight, case pack, MOQ and the supplier that sets its lead time."
        actions={
          <Link href={`/${org.slug}/suppliers`} className={buttonClasses('secondary', 'sm')}>
            Suppliers
          </Link>
        }
      />
      <SkusTable org={org.slug} currency={org.currency} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
