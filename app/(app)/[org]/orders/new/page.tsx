import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/server/auth/roles';
import { HydrateClient, prefetch, trpc } from '../../../../_trpc/server';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { RoleRequired } from '../../../../_components/layout/role-required';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { OrderForm } from '../_components/order-form';

export const metadata: Metadata = { title: 'New order' };
export const dynamic = 'force-dynamic';

/** A single order entered by hand (planners): most history arrives by CSV import. */
export default async function NewOrderPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind !== 'importer') notFound();
  if (!hasRole(org.role, 'planner')) return <RoleRequired org={org} needs="planner" action="enter orders" back={{ href: `/${org.slug}/orders`, label: 'Orders' }} />;
  prefetch(trpc.orders.options.queryOptions({ org: org.slug }));
  return (
    <HydrateClient>
      <PageHeading title="New order" back={{ href: `/${org.slug}/orders`, label: 'Orders' }} subtitle="One order with its lines. To load order history, import a CSV file instead." />
      <OrderForm org={org.slug} currency={org.currency} timezone={org.timezone} />
    </HydrateClient>
  );
}
