import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Notice } from '../../../../_components/ui/notice';
import { LocationForm } from '../_components/location-form';

export const metadata: Metadata = { title: 'New location' };
export const dynamic = 'force-dynamic';

export default async function NewLocationPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  return (
    <div className="max-w-3xl">
      <PageHeading title="New location" back={{ href: `/${org.slug}/locations`, label: 'Locations' }} />
      {hasRole(org.role, 'planner') ? <LocationForm org={org.slug} currency={org.currency} /> : <Notice tone="warning">Adding locations needs the planner role or higher.</Notice>}
    </div>
  );
}
