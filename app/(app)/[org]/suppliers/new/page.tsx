import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Notice } from '../../../../_components/ui/notice';
import { SupplierForm } from '../_components/supplier-form';

export const metadata: Metadata = { title: 'New supplier' };
export const dynamic = 'force-dynamic';

export default async function NewSupplierPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div className="max-w-3xl">
      <PageHeading title="New supplier" back={{ href: `/${org.slug}/suppliers`, label: 'Suppliers' }} />
      {hasRole(org.role, 'planner') ? <SupplierForm org={org.slug} /> : <Notice tone="warning">Adding suppliers needs the planner role or higher.</Notice>}
    </div>
  );
}
