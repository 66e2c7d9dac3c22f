import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** A record's facts as a definition list in a card (detail pages). */
export function FactList({ facts, title, testId }: { facts: readonly Fact[]; title?: string; testId?: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" data-testid={testId}>
      {title ? <h2 className="mb-3 text-sm font-semibold text-slate-900">{title}</h2> : null}
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        {facts.map((f) => (
          <div key={f.label}>
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{f.label}</dt>
            <dd className="mt-0.5 text-sm text-slate-900">{f.value ?? '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
