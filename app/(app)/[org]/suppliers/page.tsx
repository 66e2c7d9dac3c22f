import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { SuppliersTable } from './_components/suppliers-table';

export const metadata: Metadata = { title: 'Suppliers' };
export const dynamic = 'force-dynamic';

export default async function SuppliersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div>
      <PageHeading
        title="Suppliers"
        back={{ href: `/${org.slug}/skus`, label: 'SKUs' }}
        subtitle="Who you buy from, where they are, and how long an order takes to arrive (lead time and its spread)."
        actions={
          <Link href={`/${org.slug}/skus`} className="text-sm text-brand-700 underline">
            SKUs
          </Link>
        }
      />
      <SuppliersTable org={org.slug} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
