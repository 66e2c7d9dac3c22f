/**
 * Numbers as table cells show them: with their unit, money in the tenant's currency, fractions as
 * percentages, and a dash for nothing. Pure functions (server and client).
 */
const DASH = '—';

function isBlank(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/** 1234.5 → "1,234.5"; with a unit: "1,234.5 days". */
export function formatNumber(value: number | null | undefined, options: { unit?: string; maxDigits?: number; minDigits?: number } = {}): string {
  if (isBlank(value)) return DASH;
  const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: options.maxDigits ?? 2, minimumFractionDigits: options.minDigits ?? 0 }).format(value);
  return options.unit ? `${text} ${options.unit}` : text;
}

/** Units (whole numbers): "12,400 units". */
export function formatUnits(value: number | null | undefined, unit = 'units'): string {
  return formatNumber(value, { unit, maxDigits: 0 });
}

/** Days: "1.5 days", "1 day". */
export function formatDays(value: number | null | undefined): string {
  if (isBlank(value)) return DASH;
  return formatNumber(value, { unit: value === 1 ? 'day' : 'days' });
}

/** Money in the tenant's currency: "$1,234.50"; small unit costs keep up to 4 decimals. */
export function formatMoney(value: number | null | undefined, currency: string, options: { perUnit?: boolean } = {}): string {
  if (isBlank(value)) return DASH;
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: options.perUnit ? 4 : 2 }).format(value);
  } catch {
    return `${formatNumber(value, { maxDigits: 4 })} ${currency}`;
  }
}

/** A fraction as a percentage: 0.975 → "97.5 %". */
export function formatPercent(value: number | null | undefined, maxDigits = 1): string {
  if (isBlank(value)) return DASH;
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDigits }).format(value * 100)} %`;
}
