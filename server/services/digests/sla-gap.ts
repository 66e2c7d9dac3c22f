/**
 * Whether a region met its SLA over a period, and the gap in words ("US-West: 3.4 days vs a 2-day SLA,
 * 81 % on time vs 95 %"). Pure. A region misses its SLA when its average delivery days exceed the SLA's
 * days, or its on-time rate or line fill rate falls short of the target; a figure without data never
 * counts as a miss.
 */
import type { KpiBlock } from './kpis';

export interface SlaGap {
  missed: boolean;
  /** How far off, for ranking: the largest shortfall in percentage points (days count 10 points each). */
  severity: number;
  /** The missed parts, e.g. ["3.4 days vs a 2-day SLA", "81 % on time vs 95 %"]. */
  parts: string[];
}

const pct = (v: number) => `${(Math.round(v * 1000) / 10).toLocaleString('en-US')} %`;
const days = (v: number) => (Math.round(v * 10) / 10).toLocaleString('en-US');

export function slaGap(block: Pick<KpiBlock, 'figures' | 'targets'>): SlaGap {
  const { figures: f, targets: t } = block;
  const parts: string[] = [];
  let severity = 0;
  if (f.avgDeliveryDays !== null && t.deliveryDays !== null && f.avgDeliveryDays > t.deliveryDays + 1e-9) {
    parts.push(`${days(f.avgDeliveryDays)} days vs a ${days(t.deliveryDays)}-day SLA`);
    severity = Math.max(severity, (f.avgDeliveryDays - t.deliveryDays) * 10);
  }
  if (f.onTimeRate !== null && t.onTimeRate !== null && f.onTimeRate < t.onTimeRate - 1e-9) {
    parts.push(`${pct(f.onTimeRate)} on time vs ${pct(t.onTimeRate)}`);
    severity = Math.max(severity, (t.onTimeRate - f.onTimeRate) * 100);
  }
  if (f.lineFillRate !== null && t.lineFillRate !== null && f.lineFillRate < t.lineFillRate - 1e-9) {
    parts.push(`fill rate ${pct(f.lineFillRate)} vs ${pct(t.lineFillRate)}`);
    severity = Math.max(severity, (t.lineFillRate - f.lineFillRate) * 100);
  }
  return { missed: parts.length > 0, severity, parts };
}

/** "US-West: 3.4 days vs a 2-day SLA, 81 % on time vs 95 %." */
export function slaGapSentence(code: string, gap: SlaGap): string {
  return `${code}: ${gap.parts.join(', ')}.`;
}
