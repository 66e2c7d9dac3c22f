import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../../_trpc/server';
import { recordOrNotFound } from '../../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { Notice } from '../../../../../_components/ui/notice';
import { RegionForm } from '../../_components/region-form';

export const metadata: Metadata = { title: 'Edit region' };
export const dynamic = 'force-dynamic';

export default async function EditRegionPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const { region } = await recordOrNotFound(() => caller.regions.get({ org: org.slug, id }));
  return (
    <div className="max-w-3xl">
      <PageHeading title={`Edit ${region.code}`} back={{ href: `/${org.slug}/regions/${region.id}`, label: region.name }} />
      {hasRole(org.role, 'planner') ? <RegionForm org={org.slug} existing={region} /> : <Notice tone="warning">Editing regions needs the planner role or higher.</Notice>}
    </div>
  );
}
