import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../_trpc/server';
import { recordOrNotFound } from '../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { RegionDetail } from '../_components/region-detail';

export const metadata: Metadata = { title: 'Region' };
export const dynamic = 'force-dynamic';

export default async function RegionPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const detail = await recordOrNotFound(() => caller.regions.get({ org: org.slug, id }));
  return <RegionDetail org={org.slug} currency={org.currency} timezone={org.timezone} canWrite={hasRole(org.role, 'planner')} detail={detail} />;
}
