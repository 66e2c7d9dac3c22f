import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Notice } from '../../../../_components/ui/notice';
import { SkuForm } from '../_components/sku-form';

export const metadata: Metadata = { title: 'New SKU' };
export const dynamic = 'force-dynamic';

export default async function NewSkuPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div className="max-w-3xl">
      <PageHeading title="New SKU" back={{ href: `/${org.slug}/skus`, label: 'SKUs' }} />
      {hasRole(org.role, 'planner') ? <SkuForm org={org.slug} currency={org.currency} /> : <Notice tone="warning">Adding SKUs needs the planner role or higher.</Notice>}
    </div>
  );
}
