/** The comparison's parameters from the page's query string (a GET form), validated by the server's schema. */
import { networkCompareInput, type NetworkCompareInput } from '@/server/services/network-compare/schemas';

export type SearchParams = Record<string, string | string[] | undefined>;

const text = (query: SearchParams, key: string) => (typeof query[key] === 'string' && query[key] !== '' ? (query[key] as string) : undefined);
const num = (query: SearchParams, key: string) => {
  const t = text(query, key);
  return t === undefined ? undefined : Number(t);
};

export function compareParams(query: SearchParams): { input: NetworkCompareInput; errors: string[] } {
  const raw = {
    k: num(query, 'k'),
    windowDays: num(query, 'window'),
    asOf: text(query, 'asOf'),
    reviewPeriodDays: num(query, 'review'),
    serviceLevel: num(query, 'csl') === undefined ? undefined : (num(query, 'csl') as number) / 100,
    leadTimeDays: num(query, 'leadTime'),
    slaMode: text(query, 'sla'),
    latePenaltyPerUnitDay: num(query, 'penalty'),
  };
  const parsed = networkCompareInput.safeParse(raw);
  if (parsed.success) return { input: parsed.data, errors: [] };
  return { input: networkCompareInput.parse({}), errors: parsed.error.issues.map((i) => i.message) };
}

/** The query string of a parameter set (inverse of compareParams), for links and the CSV. */
export function compareQuery(input: Partial<NetworkCompareInput>): URLSearchParams {
  const q = new URLSearchParams();
  if (input.k !== undefined) q.set('k', String(input.k));
  if (input.windowDays !== undefined) q.set('window', String(input.windowDays));
  if (input.asOf) q.set('asOf', input.asOf);
  if (input.reviewPeriodDays !== undefined) q.set('review', String(input.reviewPeriodDays));
  if (input.serviceLevel !== undefined) q.set('csl', String(Math.round(input.serviceLevel * 1000) / 10));
  if (input.leadTimeDays !== undefined) q.set('leadTime', String(input.leadTimeDays));
  if (input.slaMode) q.set('sla', input.slaMode);
  if (input.latePenaltyPerUnitDay !== undefined) q.set('penalty', String(input.latePenaltyPerUnitDay));
  return q;
}

/** The export URL's filters for the same parameters (server/csv/exports/scenarios.ts reads them). */
export function exportFilters(input: NetworkCompareInput, k: number): string {
  const q = new URLSearchParams();
  q.set('filter.k', String(k));
  q.set('filter.windowDays', String(input.windowDays));
  if (input.asOf) q.set('filter.asOf', input.asOf);
  q.set('filter.reviewPeriodDays', String(input.reviewPeriodDays));
  if (input.serviceLevel !== undefined) q.set('filter.serviceLevel', String(input.serviceLevel));
  if (input.leadTimeDays !== undefined) q.set('filter.leadTimeDays', String(input.leadTimeDays));
  q.set('filter.slaMode', input.slaMode);
  q.set('filter.latePenaltyPerUnitDay', String(input.latePenaltyPerUnitDay));
  return q.toString();
}
