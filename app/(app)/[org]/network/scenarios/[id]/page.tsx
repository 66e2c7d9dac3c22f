import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCaller } from '../../../../../_trpc/server';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { Notice } from '../../../../../_components/ui/notice';
import { Badge } from '../../../../../_components/ui/badge';
import { errorCode } from '../../../../../_components/forms/trpc-error';
import { formatDateTime } from '../../../../../_components/format/date';
import { SCENARIO_FIGURES } from '@/server/services/scenarios/compare';
import { ComparisonTable } from '../../compare/_components/comparison-table';
import { ScenarioForm } from '../_components/scenario-form';
import { DeleteScenarioButton } from '../_components/delete-scenario-button';
import { RecomputeButton } from '../_components/recompute-button';
import { ServedTable } from '../_components/served-table';

export const dynamic = 'force-dynamic';

async function load(org: string, id: string) {
  const caller = await getCaller();
  try {
    return await caller.scenarios.get({ org, id });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ org: string; id: string }> }): Promise<Metadata> {
  const { org, id } = await params;
  const scenario = await load(org, id);
  return { title: `${scenario.name} · Scenarios` };
}

/** One scenario: its figures (or why there are none), who serves whom, and the form to change it. */
export default async function ScenarioPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const org = await loadOrganization(slug);
  const scenario = await load(slug, id);
  const locations = await (await getCaller()).locations.options({ org: slug });
  const canEdit = org.role !== 'viewer';
  const results = scenario.results;
  const figures = results?.result?.figures ?? null;
  const currency = results?.currency ?? org.currency;
  return (
    <div className="space-y-6">
      <PageHeading
        title={scenario.name}
        back={{ href: `/${org.slug}/network/scenarios`, label: 'Scenarios' }}
        badge={results ? <Badge tone={results.status === 'solved' ? 'green' : results.status === 'infeasible' ? 'red' : 'amber'}>{results.status === 'solved' ? 'computed' : results.status === 'infeasible' ? 'infeasible' : 'no demand'}</Badge> : <Badge>not computed</Badge>}
        subtitle={
          results
            ? `Open: ${scenario.openLocations.map((l) => l.code).join(', ')}. Demand ${results.window.from} to ${results.window.to} (${results.window.days} days), computed ${formatDateTime(results.solvedAt, org.timezone)}.`
            : `Open: ${scenario.openLocations.map((l) => l.code).join(', ')}.`
        }
        actions={
          canEdit ? (
            <>
              <RecomputeButton org={org.slug} id={scenario.id} />
              <DeleteScenarioButton org={org.slug} id={scenario.id} name={scenario.name} afterDelete={`/${org.slug}/network/scenarios`} />
            </>
          ) : null
        }
      />
      {scenario.notes ? <p className="text-sm text-slate-700">{scenario.notes}</p> : null}
      {results?.message ? (
        <Notice tone={results.status === 'solved' ? 'info' : 'warning'} testId="scenario-message">
          {results.message}
        </Notice>
      ) : null}
      {figures ? (
        <>
          <ComparisonTable columns={[{ key: 'scenario', label: scenario.name, sublabel: results?.result?.openLocationCodes.join(', '), figures }]} rows={SCENARIO_FIGURES} currency={currency} caption={`Figures of ${scenario.name}`} testId="scenario-figures" />
          <section aria-labelledby="served-heading" className="space-y-2">
            <h2 id="served-heading" className="text-lg font-semibold text-slate-900">Who serves each region</h2>
            <ServedTable org={org.slug} rows={results?.result?.served ?? []} currency={currency} />
          </section>
        </>
      ) : null}
      <p className="text-sm">
        <Link className="text-blue-700 underline" href={`/${org.slug}/network/scenarios`}>Compare it with another scenario</Link>
      </p>
      {canEdit ? (
        <section aria-labelledby="edit-heading" className="space-y-2">
          <h2 id="edit-heading" className="text-lg font-semibold text-slate-900">Change this scenario</h2>
          <ScenarioForm
            org={org.slug}
            locations={locations}
            initial={{ id: scenario.id, name: scenario.name, notes: scenario.notes ?? '', openLocationIds: scenario.openLocationIds, parameters: scenario.parameters }}
            submitLabel="Save changes and recompute"
          />
        </section>
      ) : null}
    </div>
  );
}
