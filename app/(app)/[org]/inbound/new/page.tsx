import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { ProviderNotice } from '../../../../_components/layout/provider-notice';
import { RoleRequired } from '../../../../_components/layout/role-required';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { PurchaseOrderForm } from '../_components/purchase-order-form';

export const metadata: Metadata = { title: 'New purchase order' };
export const dynamic = 'force-dynamic';

export default async function NewPurchaseOrderPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice orgName={org.name} what="purchase orders" />;
  if (!hasRole(org.role, 'planner')) return <RoleRequired org={org} needs="planner" action="create purchase orders" back={{ href: `/${org.slug}/inbound`, label: 'Inbound' }} />;
  return (
    <div>
      <PageHeading title="New purchase order" back={{ href: `/${org.slug}/inbound`, label: 'Inbound' }} subtitle="Its units count as on order at the arrival location from now on." />
      <PurchaseOrderForm org={org.slug} currency={org.currency} />
    </div>
  );
}
