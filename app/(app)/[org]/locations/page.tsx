import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { LocationsTable } from './_components/locations-table';

export const metadata: Metadata = { title: 'Locations' };
export const dynamic = 'force-dynamic';

export default async function LocationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div>
      <PageHeading
        title="Locations"
        subtitle={
          <>
            Where your stock sits: capacity, holding rate and costs, and which site is central. Shipping lanes to regions are under{' '}
            <Link href={`/${org.slug}/lanes`} className="text-brand-700 underline">
              Lanes
            </Link>
            .
          </>
        }
      />
      <LocationsTable org={org.slug} currency={org.currency} canWrite={hasRole(org.role, 'planner')} />
    </div>
  );
}
