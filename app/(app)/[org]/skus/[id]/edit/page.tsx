import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../../_trpc/server';
import { recordOrNotFound } from '../../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { Notice } from '../../../../../_components/ui/notice';
import { SkuForm } from '../../_components/sku-form';

export const metadata: Metadata = { title: 'Edit SKU' };
export const dynamic = 'force-dynamic';

export default async function EditSkuPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const { sku } = await recordOrNotFound(() => caller.skus.get({ org: org.slug, id }));
  return (
    <div className="max-w-3xl">
      <PageHeading title={`Edit ${sku.code}`} back={{ href: `/${org.slug}/skus/${sku.id}`, label: sku.name }} />
      {hasRole(org.role, 'planner') ? <SkuForm org={org.slug} currency={org.currency} existing={sku} /> : <Notice tone="warning">Editing SKUs needs the planner role or higher.</Notice>}
    </div>
  );
}
