import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { buttonClasses } from '../../../_components/ui/button';
import { EmptyState } from '../../../_components/ui/empty-state';
import { DashboardView } from './_components/dashboard-view';
import { parseView } from './_components/view-params';

export const metadata: Metadata = { title: 'Dashboard' };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The organization's landing page: KPIs for the network against the SLAs, by region and location. */
export default async function DashboardPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') {
    return (
      <EmptyState title="Dashboards belong to your clients" action={<Link href="/portfolio" className={buttonClasses('primary')}>Open the portfolio</Link>}>
        {org.name} is a 3PL organization. The portfolio shows every client’s SLA status and KPIs; open a client from there.
      </EmptyState>
    );
  }
  return <DashboardView org={org} view={parseView(await searchParams)} filter={{}} />;
}
