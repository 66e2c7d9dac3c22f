import type { ReactNode } from 'react';
import { getCaller } from '../../_trpc/server';
import { AppShell } from '../../_components/layout/app-shell';
import { loadOrganization } from '../../_components/layout/load-organization';

export const dynamic = 'force-dynamic';

/** The shell of an organization; membership or grant is required (404 otherwise). */
export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  const caller = await getCaller();
  const [organizations, user] = await Promise.all([caller.account.organizations(), caller.account.me()]);
  const throughProvider = org.via === 'grant' ? (organizations.find((o) => o.slug === org.slug && o.via === 'grant')?.throughProvider ?? 'your 3PL') : null;
  return (
    <AppShell org={{ slug: org.slug, name: org.name, kind: org.kind, role: org.role }} organizations={organizations} user={{ name: user.name, email: user.email }} throughProvider={throughProvider}>
      {children}
    </AppShell>
  );
}
