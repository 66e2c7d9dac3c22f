import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { ProviderNotice } from '../../../_components/layout/provider-notice';
import { PageHeading } from '../../../_components/tables/page-heading';
import { PurchaseOrdersTable } from './_components/purchase-orders-table';

export const metadata: Metadata = { title: 'Inbound' };
export const dynamic = 'force-dynamic';

export default async function InboundPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice orgName={org.name} what="purchase orders" />;
  return (
    <div>
      <PageHeading title="Inbound" subtitle="Purchase orders from your suppliers: on order until shipped, in transit until they arrive, then received into stock at the arrival location." />
      <PurchaseOrdersTable org={org.slug} currency={org.currency} timezone={org.timezone} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
