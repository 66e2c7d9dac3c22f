import Link from 'next/link';
import type { ReactNode } from 'react';

/** A page title with an optional trail back ("Locations / MEM-CDC"), a subtitle and actions on the right. */
export function PageHeading({ title, back, subtitle, actions, badge }: { title: ReactNode; back?: { href: string; label: string }; subtitle?: ReactNode; actions?: ReactNode; badge?: ReactNode }) {
  return (
    <div className="mb-5 space-y-1">
      {back ? (
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={back.href} className="text-brand-700 hover:underline">
            ← {back.label}
          </Link>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
          {badge}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
      {subtitle ? <p className="max-w-3xl text-sm text-slate-600">{subtitle}</p> : null}
    </div>
  );
}
