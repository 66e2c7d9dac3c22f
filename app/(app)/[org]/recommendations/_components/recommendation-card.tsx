'use client';
import Link from 'next/link';
import { useId } from 'react';
import type { RecommendationPriority } from '@/server/services/recommendations/schemas';
import type { RecommendationView } from '@/server/services/recommendations/types';
import { formatDate } from '../../../../_components/format/date';
import { formatDays, formatMoney, formatNumber, formatUnits } from '../../../../_components/tables/cell-format';
import { Badge, type BadgeTone } from '../../../../_components/ui/badge';
import { Button } from '../../../../_components/ui/button';
import { inputClasses } from '../../../../_components/ui/field';

export const PRIORITY_LABEL: Record<RecommendationPriority, string> = { urgent: 'Urgent', high: 'High', medium: 'Medium', low: 'Low' };
const PRIORITY_TONE: Record<RecommendationPriority, BadgeTone> = { urgent: 'red', high: 'amber', medium: 'brand', low: 'neutral' };

/** The headline of a recommendation: what to do, to what, where. */
export function recommendationTitle(r: RecommendationView): string {
  const qty = r.qty !== null ? `${formatUnits(r.qty)} of ` : '';
  const sku = r.sku.code;
  switch (r.kind) {
    case 'replenish':
      return `Buy ${qty}${sku}${r.supplier ? ` from ${r.supplier.code}` : ''}${r.to ? ` into ${r.to.code}` : ''}`;
    case 'transfer':
      return `Move ${qty}${sku}${r.from ? ` from ${r.from.code}` : ''}${r.to ? ` to ${r.to.code}` : ''}`;
    case 'centralize':
      return `Hold ${sku} centrally${r.to ? ` at ${r.to.code}` : ''}${r.from ? `, pull back ${qty ? qty.replace(/ of $/, '') : 'stock'} from ${r.from.code}` : ''}`;
    case 'decentralize':
      return `Stock ${sku}${r.to ? ` at ${r.to.code}` : ''}${r.region ? ` for ${r.region.name}` : ''}${r.from ? ` (${qty ? qty.replace(/ of $/, '') : 'stock'} from ${r.from.code})` : ''}`;
    case 'inbound_split':
      return `Split ${qty}${sku} arriving${r.from ? ` at ${r.from.code}` : ''}${r.to ? `: send to ${r.to.code}` : ''}`;
    default:
      return `${r.kind} ${qty}${sku}`;
  }
}

/** A units field holds a whole number of at least 1. */
export function isValidQty(text: string): boolean {
  const qty = Number(text);
  return text.trim() !== '' && Number.isInteger(qty) && qty >= 1;
}

function costText(costDelta: number, currency: string): string {
  if (costDelta === 0) return 'no cost';
  return costDelta > 0 ? `${formatMoney(costDelta, currency)} to spend` : `saves ${formatMoney(-costDelta, currency)}`;
}

function factValue(f: RecommendationView['facts'][number], currency: string): string {
  // Text values are already words ("no demand", "95 %"); a unit only follows a number.
  if (typeof f.value === 'string') return /^-?[\d.,]+$/.test(f.value) && f.unit ? `${f.value} ${f.unit}` : f.value;
  if (f.unit === currency || f.unit === 'currency' || /^[A-Z]{3}$/.test(f.unit ?? '')) return formatMoney(f.value, f.unit === 'currency' || !f.unit ? currency : f.unit);
  if (f.unit === '%' || f.unit === 'percent') return `${formatNumber(f.value, { maxDigits: 1 })} %`;
  if (f.unit === 'days') return formatDays(f.value);
  if (f.unit === 'units') return formatUnits(f.value);
  return formatNumber(f.value, { unit: f.unit ?? undefined, maxDigits: 1 });
}

export interface RecommendationCardProps {
  org: string;
  rec: RecommendationView;
  currency: string;
  timezone: string;
  canAct: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** The units field's text (kept by the list, so "accept selected" uses edited quantities too). */
  qtyText: string;
  onQtyText: (text: string) => void;
  /** Accept with this quantity (the recommended one unless edited). */
  onAccept: (qty: number) => void;
  onDismiss: () => void;
  onSnooze: () => void;
  pending: boolean;
  /** This card's error from the last action (refused, re-checked, ...). */
  error?: string | null;
}

/** One recommendation: what, why (its sentence and numbers), what it is worth, and its actions. */
export function RecommendationCard({ org, rec, currency, timezone, canAct, selected, onSelect, qtyText, onQtyText, onAccept, onDismiss, onSnooze, pending, error }: RecommendationCardProps) {
  const id = useId();
  const qty = Number(qtyText);
  const qtyValid = isValidQty(qtyText);
  const open = rec.status === 'open' && !rec.snoozedUntil;
  const snoozed = rec.status === 'open' && rec.snoozedUntil !== null;
  const actionable = canAct && rec.status === 'open';
  const title = recommendationTitle(rec);
  const { impact } = rec;
  const casePackHint = rec.sku.casePack > 1 ? `Case pack ${formatUnits(rec.sku.casePack)}.` : null;

  return (
    <article
      aria-labelledby={`${id}-title`}
      data-testid="recommendation-card"
      data-kind={rec.kind}
      data-status={rec.status}
      className={`rounded-lg border bg-white p-4 shadow-sm ${selected ? 'border-brand-500 ring-1 ring-brand-500' : 'border-slate-200'}`}
    >
      <div className="flex items-start gap-3">
        {actionable ? (
          <input id={`${id}-select`} type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} className="mt-1 size-4 rounded border-slate-300" aria-label={`Select: ${title}`} />
        ) : null}
        <div className="min-w-0 flex-1 space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`${id}-title`} className="font-semibold text-slate-900">
              {title}
            </h3>
            <Badge tone={PRIORITY_TONE[rec.priority]}>{PRIORITY_LABEL[rec.priority]}</Badge>
            {snoozed ? <Badge tone="neutral">Snoozed until {formatDate(`${rec.snoozedUntil}T12:00:00Z`, 'UTC')}</Badge> : null}
            {rec.status === 'accepted' ? <Badge tone="green">Accepted</Badge> : null}
            {rec.status === 'dismissed' ? <Badge tone="neutral">Dismissed</Badge> : null}
            {rec.status === 'superseded' ? <Badge tone="neutral">Replaced by a newer run</Badge> : null}
          </div>
          <p className="text-sm text-slate-700">{rec.explanation}</p>
          <p className="text-xs text-slate-500">
            {rec.sku.code} · {rec.sku.name}
            {rec.region ? ` · ${rec.region.name}` : ''}
          </p>

          {rec.facts.length > 0 ? (
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
              {rec.facts.map((f) => (
                <div key={f.label} className="flex justify-between gap-3 border-b border-dotted border-slate-200 py-0.5">
                  <dt className="text-slate-600">{f.label}</dt>
                  <dd className="text-right font-medium text-slate-900 tabular-nums">{factValue(f, currency)}</dd>
                </div>
              ))}
            </dl>
          ) : null}

          <div className="rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="recommendation-impact">
            <span className="font-medium text-slate-900">Expected impact: </span>
            <span className="text-slate-700">
              {formatUnits(impact.units)}, {costText(impact.costDelta, currency)}
              {impact.daysOfSupplyAfter.to !== null ? `; ${rec.to?.code ?? 'destination'} then covers ${formatDays(impact.daysOfSupplyAfter.to)}` : ''}
              {impact.daysOfSupplyAfter.from !== null ? `; ${rec.from?.code ?? 'origin'} keeps ${formatDays(impact.daysOfSupplyAfter.from)}` : ''}.
            </span>
            {impact.sla ? (
              <span className="mt-1 flex flex-wrap items-center gap-2">
                {impact.sla.meetsSlaAfter === true ? <Badge tone="green">Meets SLA after</Badge> : impact.sla.meetsSlaAfter === false ? <Badge tone="red">SLA still at risk</Badge> : null}
                <span className="text-slate-700">{impact.sla.summary}</span>
              </span>
            ) : null}
          </div>

          {rec.status === 'accepted' || rec.status === 'dismissed' ? (
            <p className="text-sm text-slate-600">
              {rec.status === 'accepted' ? 'Accepted' : 'Dismissed'}
              {rec.decidedBy ? ` by ${rec.decidedBy.name ?? rec.decidedBy.email}` : ''}
              {rec.decidedAt ? ` on ${formatDate(rec.decidedAt, timezone)}` : ''}
              {rec.decisionNote ? `: “${rec.decisionNote}”` : '.'}
            </p>
          ) : null}
          <CreatedLinks org={org} rec={rec} />

          {error ? (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}

          {actionable ? (
            <div className="flex flex-wrap items-end gap-2 pt-1">
              {rec.qty !== null ? (
                <div className="w-32">
                  <label htmlFor={`${id}-qty`} className="block text-xs font-medium text-slate-700">
                    Units
                  </label>
                  <input
                    id={`${id}-qty`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    step={1}
                    value={qtyText}
                    onChange={(e) => onQtyText(e.target.value)}
                    aria-invalid={!qtyValid || undefined}
                    aria-describedby={casePackHint ? `${id}-qty-hint` : undefined}
                    className={`${inputClasses} h-8 py-1`}
                  />
                </div>
              ) : null}
              <Button size="sm" onClick={() => onAccept(rec.qty !== null ? qty : 1)} disabled={rec.qty !== null && !qtyValid} pending={pending} data-testid="accept-recommendation">
                Accept
              </Button>
              <Button size="sm" variant="secondary" onClick={onDismiss} disabled={pending}>
                Dismiss…
              </Button>
              {open ? (
                <Button size="sm" variant="ghost" onClick={onSnooze} disabled={pending}>
                  Snooze…
                </Button>
              ) : null}
              {casePackHint ? (
                <span id={`${id}-qty-hint`} className="self-center text-xs text-slate-500">
                  {casePackHint}
                  {rec.qty !== null && qtyValid && qty !== rec.qty ? ` Recommended: ${formatUnits(rec.qty)}.` : ''}
                </span>
              ) : null}
              {!qtyValid && rec.qty !== null ? <span className="self-center text-xs text-red-700">Enter a whole number of units, at least 1.</span> : null}
            </div>
          ) : null}
        </div>
      </div>
    </article>
  );
}

function CreatedLinks({ org, rec }: { org: string; rec: RecommendationView }) {
  if (!rec.createdTransferId && !rec.createdPurchaseOrderId) return null;
  return (
    <p className="flex flex-wrap gap-3 text-sm">
      {rec.createdTransferId ? (
        <Link href={`/${org}/transfers/${rec.createdTransferId}`} className="font-medium text-brand-700 hover:underline" data-testid="created-transfer-link">
          Open the transfer it created →
        </Link>
      ) : null}
      {rec.createdPurchaseOrderId ? (
        <Link href={`/${org}/inbound/${rec.createdPurchaseOrderId}`} className="font-medium text-brand-700 hover:underline" data-testid="created-purchase-order-link">
          Open the purchase order it created →
        </Link>
      ) : null}
    </p>
  );
}
