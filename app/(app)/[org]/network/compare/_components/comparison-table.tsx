/**
 * Networks side by side, one row per figure (the article's table): value with its unit and, after the first
 * column, the change against it. Server component: plain, accessible table markup.
 */
import type { NetworkFigures } from '@/server/services/network-compare/figures';
import type { FigureUnit } from '@/server/services/scenarios/compare';
import { formatChange, formatFigure } from './figure-format';

export interface ComparisonColumn {
  key: string;
  label: string;
  sublabel?: string;
  figures: NetworkFigures | null;
  /** Shown in every cell when there are no figures (infeasible, not computed). */
  missing?: string;
}

export function ComparisonTable({
  columns,
  rows,
  currency,
  caption,
  testId,
}: {
  columns: ComparisonColumn[];
  rows: ReadonlyArray<{ key: keyof NetworkFigures; label: string; unit: FigureUnit }>;
  currency: string;
  caption: string;
  testId?: string;
}) {
  const base = columns[0]?.figures ?? null;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 text-left font-semibold text-slate-700">
              Figure
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="px-4 py-3 text-right font-semibold text-slate-700">
                <span className="block">{c.label}</span>
                {c.sublabel ? <span className="block text-xs font-normal text-slate-500">{c.sublabel}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="px-4 py-2 text-left font-medium text-slate-800">
                {row.label}
              </th>
              {columns.map((c, i) => {
                if (!c.figures) return <td key={c.key} className="px-4 py-2 text-right text-slate-500">{c.missing ?? '—'}</td>;
                const value = Number(c.figures[row.key]);
                const change = i > 0 && base && row.unit !== 'count' ? (Number(base[row.key]) !== 0 ? value / Number(base[row.key]) - 1 : null) : null;
                return (
                  <td key={c.key} className="px-4 py-2 text-right tabular-nums text-slate-900">
                    {formatFigure(value, row.unit, currency)}
                    {i > 0 && change !== null ? <span className="ml-2 text-xs text-slate-600">({formatChange(change)})</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
