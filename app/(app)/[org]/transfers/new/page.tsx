import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { TransferForm } from '../_components/transfer-form';

export const metadata: Metadata = { title: 'New transfer' };
export const dynamic = 'force-dynamic';

export default async function NewTransferPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (!hasRole(org.role, 'planner')) notFound();
  return (
    <div>
      <PageHeading title="New transfer" back={{ href: `/${org.slug}/transfers`, label: 'Transfers' }} subtitle="A draft: nothing moves until it is approved and shipped." />
      <TransferForm org={org.slug} currency={org.currency} />
    </div>
  );
}
