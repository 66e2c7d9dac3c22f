import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../../_trpc/server';
import { recordOrNotFound } from '../../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { Notice } from '../../../../../_components/ui/notice';
import { SupplierForm } from '../../_components/supplier-form';

export const metadata: Metadata = { title: 'Edit supplier' };
export const dynamic = 'force-dynamic';

export default async function EditSupplierPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const { supplier } = await recordOrNotFound(() => caller.suppliers.get({ org: org.slug, id }));
  return (
    <div className="max-w-3xl">
      <PageHeading title={`Edit ${supplier.code}`} back={{ href: `/${org.slug}/suppliers/${supplier.id}`, label: supplier.name }} />
      {hasRole(org.role, 'planner') ? <SupplierForm org={org.slug} existing={supplier} /> : <Notice tone="warning">Editing suppliers needs the planner role or higher.</Notice>}
    </div>
  );
}
