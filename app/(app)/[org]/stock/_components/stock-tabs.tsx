'use client';
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import type { KeyboardEvent } from 'react';
import { LevelsTable } from './levels-table';
import { MovementsTable } from './movements-table';

const TABS = [
  { key: 'levels', label: 'Levels' },
  { key: 'movements', label: 'Movements' },
] as const;
type Tab = (typeof TABS)[number]['key'];

/** Levels and the movements ledger as two tabs (WAI-ARIA tabs: ← → move between them). */
export function StockTabs({ org, currency, timezone, canWrite }: { org: string; currency: string; timezone: string; canWrite: boolean }) {
  // The open tab is in the URL (?tab=movements), like each table's sort, filters and page.
  const [tab, setTabParam] = useQueryState('tab', parseAsStringLiteral(TABS.map((t) => t.key)).withDefault('levels').withOptions({ history: 'replace', clearOnDefault: true }));
  const setTab = (next: Tab) => void setTabParam(next);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = TABS[(TABS.findIndex((t) => t.key === tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.key);
    document.getElementById(`stock-tab-${next.key}`)?.focus();
  }
  return (
    <div className="space-y-4">
      <div role="tablist" aria-label="Stock" className="flex gap-1 border-b border-slate-200" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.key}
            id={`stock-tab-${t.key}`}
            type="button"
            role="tab"
            aria-selected={tab === t.key}
            aria-controls={`stock-panel-${t.key}`}
            tabIndex={tab === t.key ? 0 : -1}
            onClick={() => setTab(t.key)}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${tab === t.key ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`stock-panel-${tab}`} role="tabpanel" aria-labelledby={`stock-tab-${tab}`}>
        {tab === 'levels' ? <LevelsTable org={org} currency={currency} timezone={timezone} canWrite={canWrite} /> : <MovementsTable org={org} timezone={timezone} />}
      </div>
    </div>
  );
}
