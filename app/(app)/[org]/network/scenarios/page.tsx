import type { Metadata } from 'next';
import Link from 'next/link';
import { getCaller } from '../../../../_trpc/server';
import { loadOrganization } from '../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { networkParameters } from '@/server/services/network-compare/schemas';
import { ScenarioForm } from './_components/scenario-form';
import { ScenariosTable } from './_components/scenarios-table';

export const metadata: Metadata = { title: 'Scenarios · Network' };
export const dynamic = 'force-dynamic';

/** Saved network scenarios: list, compare two, delete, and a form for a new one. */
export default async function ScenariosPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  if (org.kind === 'provider') {
    return (
      <EmptyState title="Scenarios belong to your clients" action={<Link href="/portfolio" className={buttonClasses('primary')}>Open the portfolio</Link>}>
        {org.name} is a 3PL organization. Open a client from the portfolio to work on its scenarios.
      </EmptyState>
    );
  }
  const caller = await getCaller();
  const [list, locations] = await Promise.all([caller.scenarios.list({ org: slug, pageSize: 200, sort: 'updatedAt', direction: 'desc' }), caller.locations.options({ org: slug })]);
  const canEdit = org.role !== 'viewer';
  return (
    <div className="space-y-6">
      <PageHeading
        title="Network scenarios"
        back={{ href: `/${org.slug}/network/compare`, label: 'Centralized vs distributed' }}
        subtitle="What-if networks: which locations are open and the parameters, with the figures computed on your demand history. Save as many as you like and compare any two."
        actions={
          <a href={`/api/orgs/${org.slug}/export/scenarios?sort=name&direction=asc`} className={buttonClasses('secondary')} data-testid="scenarios-csv">
            All scenarios as CSV
          </a>
        }
      />
      <ScenariosTable org={org.slug} rows={list.rows} currency={org.currency} canEdit={canEdit} />
      {list.total > list.rows.length ? <p className="text-sm text-slate-600">Showing the {list.rows.length} most recently changed of {list.total} scenarios; the CSV has all of them.</p> : null}
      {canEdit ? (
        <section aria-labelledby="new-scenario" className="space-y-2">
          <h2 id="new-scenario" className="text-lg font-semibold text-slate-900">New scenario</h2>
          {locations.length === 0 ? (
            <EmptyState title="No active locations" action={<Link href={`/${org.slug}/locations`} className={buttonClasses('primary')}>Add locations</Link>}>
              A scenario opens some of your locations. Add locations (and lanes to your regions) first.
            </EmptyState>
          ) : (
            <ScenarioForm
              org={org.slug}
              locations={locations}
              initial={{ name: '', notes: '', openLocationIds: locations.map((l) => l.id), parameters: networkParameters.parse({}) }}
              submitLabel="Save and compute"
            />
          )}
        </section>
      ) : null}
    </div>
  );
}
