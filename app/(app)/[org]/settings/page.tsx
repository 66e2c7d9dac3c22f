import type { Metadata } from 'next';
import Link from 'next/link';
import { hasRole } from '@/server/auth/roles';
import { getCaller, HydrateClient, prefetch, trpc } from '../../../_trpc/server';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { AccountSection } from './_components/account-section';
import { InvitationsSection } from './_components/invitations-section';
import { MembersSection } from './_components/members-section';
import { OrganizationSection } from './_components/organization-section';
import { ProviderAccessSection } from './_components/provider-access-section';
import type { SettingsOrg } from './_components/types';

export const metadata: Metadata = { title: 'Settings' };
export const dynamic = 'force-dynamic';

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const [org, caller] = await Promise.all([loadOrganization(slug), getCaller()]);
  const me = await caller.account.me();
  const isAdmin = hasRole(org.role, 'admin');
  const settingsOrg: SettingsOrg = { slug: org.slug, name: org.name, kind: org.kind, timezone: org.timezone, role: org.role, isAdmin };

  prefetch(trpc.members.list.queryOptions({ org: org.slug }));
  if (isAdmin) prefetch(trpc.invitations.list.queryOptions({ org: org.slug }));
  if (isAdmin && org.kind === 'importer') prefetch(trpc.providerAccess.list.queryOptions({ org: org.slug }));

  return (
    <HydrateClient>
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">Settings</h1>
          {isAdmin ? (
            <Link href={`/${org.slug}/audit`} className="text-sm font-medium text-brand-700 hover:underline">
              Audit log: who changed what, and when
            </Link>
          ) : null}
        </div>
        {org.kind === 'importer' ? (
          <Link href={`/${org.slug}/settings/planning`} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-5 py-4 hover:border-brand-300" data-testid="planning-settings-link">
            <span>
              <span className="block font-semibold text-slate-900">Planning settings</span>
              <span className="block text-sm text-slate-600">Where each ABC class is stocked, ABC cuts, default service levels, planning horizon and the nightly run.</span>
            </span>
            <span aria-hidden="true" className="text-brand-700">→</span>
          </Link>
        ) : null}
        <Link href={`/${org.slug}/settings/digests`} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-5 py-4 hover:border-brand-300" data-testid="digest-settings-link">
          <span>
            <span className="block font-semibold text-slate-900">Your email digest</span>
            <span className="block text-sm text-slate-600">When you get the {org.kind === 'provider' ? 'portfolio' : 'KPI'} digest (weekly, daily or off, in your time zone), a preview, and “send me one now”.</span>
          </span>
          <span aria-hidden="true" className="text-brand-700">→</span>
        </Link>
        <OrganizationSection org={org} canEdit={isAdmin} />
        <MembersSection org={settingsOrg} currentUserId={me.id} />
        <InvitationsSection org={settingsOrg} />
        {org.kind === 'importer' ? <ProviderAccessSection org={settingsOrg} /> : null}
        <AccountSection email={me.email} />
      </div>
    </HydrateClient>
  );
}
