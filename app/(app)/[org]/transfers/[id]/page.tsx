import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { getCaller } from '../../../../_trpc/server';
import { recordOrNotFound } from '../../../../_components/forms/record-or-not-found';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { TransferDetail } from '../_components/transfer-detail';

export const metadata: Metadata = { title: 'Transfer' };
export const dynamic = 'force-dynamic';

export default async function TransferPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const transfer = await recordOrNotFound(() => caller.transfers.get({ org: org.slug, transferId: id }));
  return <TransferDetail org={org.slug} timezone={org.timezone} canWrite={hasRole(org.role, 'planner')} initial={transfer} />;
}
