import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../../_trpc/server';
import { recordOrNotFound } from '../../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { Notice } from '../../../../../_components/ui/notice';
import { LaneForm } from '../../_components/lane-form';

export const metadata: Metadata = { title: 'Edit lane' };
export const dynamic = 'force-dynamic';

export default async function EditLanePage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const { lane, location, region } = await recordOrNotFound(() => caller.lanes.get({ org: org.slug, id }));
  return (
    <div className="max-w-3xl">
      <PageHeading title={`Edit lane ${location.code} → ${region.code}`} back={{ href: `/${org.slug}/lanes/${lane.id}`, label: 'Lane' }} />
      {hasRole(org.role, 'planner') ? <LaneForm org={org.slug} currency={org.currency} existing={lane} /> : <Notice tone="warning">Editing lanes needs the planner role or higher.</Notice>}
    </div>
  );
}
