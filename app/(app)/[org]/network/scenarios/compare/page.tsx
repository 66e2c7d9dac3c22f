import type { Metadata } from 'next';
import Link from 'next/link';
import { getCaller } from '../../../../../_trpc/server';
import { loadOrganization } from '../../../../../_components/layout/load-organization';
import { PageHeading } from '../../../../../_components/tables/page-heading';
import { buttonClasses } from '../../../../../_components/ui/button';
import { EmptyState } from '../../../../../_components/ui/empty-state';
import { Notice } from '../../../../../_components/ui/notice';
import { errorCode, errorMessage } from '../../../../../_components/forms/trpc-error';
import { SCENARIO_FIGURES } from '@/server/services/scenarios/compare';
import { ComparisonTable } from '../../compare/_components/comparison-table';

export const metadata: Metadata = { title: 'Two scenarios side by side · Network' };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Two scenarios side by side: every figure, the change from A to B, and what changes in words. */
export default async function CompareScenariosPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const { org: slug } = await params;
  const org = await loadOrganization(slug);
  const query = await searchParams;
  const a = typeof query.a === 'string' ? query.a : '';
  const b = typeof query.b === 'string' ? query.b : '';
  const back = { href: `/${org.slug}/network/scenarios`, label: 'Scenarios' };
  const caller = await getCaller();
  let result: Awaited<ReturnType<typeof caller.scenarios.compare>> | null = null;
  let problem: string | null = null;
  try {
    result = await caller.scenarios.compare({ org: slug, a, b });
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'NOT_FOUND' && code !== 'BAD_REQUEST') throw error;
    problem = code === 'NOT_FOUND' ? 'One of the two scenarios does not exist (any more).' : errorMessage(error);
  }
  if (!result) {
    return (
      <div className="space-y-6">
        <PageHeading title="Two scenarios side by side" back={back} />
        <EmptyState title="Choose two scenarios" action={<Link href={back.href} className={buttonClasses('primary')}>Back to the scenarios</Link>}>
          {problem} Tick two scenarios in the list and press “Compare”.
        </EmptyState>
      </div>
    );
  }
  const missing = (s: typeof result.a) => (s.results?.status === 'no-demand' ? 'no demand' : s.results ? 'infeasible' : 'not computed');
  return (
    <div className="space-y-6">
      <PageHeading
        title={`${result.a.name} vs ${result.b.name}`}
        back={back}
        subtitle="Changes are from the first scenario to the second."
        actions={<a href={`/api/orgs/${org.slug}/export/scenario-comparison?filter.a=${result.a.id}&filter.b=${result.b.id}`} className={buttonClasses('secondary')} data-testid="scenario-compare-csv">Download CSV</a>}
      />
      {result.sentence ? <p className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-base text-blue-950" data-testid="scenario-compare-sentence">{result.sentence}</p> : null}
      {[result.a, result.b].filter((s) => s.results?.message).map((s) => (
        <Notice key={s.id} tone={s.results?.status === 'solved' ? 'info' : 'warning'}>{s.name}: {s.results?.message}</Notice>
      ))}
      <ComparisonTable
        columns={[result.a, result.b].map((s) => ({ key: s.id, label: s.name, sublabel: s.openLocations.map((l) => l.code).join(', '), figures: s.results?.result?.figures ?? null, missing: missing(s) }))}
        rows={SCENARIO_FIGURES}
        currency={result.currency}
        caption={`${result.a.name} and ${result.b.name} side by side`}
        testId="scenario-compare-table"
      />
    </div>
  );
}
