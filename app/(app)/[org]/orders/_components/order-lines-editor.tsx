'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { Button } from '../../../../_components/ui/button';
import { inputClasses } from '../../../../_components/ui/field';

export interface LineDraft {
  key: string;
  skuId: string;
  skuLabel: string;
  qtyOrdered: string;
  qtyShipped: string;
  qtyShippedFirst: string;
  qtyBackordered: string;
  unitPrice: string;
}

const QTY_FIELDS = [
  ['qtyOrdered', 'Ordered'],
  ['qtyShipped', 'Shipped'],
  ['qtyShippedFirst', 'On first shipment'],
  ['qtyBackordered', 'Backordered'],
  ['unitPrice', 'Unit price'],
] as const;

/** The lines of a new order: find a SKU by code or name to add it, then its quantities and price. */
export function OrderLinesEditor({ org, currency, lines, onChange, errors }: { org: string; currency: string; lines: LineDraft[]; onChange: (lines: LineDraft[]) => void; errors: Record<string, string> }) {
  const trpc = useTRPC();
  const searchId = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useQuery({ ...trpc.orders.skuSearch.queryOptions({ org, search }), enabled: search.length > 0 });

  const update = (key: string, patch: Partial<LineDraft>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const add = (sku: { id: string; code: string; name: string; unitPrice: number }) => {
    onChange([...lines, { key: `${sku.id}-${Date.now()}`, skuId: sku.id, skuLabel: `${sku.code} · ${sku.name}`, qtyOrdered: '1', qtyShipped: '', qtyShippedFirst: '', qtyBackordered: '', unitPrice: String(sku.unitPrice) }]);
    setText('');
    setSearch('');
  };

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">Lines</legend>
      {errors.lines ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.lines}
        </p>
      ) : null}
      {lines.map((line, i) => (
        <div key={line.key} className="space-y-2 border-b border-slate-100 pb-3 last:border-0" data-testid="order-line">
          <div className="flex items-center justify-between gap-3">
            <p className="text-sm font-medium text-slate-900">{line.skuLabel}</p>
            <Button variant="ghost" size="sm" onClick={() => onChange(lines.filter((l) => l.key !== line.key))} aria-label={`Remove line ${line.skuLabel}`}>
              Remove
            </Button>
          </div>
          {errors[`lines.${i}.skuId`] ? <p className="text-sm text-red-700">{errors[`lines.${i}.skuId`]}</p> : null}
          <div className="grid gap-3 sm:grid-cols-5">
            {QTY_FIELDS.map(([field, label]) => {
              const id = `${line.key}-${field}`;
              const error = errors[`lines.${i}.${field}`];
              return (
                <div key={field} className="space-y-1">
                  <label htmlFor={id} className="block text-xs font-medium text-slate-700">
                    {label}
                    {field === 'unitPrice' ? ` (${currency})` : ''}
                  </label>
                  <input
                    id={id}
                    inputMode="decimal"
                    value={line[field]}
                    onChange={(e) => update(line.key, { [field]: e.target.value })}
                    className={inputClasses}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                  />
                  {error ? (
                    <p id={`${id}-error`} className="text-xs text-red-700">
                      {error}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </div>
      ))}
      <div className="space-y-1">
        <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
          Add a SKU
        </label>
        <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Type part of a SKU code or name" className={inputClasses} aria-describedby={`${searchId}-hint`} />
        <p id={`${searchId}-hint`} className="text-xs text-slate-500">
          Blank shipped quantities mean nothing shipped yet; on first shipment defaults to shipped.
        </p>
        {search && found.data ? (
          found.data.length === 0 ? (
            <p className="text-sm text-slate-600">No active SKU matches “{search}”.</p>
          ) : (
            <ul className="flex flex-wrap gap-2" aria-label="Matching SKUs">
              {found.data.map((sku) => (
                <li key={sku.id}>
                  <Button variant="secondary" size="sm" onClick={() => add(sku)} disabled={lines.some((l) => l.skuId === sku.id)}>
                    Add {sku.code} · {sku.name}
                  </Button>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </fieldset>
  );
}
