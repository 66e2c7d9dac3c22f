import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../_trpc/server';
import { recordOrNotFound } from '../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { LocationDetail } from '../_components/location-detail';

export const metadata: Metadata = { title: 'Location' };
export const dynamic = 'force-dynamic';

export default async function LocationPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const detail = await recordOrNotFound(() => caller.locations.get({ org: org.slug, id }));
  return <LocationDetail org={org.slug} currency={org.currency} canWrite={hasRole(org.role, 'planner')} detail={detail} />;
}
