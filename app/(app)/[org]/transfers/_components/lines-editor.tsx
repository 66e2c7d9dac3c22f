'use client';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { Button } from '../../../../_components/ui/button';
import { TextField } from '../../../../_components/ui/field';
import { RecordPicker, type PickedRecord } from '../../stock/_components/record-picker';

export interface LineDraft {
  key: string;
  sku: PickedRecord | null;
  qty: string;
  /** Purchase orders only: blank = the SKU's unit cost. */
  unitCost?: string;
}

export function newLine(withCost = false): LineDraft {
  return { key: crypto.randomUUID(), sku: null, qty: '', ...(withCost ? { unitCost: '' } : {}) };
}

/**
 * The lines of a transfer or purchase order: a SKU picker and units per line (and a unit cost for
 * purchase orders), add and remove lines. Errors come keyed as the schema's paths: `lines.2.qty`.
 */
export function LinesEditor({
  org,
  lines,
  onChange,
  errors,
  withCost,
  currency,
  availableAt,
}: {
  org: string;
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  errors: Record<string, string>;
  withCost?: boolean;
  currency?: string;
  /** A transfer's origin: each line shows how many units are available there (on hand − reserved). */
  availableAt?: PickedRecord | null;
}) {
  const id = useId();
  const update = (key: string, patch: Partial<LineDraft>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">Lines</legend>
      {errors.lines ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.lines}
        </p>
      ) : null}
      {lines.map((line, i) => (
        <div key={line.key} className={`grid items-start gap-3 border-b border-slate-100 pb-3 last:border-0 ${withCost ? 'sm:grid-cols-[1fr_8rem_9rem_auto]' : 'sm:grid-cols-[1fr_8rem_auto]'}`} data-testid="line">
          <RecordPicker org={org} kind="sku" id={`${id}-sku-${i}`} label={`SKU, line ${i + 1}`} required value={line.sku} onChange={(sku) => update(line.key, { sku })} error={errors[`lines.${i}.skuId`]} />
          <TextField
            id={`${id}-qty-${i}`}
            label="Units *"
            inputMode="numeric"
            value={line.qty}
            onChange={(e) => update(line.key, { qty: e.target.value })}
            error={errors[`lines.${i}.qty`]}
            hint={availableAt && line.sku ? <AvailableHint org={org} skuId={line.sku.id} location={availableAt} /> : undefined}
          />
          {withCost ? (
            <TextField id={`${id}-cost-${i}`} label={`Unit cost${currency ? ` (${currency})` : ''}`} inputMode="decimal" placeholder="SKU's cost" value={line.unitCost ?? ''} onChange={(e) => update(line.key, { unitCost: e.target.value })} error={errors[`lines.${i}.unitCost`]} />
          ) : null}
          <div className="pt-6">
            <Button variant="ghost" size="sm" onClick={() => onChange(lines.filter((l) => l.key !== line.key))} disabled={lines.length === 1} aria-label={`Remove line ${i + 1}`}>
              Remove
            </Button>
          </div>
        </div>
      ))}
      <Button variant="secondary" size="sm" onClick={() => onChange([...lines, newLine(withCost)])} data-testid="add-line">
        Add a line
      </Button>
    </fieldset>
  );
}

/** A line's text as the schema's input (blank numbers stay invalid, so the schema names them). */
export function lineInput(line: LineDraft) {
  const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return {
    skuId: line.sku?.id ?? '',
    qty: num(line.qty),
    ...(line.unitCost !== undefined && line.unitCost.trim() !== '' ? { unitCost: num(line.unitCost) } : {}),
  };
}

/** The schema's issues as `path.joined` → first message (what LinesEditor and the header fields read). */
export function issuesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const message = path.endsWith('skuId') && /uuid|pick/i.test(issue.message) ? 'Pick a SKU.' : issue.message;
    out[path] ??= message;
  }
  return out;
}

/** "40 available at CHI": on hand minus reserved at the origin, read live from the stock levels. */
function AvailableHint({ org, skuId, location }: { org: string; skuId: string; location: PickedRecord }) {
  const trpc = useTRPC();
  const level = useQuery(trpc.stock.levels.queryOptions({ org, filters: { skuId, locationId: location.id, hideEmpty: false } }));
  if (level.isPending) return <span>Checking stock…</span>;
  const row = level.data?.rows[0];
  const available = Math.max(0, (row?.onHand ?? 0) - (row?.reserved ?? 0));
  return (
    <span data-testid="available-hint">
      {available.toLocaleString()} available at {location.label}
      {row?.reserved ? ` (${row.reserved.toLocaleString()} reserved)` : ''}
    </span>
  );
}
