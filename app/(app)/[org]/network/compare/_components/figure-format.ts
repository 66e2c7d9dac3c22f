/** A figure of the network comparison with its unit, money in the tenant's currency (server and client). */
import { formatDays, formatMoney, formatNumber, formatPercent, formatUnits } from '../../../../../_components/tables/cell-format';
import type { FigureUnit } from '@/server/services/scenarios/compare';

export function formatFigure(value: number | null | undefined, unit: FigureUnit, currency: string): string {
  switch (unit) {
    case 'days':
      return formatDays(value === null || value === undefined ? value : Math.round(value * 100) / 100);
    case 'fraction':
      return formatPercent(value, 1);
    case 'currency':
      return formatMoney(value === null || value === undefined ? value : Math.round(value), currency).replace(/\.00$/, '');
    case 'currency/unit':
      return `${formatMoney(value, currency)} per unit`.replace(/^— per unit$/, '—');
    case 'currency/year':
      return `${formatMoney(value === null || value === undefined ? value : Math.round(value), currency).replace(/\.00$/, '')} per year`.replace(/^— per year$/, '—');
    case 'units':
      return formatUnits(value);
    case 'units/day':
      return formatNumber(value, { unit: 'units/day', maxDigits: 1 });
    case 'count':
      return formatNumber(value, { maxDigits: 0 });
  }
}

/** A relative change as "+24 %" / "−51 %" (null: a dash). */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  const rounded = Math.round(change * 100);
  if (rounded === 0) return '±0 %';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)} %`;
}
