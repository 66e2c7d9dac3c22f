/**
 * Two scenarios side by side: every figure of A and B, the change from A to B, and the sentence saying what
 * changes. A scenario without figures (not computed, no demand) shows its message instead.
 */
import type { TenantServiceContext } from '../context';
import { describeChange } from '../network-compare/describe-change';
import type { NetworkFigures } from '../network-compare/figures';
import { getScenario, type ScenarioDetail } from './get';
import type { CompareScenariosInput } from './schemas';

export type FigureUnit = 'days' | 'fraction' | 'currency' | 'currency/unit' | 'currency/year' | 'units' | 'units/day' | 'count';

/** The rows of the side-by-side table (and of the article's table), in display order. */
export const SCENARIO_FIGURES: ReadonlyArray<{ key: keyof NetworkFigures; label: string; unit: FigureUnit; betterWhen: 'lower' | 'higher' | null }> = [
  { key: 'openLocationCount', label: 'Open locations', unit: 'count', betterWhen: null },
  { key: 'averageDeliveryDays', label: 'Average delivery time', unit: 'days', betterWhen: 'lower' },
  { key: 'slaMetShare', label: 'Demand within SLA days', unit: 'fraction', betterWhen: 'higher' },
  { key: 'shippingCostPerUnit', label: 'Shipping cost per unit', unit: 'currency/unit', betterWhen: 'lower' },
  { key: 'cycleStockUnits', label: 'Cycle stock', unit: 'units', betterWhen: 'lower' },
  { key: 'cycleStockValue', label: 'Cycle stock value', unit: 'currency', betterWhen: 'lower' },
  { key: 'safetyStockUnits', label: 'Safety stock (pooled)', unit: 'units', betterWhen: 'lower' },
  { key: 'safetyStockValue', label: 'Safety stock value', unit: 'currency', betterWhen: 'lower' },
  { key: 'inventoryValue', label: 'Total inventory holding', unit: 'currency', betterWhen: 'lower' },
  { key: 'expectedFillRate', label: 'Expected order fill rate', unit: 'fraction', betterWhen: 'higher' },
  { key: 'holdingCostPerYear', label: 'Holding cost', unit: 'currency/year', betterWhen: 'lower' },
  { key: 'fixedCostPerYear', label: 'Fixed cost of locations', unit: 'currency/year', betterWhen: 'lower' },
  { key: 'shippingCostPerYear', label: 'Shipping cost', unit: 'currency/year', betterWhen: 'lower' },
  { key: 'handlingCostPerYear', label: 'Handling cost', unit: 'currency/year', betterWhen: 'lower' },
  { key: 'totalCostPerYear', label: 'Total cost', unit: 'currency/year', betterWhen: 'lower' },
];

export interface ScenarioComparisonRow {
  key: keyof NetworkFigures;
  label: string;
  unit: FigureUnit;
  a: number | null;
  b: number | null;
  /** b - a. */
  difference: number | null;
  /** b / a - 1 (null when a is 0 or missing). */
  change: number | null;
  better: 'a' | 'b' | null;
}

export interface ScenarioComparison {
  a: ScenarioDetail;
  b: ScenarioDetail;
  currency: string;
  rows: ScenarioComparisonRow[];
  sentence: string | null;
}

export function comparisonRows(a: NetworkFigures | null, b: NetworkFigures | null): ScenarioComparisonRow[] {
  return SCENARIO_FIGURES.map(({ key, label, unit, betterWhen }) => {
    const x = a ? Number(a[key]) : null;
    const y = b ? Number(b[key]) : null;
    const difference = x !== null && y !== null ? y - x : null;
    const same = difference === null || Math.abs(difference) <= 1e-9 * Math.max(1, Math.abs(x ?? 0));
    const better = same || betterWhen === null ? null : (betterWhen === 'lower') === (difference as number) < 0 ? 'b' : 'a';
    return { key, label, unit, a: x, b: y, difference, change: x !== null && y !== null && x !== 0 ? y / x - 1 : null, better };
  });
}

export async function compareScenarios({ ctx, input }: { ctx: TenantServiceContext; input: CompareScenariosInput }): Promise<ScenarioComparison> {
  const a = await getScenario({ ctx, input: { id: input.a } });
  const b = await getScenario({ ctx, input: { id: input.b } });
  const fa = a.results?.result?.figures ?? null;
  const fb = b.results?.result?.figures ?? null;
  return { a, b, currency: ctx.tenant.currency, rows: comparisonRows(fa, fb), sentence: fa && fb ? describeChange(fa, fb) : null };
}
