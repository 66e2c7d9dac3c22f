import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/server/auth/roles';
import { HydrateClient, prefetch, trpc } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { PageHeading } from '../../../_components/tables/page-heading';
import { buttonClasses } from '../../../_components/ui/button';
import { EmptyState } from '../../../_components/ui/empty-state';
import { AuditView } from './_components/audit-view';

export const metadata: Metadata = { title: 'Audit log' };
export const dynamic = 'force-dynamic';

/** Who changed what and when: every write of the organization, for admins and owners. */
export default async function AuditPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (!hasRole(org.role, 'admin')) {
    return (
      <div>
        <PageHeading title="Audit log" />
        <EmptyState title="The audit log is for admins and owners" action={<Link href={`/${org.slug}/settings`} className={buttonClasses('secondary')}>See who the admins are</Link>}>
          It shows every change made in {org.name}, with the values before and after. Ask an admin or owner if you need to know who changed something.
        </EmptyState>
      </div>
    );
  }
  prefetch(trpc.audit.facets.queryOptions({ org: org.slug }));
  return (
    <HydrateClient>
      <PageHeading title="Audit log" subtitle="Every change made in this organization: who made it (and through which 3PL), when, and the values before and after." />
      <AuditView org={org.slug} timezone={org.timezone} />
    </HydrateClient>
  );
}
