import type { Metadata } from 'next';
import { HydrateClient, prefetch, trpc } from '../../../../_trpc/server';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { DigestSettings } from './_components/digest-settings';

export const metadata: Metadata = { title: 'Email digest' };
export const dynamic = 'force-dynamic';

/** The signed-in reader's own KPI digest in this organization: when, in which time zone, a preview, send now. */
export default async function DigestSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  prefetch(trpc.digests.preferences.queryOptions({ org: org.slug }));
  const what =
    org.kind === 'provider'
      ? 'one email with every client that granted you access, worst first: SLA attainment and fill rate against target, stock at risk and open recommendations'
      : 'the period’s KPIs against the period before and your SLA targets, the regions that missed their SLA, the top recommendations and stock at risk';
  return (
    <HydrateClient>
      <div className="space-y-6">
        <PageHeading
          title="Email digest"
          back={{ href: `/${org.slug}/settings`, label: 'Settings' }}
          subtitle={`Your own digest from ${org.name}: ${what}. Other members choose theirs.`}
        />
        <DigestSettings org={{ slug: org.slug, name: org.name, kind: org.kind, timezone: org.timezone }} />
      </div>
    </HydrateClient>
  );
}
