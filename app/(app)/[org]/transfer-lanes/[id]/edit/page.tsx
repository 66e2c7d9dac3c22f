import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../../_trpc/server';
import { recordOrNotFound } from '../../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { Notice } from '../../../../../_components/ui/notice';
import { TransferLaneForm } from '../../_components/transfer-lane-form';

export const metadata: Metadata = { title: 'Edit transfer lane' };
export const dynamic = 'force-dynamic';

export default async function EditTransferLanePage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const { transferLane, from, to } = await recordOrNotFound(() => caller.transferLanes.get({ org: org.slug, id }));
  return (
    <div className="max-w-3xl">
      <PageHeading title={`Edit transfer lane ${from.code} → ${to.code}`} back={{ href: `/${org.slug}/transfer-lanes/${transferLane.id}`, label: 'Transfer lane' }} />
      {hasRole(org.role, 'planner') ? <TransferLaneForm org={org.slug} currency={org.currency} existing={transferLane} /> : <Notice tone="warning">Editing transfer lanes needs the planner role or higher.</Notice>}
    </div>
  );
}
