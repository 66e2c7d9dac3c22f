import type { Metadata } from 'next';
import { hasRole } from '@/server/auth/roles';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { ProviderNotice } from '../../../../_components/layout/provider-notice';
import { RoleRequired } from '../../../../_components/layout/role-required';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { TransferForm } from '../_components/transfer-form';

export const metadata: Metadata = { title: 'New transfer' };
export const dynamic = 'force-dynamic';

export default async function NewTransferPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') return <ProviderNotice orgName={org.name} what="transfers" />;
  if (!hasRole(org.role, 'planner')) return <RoleRequired org={org} needs="planner" action="create transfers" back={{ href: `/${org.slug}/transfers`, label: 'Transfers' }} />;
  return (
    <div>
      <PageHeading title="New transfer" back={{ href: `/${org.slug}/transfers`, label: 'Transfers' }} subtitle="A draft: nothing moves until it is approved and shipped." />
      <TransferForm org={org.slug} currency={org.currency} />
    </div>
  );
}
