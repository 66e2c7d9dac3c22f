import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller, HydrateClient, prefetch, trpc } from '../../../../../_trpc/server';
import { recordOrNotFound } from '../../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { RoleRequired } from '../../../../../_components/layout/role-required';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { Notice } from '../../../../../_components/ui/notice';
import { OrderForm } from '../../_components/order-form';

export const metadata: Metadata = { title: 'Edit order' };
export const dynamic = 'force-dynamic';

/** Edit an order's header and lines (planners); the KPI rollups of its old and new day, region and location follow. */
export default async function EditOrderPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const back = { href: `/${org.slug}/orders/${id}`, label: 'Order' };
  if (!hasRole(org.role, 'planner')) return <RoleRequired org={org} needs="planner" action="edit orders" back={back} />;
  const caller = await getCaller();
  const order = await recordOrNotFound(() => caller.orders.get({ org: org.slug, id }));
  prefetch(trpc.orders.options.queryOptions({ org: org.slug }));
  return (
    <HydrateClient>
      <PageHeading title={`Edit order ${order.externalRef}`} back={back} subtitle="Saving replaces the order’s details and lines; the dashboards follow at once." />
      {order.status === 'cancelled' ? (
        <Notice tone="warning">This order is cancelled; it cannot be edited.</Notice>
      ) : (
        <OrderForm org={org.slug} currency={org.currency} timezone={org.timezone} existing={order} />
      )}
    </HydrateClient>
  );
}
