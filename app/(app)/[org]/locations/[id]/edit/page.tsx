import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../../_trpc/server';
import { recordOrNotFound } from '../../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { Notice } from '../../../../../_components/ui/notice';
import { LocationForm } from '../../_components/location-form';

export const metadata: Metadata = { title: 'Edit location' };
export const dynamic = 'force-dynamic';

export default async function EditLocationPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const { location } = await recordOrNotFound(() => caller.locations.get({ org: org.slug, id }));
  return (
    <div className="max-w-3xl">
      <PageHeading title={`Edit ${location.code}`} back={{ href: `/${org.slug}/locations/${location.id}`, label: location.name }} />
      {hasRole(org.role, 'planner') ? <LocationForm org={org.slug} currency={org.currency} existing={location} /> : <Notice tone="warning">Editing locations needs the planner role or higher.</Notice>}
    </div>
  );
}
