import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { findSection, type Section } from '../../../_components/layout/sections';
import { SectionIcon } from '../../../_components/layout/section-icon';
import { loadOrganization } from '../../../_components/layout/load-organization';
import { Badge } from '../../../_components/ui/badge';
import { buttonClasses } from '../../../_components/ui/button';

export const dynamic = 'force-dynamic';

type Params = Promise<{ org: string; section: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section } = await params;
  return { title: findSection(section)?.label ?? 'Not found' };
}

const MEANWHILE: { slug: string; text: string }[] = [
  { slug: 'settings', text: 'Invite your team and give your 3PL access in Settings.' },
  { slug: 'imports', text: 'Load your locations, SKUs, stock and order history in Imports.' },
];

/**
 * A known section without its own page yet: what it will do, and what to do meanwhile. A feature's
 * real page lives in its own static folder (`[org]/stock/page.tsx`), which takes precedence.
 */
export default async function SectionPlaceholder({ params }: { params: Params }) {
  const { org: slug, section: sectionSlug } = await params;
  const section: Section | undefined = findSection(sectionSlug);
  if (!section) notFound();
  const org = await loadOrganization(slug);

  if (org.kind === 'provider') {
    return (
      <Placeholder section={section} badge="For importers">
        <p className="text-slate-600">{org.name} is a 3PL organization: it has no inventory of its own. Your account managers work in each client’s organization.</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/portfolio" className={buttonClasses('primary')}>
            Open the portfolio
          </Link>
          <Link href={`/${org.slug}/settings`} className={buttonClasses('secondary')}>
            Open Settings
          </Link>
        </div>
      </Placeholder>
    );
  }

  const meanwhile = MEANWHILE.filter((m) => m.slug !== section.slug);
  return (
    <Placeholder section={section} badge="Coming soon">
      <h2 className="text-sm font-semibold text-slate-900">Meanwhile</h2>
      <ul className="mt-2 space-y-2">
        {meanwhile.map((m) => (
          <li key={m.slug} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 px-3 py-2">
            <span className="text-slate-700">{m.text}</span>
            <Link href={`/${org.slug}/${m.slug}`} className={buttonClasses('secondary', 'sm')}>
              Open {findSection(m.slug)?.label}
            </Link>
          </li>
        ))}
      </ul>
    </Placeholder>
  );
}

function Placeholder({ section, badge, children }: { section: Section; badge: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl py-6" data-testid={`section-${section.slug}`}>
      <div className="flex items-center gap-3">
        <span className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-600">
          <SectionIcon name={section.icon} className="size-6" />
        </span>
        <h1 className="text-2xl font-semibold text-slate-900">{section.label}</h1>
        <Badge tone="amber">{badge}</Badge>
      </div>
      <p className="mt-4 text-slate-700">{section.description}</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-sm">{children}</div>
    </div>
  );
}
