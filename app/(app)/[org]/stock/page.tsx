import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { ProviderNotice } from '../../../_components/layout/provider-notice';
import { PageHeading } from '../../../_components/tables/page-heading';
import { ConsistencyBadge } from './_components/consistency-badge';
import { StockTabs } from './_components/stock-tabs';

export const metadata: Metadata = { title: 'Stock' };
export const dynamic = 'force-dynamic';

export default async function StockPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice orgName={org.name} what="stock" />;
  return (
    <div>
      <PageHeading
        title="Stock"
        badge={<ConsistencyBadge org={org.slug} />}
        subtitle="On hand, reserved, in transit and on order per SKU and location. Every change is a movement in the ledger; receipts, adjustments and counts need the planner role."
      />
      <StockTabs org={org.slug} currency={org.currency} timezone={org.timezone} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
