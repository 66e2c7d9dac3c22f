import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../_trpc/server';
import { recordOrNotFound } from '../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { OrderDetail } from '../_components/order-detail';

export const metadata: Metadata = { title: 'Order' };
export const dynamic = 'force-dynamic';

export default async function OrderPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const order = await recordOrNotFound(() => caller.orders.get({ org: org.slug, id }));
  return <OrderDetail org={org.slug} currency={org.currency} timezone={org.timezone} order={order} canWrite={org.kind === 'importer' && hasRole(org.role, 'planner')} />;
}
