/**
 * The digest's figures as words, shared by the HTML and the plain-text part so both say the same thing:
 * each KPI with this period, the previous one, the change and the target, in the organization's
 * currency. Pure.
 */
import { formatDays, formatMoney, formatNumber, formatPercent, formatUnits } from '@/app/_components/tables/cell-format';
import type { ImporterDigest } from '@/server/services/digests/content';
import type { KpiPeriod } from '@/server/services/digests/kpis';

export interface KpiLine {
  key: string;
  label: string;
  current: string;
  previous: string;
  change: string;
  target: string;
  /** Whether the current value misses its target (null when there is no target or no data). */
  missesTarget: boolean | null;
  href: string;
}

const dayFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });

/** "Oct 26 – Nov 1, 2026", or "Nov 1, 2026" for one day. */
export function periodLabel(period: KpiPeriod): string {
  const from = new Date(`${period.from}T00:00:00Z`);
  const to = new Date(`${period.to}T00:00:00Z`);
  const full = dayFormat({ month: 'short', day: 'numeric', year: 'numeric' });
  if (period.from === period.to) return full.format(to);
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  return `${(sameYear ? dayFormat({ month: 'short', day: 'numeric' }) : full).format(from)} – ${full.format(to)}`;
}

function signed(value: number, text: string): string {
  if (Math.abs(value) < 1e-9) return 'no change';
  return `${value > 0 ? '+' : '−'}${text}`;
}

function change(current: number | null, previous: number | null, kind: 'rate' | 'days' | 'money' | 'count', currency: string): string {
  if (current === null || previous === null) return '—';
  const d = current - previous;
  switch (kind) {
    case 'rate':
      return signed(d, `${formatNumber(Math.abs(d) * 100, { maxDigits: 1 })} pts`);
    case 'days':
      return signed(d, formatDays(Math.abs(d)));
    case 'money':
      return signed(d, formatMoney(Math.abs(d), currency, { perUnit: true }));
    case 'count':
      return signed(d, formatNumber(Math.abs(d), { maxDigits: 0 }));
  }
}

export function kpiLines(digest: ImporterDigest, links: { dashboard: string; orders: string; stock: string }): KpiLine[] {
  const { current: c, prior: p } = digest;
  const cf = c.network.figures;
  const pf = p.network.figures;
  const t = c.network.targets;
  const cur = digest.org.currency;
  const misses = (value: number | null, target: number | null, higherIsBetter: boolean) =>
    value === null || target === null ? null : higherIsBetter ? value < target - 1e-9 : value > target + 1e-9;
  return [
    { key: 'orders', label: 'Orders', current: formatNumber(c.network.sums.ordersCount, { maxDigits: 0 }), previous: formatNumber(p.network.sums.ordersCount, { maxDigits: 0 }), change: change(c.network.sums.ordersCount, p.network.sums.ordersCount, 'count', cur), target: '—', missesTarget: null, href: links.orders },
    { key: 'avgDeliveryDays', label: 'Average delivery time', current: formatDays(cf.avgDeliveryDays), previous: formatDays(pf.avgDeliveryDays), change: change(cf.avgDeliveryDays, pf.avgDeliveryDays, 'days', cur), target: t.deliveryDays === null ? '—' : `≤ ${formatDays(t.deliveryDays)}`, missesTarget: misses(cf.avgDeliveryDays, t.deliveryDays, false), href: links.dashboard },
    { key: 'onTimeRate', label: 'On time (SLA attainment)', current: formatPercent(cf.onTimeRate), previous: formatPercent(pf.onTimeRate), change: change(cf.onTimeRate, pf.onTimeRate, 'rate', cur), target: t.onTimeRate === null ? '—' : `≥ ${formatPercent(t.onTimeRate)}`, missesTarget: misses(cf.onTimeRate, t.onTimeRate, true), href: links.dashboard },
    { key: 'orderFillRate', label: 'Order fill rate', current: formatPercent(cf.orderFillRate), previous: formatPercent(pf.orderFillRate), change: change(cf.orderFillRate, pf.orderFillRate, 'rate', cur), target: '—', missesTarget: null, href: links.dashboard },
    { key: 'lineFillRate', label: 'Line fill rate', current: formatPercent(cf.lineFillRate), previous: formatPercent(pf.lineFillRate), change: change(cf.lineFillRate, pf.lineFillRate, 'rate', cur), target: t.lineFillRate === null ? '—' : `≥ ${formatPercent(t.lineFillRate)}`, missesTarget: misses(cf.lineFillRate, t.lineFillRate, true), href: links.dashboard },
    { key: 'shippingCostPerUnit', label: 'Shipping cost per unit', current: formatMoney(cf.shippingCostPerUnit, cur, { perUnit: true }), previous: formatMoney(pf.shippingCostPerUnit, cur, { perUnit: true }), change: change(cf.shippingCostPerUnit, pf.shippingCostPerUnit, 'money', cur), target: '—', missesTarget: null, href: links.dashboard },
    { key: 'unitsBackordered', label: 'Units backordered', current: formatUnits(c.network.sums.unitsBackordered), previous: formatUnits(p.network.sums.unitsBackordered), change: change(c.network.sums.unitsBackordered, p.network.sums.unitsBackordered, 'count', cur), target: '—', missesTarget: null, href: links.orders },
    { key: 'inventoryValue', label: 'Inventory value (end of period)', current: formatMoney(c.inventoryValue, cur), previous: formatMoney(p.inventoryValue, cur), change: change(c.inventoryValue, p.inventoryValue, 'money', cur), target: '—', missesTarget: null, href: links.stock },
  ];
}

/** "Deliver 240 units" / "Saves $1,200.00 a year": a recommendation's impact in words. */
export function impactText(r: { costDelta: number | null; units: number | null; qty: number | null }, currency: string): string {
  const parts: string[] = [];
  const units = r.units ?? r.qty;
  if (units !== null) parts.push(formatUnits(units));
  if (r.costDelta !== null && r.costDelta !== 0) {
    parts.push(r.costDelta < 0 ? `saves ${formatMoney(-r.costDelta, currency)}` : `costs ${formatMoney(r.costDelta, currency)}`);
  }
  return parts.join(', ') || '—';
}

export { formatMoney, formatPercent, formatUnits, formatDays };
