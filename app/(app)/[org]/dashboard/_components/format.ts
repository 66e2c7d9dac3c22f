/** KPI values as people read them: units, the tenant's currency, percentages. */
import type { KpiUnit } from '@/server/services/dashboard/read-kpis';

export function moneyFormat(currency: string, digits = 0) {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: digits, minimumFractionDigits: digits });
  } catch {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: digits, minimumFractionDigits: digits });
  }
}

export function formatKpi(unit: KpiUnit, value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'days':
      return `${value.toFixed(1)} days`;
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'money':
      return moneyFormat(currency).format(value);
    case 'money_per_unit':
      return `${moneyFormat(currency, 2).format(value)}/unit`;
    case 'turns':
      return `${value.toFixed(1)}× a year`;
  }
}

/** The change against the baseline in the KPI's unit ("+0.4 days", "−3.1 pts", "+12%"). */
export function formatChange(unit: KpiUnit, absolute: number | null, relative: number | null, currency: string): string | null {
  if (absolute === null) return null;
  const sign = absolute > 0 ? '+' : absolute < 0 ? '−' : '±';
  const a = Math.abs(absolute);
  if (unit === 'percent') return `${sign}${(a * 100).toFixed(1)} pts`;
  if (unit === 'days') return `${sign}${a.toFixed(1)} days`;
  if (unit === 'turns') return `${sign}${a.toFixed(1)}×`;
  if (relative !== null) return `${sign}${Math.abs(relative * 100).toFixed(0)}%`;
  return `${sign}${moneyFormat(currency, unit === 'money_per_unit' ? 2 : 0).format(a)}`;
}

/** "Jun 14" of a YYYY-MM-DD day (a calendar day: no time zone shift). */
export function shortDay(day: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

export function longDay(day: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
