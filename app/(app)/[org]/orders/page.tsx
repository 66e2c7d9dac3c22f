import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/server/auth/roles';
import { HydrateClient, prefetch, trpc } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { buttonClasses } from '../../../_components/ui/button';
import { EmptyState } from '../../../_components/ui/empty-state';
import { OrdersView } from './_components/orders-view';

export const metadata: Metadata = { title: 'Orders' };
export const dynamic = 'force-dynamic';

export default async function OrdersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') {
    return (
      <EmptyState title="Orders belong to your clients" action={<Link href="/portfolio" className={buttonClasses('primary')}>Open the portfolio</Link>}>
        {org.name} is a 3PL organization. Open a client from the portfolio to see its orders.
      </EmptyState>
    );
  }
  prefetch(trpc.orders.options.queryOptions({ org: org.slug }));
  return (
    <HydrateClient>
      <PageHeading
        title="Orders"
        subtitle="Customer orders with where they shipped from, when they were promised, shipped and delivered, and what shipping cost. The figures above the table are read from the daily KPI rollups."
      />
      <OrdersView org={org.slug} currency={org.currency} timezone={org.timezone} canWrite={hasRole(org.role, 'planner')} />
    </HydrateClient>
  );
}
