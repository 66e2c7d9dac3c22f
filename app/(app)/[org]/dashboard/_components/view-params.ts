/**
 * The dashboard's view in the URL (so a link shows the same view): `?period=last28|last7|last90|qtd|custom
 * &from=&to=&baseline=previous|year|fixed&baselineDate=`. Unknown or malformed values fall back to the
 * defaults; the server validates again (server/services/dashboard/schemas.ts).
 */
import { BASELINE_KINDS, PERIOD_KINDS, type BaselineSpec, type PeriodSpec } from '@/server/services/dashboard/schemas';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
type Query = Record<string, string | string[] | undefined>;

const one = (q: Query, key: string) => (typeof q[key] === 'string' ? (q[key] as string) : undefined);
const day = (q: Query, key: string) => {
  const v = one(q, key);
  return v && DAY.test(v) ? v : undefined;
};

export interface DashboardView {
  period: PeriodSpec;
  baseline: BaselineSpec;
  asOf?: string;
}

export function parseView(q: Query): DashboardView {
  const kind = (PERIOD_KINDS as readonly string[]).includes(one(q, 'period') ?? '') ? (one(q, 'period') as PeriodSpec['kind']) : 'last28';
  const from = day(q, 'from');
  const to = day(q, 'to');
  const period: PeriodSpec = kind === 'custom' && from && to && from <= to ? { kind, from, to } : { kind: kind === 'custom' ? 'last28' : kind };
  const bKind = (BASELINE_KINDS as readonly string[]).includes(one(q, 'baseline') ?? '') ? (one(q, 'baseline') as BaselineSpec['kind']) : 'previous';
  const bDate = day(q, 'baselineDate');
  const baseline: BaselineSpec = bKind === 'fixed' ? (bDate ? { kind: 'fixed', date: bDate } : { kind: 'previous' }) : { kind: bKind };
  const asOf = day(q, 'asOf');
  return { period, baseline, ...(asOf ? { asOf } : {}) };
}

export function viewQuery(v: DashboardView): string {
  const p = new URLSearchParams();
  p.set('period', v.period.kind);
  if (v.period.kind === 'custom') {
    p.set('from', v.period.from ?? '');
    p.set('to', v.period.to ?? '');
  }
  p.set('baseline', v.baseline.kind);
  if (v.baseline.kind === 'fixed' && v.baseline.date) p.set('baselineDate', v.baseline.date);
  if (v.asOf) p.set('asOf', v.asOf);
  return p.toString();
}
