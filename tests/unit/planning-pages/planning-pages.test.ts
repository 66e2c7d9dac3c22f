/**
 * The pure parts of the planning pages: method and pattern words, the accuracy verdict against seasonal
 * naive, a recommendation's headline, the units check, snooze dates, the role hint and the stored series
 * as the chart draws them.
 */
import { describe, expect, it } from 'vitest';
import { accuracyVerdict } from '@/app/(app)/[org]/forecasts/_components/accuracy-summary';
import { methodLabel, patternLabel } from '@/app/(app)/[org]/forecasts/_components/labels';
import { chartSeries } from '@/app/(app)/[org]/forecasts/_components/weekly-series';
import { addDays } from '@/app/(app)/[org]/recommendations/_components/decision-dialogs';
import { isValidQty, recommendationTitle } from '@/app/(app)/[org]/recommendations/_components/recommendation-card';
import { plannerRoleHint } from '@/app/(app)/[org]/recommendations/_components/role-hint';
import type { RecommendationView } from '@/server/services/recommendations/types';

describe('method and pattern labels', () => {
  it('names every method the engine picks, and reads unknown codes as words', () => {
    expect(methodLabel('holt-winters-multiplicative')).toBe('Holt-Winters (multiplicative)');
    expect(methodLabel('sba')).toBe('Syntetos-Boylan (SBA)');
    expect(methodLabel('ses-seasonal')).toBe('Simple exponential smoothing with pooled seasonality');
    expect(methodLabel('some_new-method')).toBe('some new method');
    expect(patternLabel('lumpy')).toBe('Lumpy');
  });
});

describe('accuracyVerdict', () => {
  const none = { mase: null, wape: null, bias: null };
  it('says how much less error than seasonal naive, on WAPE', () => {
    const v = accuracyVerdict({ mase: 0.8, wape: 0.3, bias: 0 }, { mase: 1, wape: 0.4, bias: 0 });
    expect(v.tone).toBe('green');
    expect(v.text).toBe('25 % less error than seasonal naive (WAPE 30 % against 40 %).');
  });
  it('says so when the forecasts are worse, and when nothing could be measured', () => {
    expect(accuracyVerdict({ mase: 1.2, wape: 0.5, bias: 0 }, { mase: 1, wape: 0.4, bias: 0 }).tone).toBe('amber');
    expect(accuracyVerdict({ mase: 1, wape: 0.4, bias: 0 }, { mase: 1, wape: 0.4, bias: 0 }).text).toMatch(/^As accurate as seasonal naive/);
    expect(accuracyVerdict(none, none).text).toMatch(/enough weeks of history/);
  });
});

function rec(partial: Partial<RecommendationView>): RecommendationView {
  return {
    id: 'r1',
    runId: 'run',
    kind: 'transfer',
    status: 'open',
    priority: 'high',
    score: 1,
    sku: { id: 's', code: 'SKU-1001', name: 'Cable', casePack: 12 },
    from: { id: 'a', code: 'MEM-CDC', name: 'Memphis' },
    to: { id: 'b', code: 'DAL-RDC', name: 'Dallas' },
    region: null,
    supplier: null,
    purchaseOrderId: null,
    qty: 180,
    explanation: '',
    facts: [],
    impact: { units: 180, costDelta: 90, daysOfSupplyAfter: { from: 12, to: 9 }, sla: null },
    snoozedUntil: null,
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
    createdTransferId: null,
    createdPurchaseOrderId: null,
    ...partial,
  };
}

describe('recommendationTitle', () => {
  it('says what to do, with units, SKU and places', () => {
    expect(recommendationTitle(rec({}))).toBe('Move 180 units of SKU-1001 from MEM-CDC to DAL-RDC');
    expect(recommendationTitle(rec({ kind: 'replenish', from: null, supplier: { id: 'x', code: 'SUP-ASIA', name: 'Asia' }, qty: 1200 }))).toBe('Buy 1,200 units of SKU-1001 from SUP-ASIA into DAL-RDC');
    expect(recommendationTitle(rec({ kind: 'centralize', from: { id: 'b', code: 'DAL-RDC', name: 'Dallas' }, to: { id: 'a', code: 'MEM-CDC', name: 'Memphis' }, qty: 40 }))).toBe('Hold SKU-1001 centrally at MEM-CDC, pull back 40 units from DAL-RDC');
  });
});

describe('isValidQty', () => {
  it('takes whole numbers of at least one unit only', () => {
    expect(isValidQty('180')).toBe(true);
    expect(isValidQty('1')).toBe(true);
    for (const bad of ['', ' ', '0', '-3', '2.5', 'ten']) expect(isValidQty(bad), bad).toBe(false);
  });
});

describe('addDays', () => {
  it('counts calendar days across month, year and leap day', () => {
    expect(addDays('2026-06-15', 7)).toBe('2026-06-22');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('plannerRoleHint', () => {
  it('names the role needed, the role held and who can change it', () => {
    expect(plannerRoleHint({ name: 'Northwind', role: 'viewer', via: 'membership' }, 'Running planning')).toBe('Running planning needs the planner role or higher. You are a viewer; an owner or admin can change your role in Settings → Members.');
    expect(plannerRoleHint({ name: 'Northwind', role: 'viewer', via: 'grant' }, 'Running planning')).toMatch(/through your 3PL’s viewer grant; an owner or admin of Northwind can change the grant’s role/);
  });
});

describe('chartSeries', () => {
  it('draws a stored run’s series: history, then the forecast joined to it, the band on the forecast weeks', () => {
    const s = chartSeries({ historyWeeks: ['2026-06-01', '2026-06-08'], history: [10, 12], forecastWeeks: ['2026-06-15', '2026-06-22'], forecast: [11, 11], lower: [8, 7], upper: [14, 15] });
    expect(s.weeks).toEqual(['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22']);
    expect(s.history).toEqual([10, 12, null, null]);
    expect(s.forecast).toEqual([null, 12, 11, 11]);
    expect(s.lower).toEqual([null, null, 8, 7]);
    expect(s.forecastStart).toBe(2);
  });
});
