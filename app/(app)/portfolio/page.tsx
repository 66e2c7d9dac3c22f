import type { Metadata } from 'next';
import Link from 'next/link';
import { getCaller } from '../../_trpc/server';
import { PlainHeader } from '../../_components/layout/plain-header';
import { buttonClasses } from '../../_components/ui/button';
import { CopyButton } from '../../_components/ui/copy-button';
import { EmptyState } from '../../_components/ui/empty-state';
import { ClientsTable } from './_components/clients-table';

export const metadata: Metadata = { title: 'Portfolio' };
export const dynamic = 'force-dynamic';

/** A 3PL account manager's clients: per provider organization, the importers that granted it access. */
export default async function PortfolioPage() {
  const caller = await getCaller();
  const [user, organizations] = await Promise.all([caller.account.me(), caller.account.organizations()]);
  const providers = organizations.filter((o) => o.kind === 'provider' && o.via === 'membership');
  const portfolios = await Promise.all(
    providers.map(async (provider) => {
      const clients = await caller.portfolio.overview({ org: provider.slug, period: { kind: 'last28' } });
      return { provider, clients };
    }),
  );

  return (
    <div className="min-h-screen">
      <PlainHeader user={user} />
      <main className="mx-auto max-w-7xl space-y-8 px-4 py-8">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Portfolio</h1>
          <p className="mt-1 text-sm text-slate-600">The importers that gave your 3PL access, most at risk first: the biggest shortfall against the SLA, then the largest stockout value, over the last 28 days.</p>
        </div>
        {portfolios.length === 0 ? (
          <EmptyState
            title="The portfolio is for 3PL providers"
            action={
              <>
                <Link href="/onboarding" className={buttonClasses('primary')}>
                  Create a 3PL organization
                </Link>
                <Link href="/" className={buttonClasses('secondary')}>
                  Back to your organizations
                </Link>
              </>
            }
          >
            You are not a member of a 3PL provider organization. Create one, or ask its owner to invite you as an account manager.
          </EmptyState>
        ) : (
          portfolios.map(({ provider, clients }) => (
            <section key={provider.slug} aria-labelledby={`portfolio-${provider.slug}`} className="space-y-3" data-testid={`portfolio-${provider.slug}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`portfolio-${provider.slug}`} className="text-lg font-semibold text-slate-900">
                  {provider.name}
                </h2>
                <Link href={`/${provider.slug}/settings`} className="text-sm font-medium text-brand-600 hover:underline">
                  {provider.name} settings
                </Link>
              </div>
              <ClientsTable
                providerSlug={provider.slug}
                clients={clients}
                empty={
                  <EmptyState title={`No client has granted ${provider.name} access yet`}>
                    <p>
                      An importer grants access in their <strong>Settings → Provider access</strong>, using your identifier:
                    </p>
                    <p className="mt-3 flex flex-wrap items-center justify-center gap-3">
                      <code className="rounded bg-slate-100 px-2 py-1 font-mono text-slate-900" data-testid="provider-identifier">
                        {provider.slug}
                      </code>
                      <CopyButton value={provider.slug} label="Copy identifier" />
                    </p>
                  </EmptyState>
                }
              />
            </section>
          ))
        )}
      </main>
    </div>
  );
}
