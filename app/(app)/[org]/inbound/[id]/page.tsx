import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../_trpc/server';
import { recordOrNotFound } from '../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PurchaseOrderDetail } from '../_components/purchase-order-detail';

export const metadata: Metadata = { title: 'Purchase order' };
export const dynamic = 'force-dynamic';

export default async function PurchaseOrderPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const po = await recordOrNotFound(() => caller.purchaseOrders.get({ org: org.slug, purchaseOrderId: id }));
  return <PurchaseOrderDetail org={org.slug} currency={org.currency} timezone={org.timezone} canWrite={hasRole(org.role, 'planner')} initial={po} />;
}
