/**
 * ABC classification by annual consumption value (annual demand in units x unit cost, currency per year).
 *
 * Items are sorted by value, largest first, and their cumulative share of the total value is accumulated
 * (including the item itself). An item is A while that cumulative share is <= the A cut-off (default 80%), B while
 * it is <= A + B cut-offs (default 80% + 15% = 95%), C otherwise; the remaining 5% is C. Two conventions make the
 * rule total: the largest item is always A (so a catalogue dominated by one item still has an A class), and items
 * with no consumption value are always C. Ties keep the input order.
 */

export type AbcClass = 'A' | 'B' | 'C';

/** Value shares (fractions of total annual consumption value) of the A and B classes; C takes the rest. */
export interface AbcCutoffs {
  readonly aShare: number;
  readonly bShare: number;
}

export const DEFAULT_ABC_CUTOFFS: AbcCutoffs = { aShare: 0.8, bShare: 0.15 };

export interface AbcInput {
  readonly id: string;
  /** Annual consumption value, currency per year (>= 0). */
  readonly annualConsumptionValue: number;
}

export interface AbcResult {
  readonly id: string;
  readonly annualConsumptionValue: number;
  /** Share of the total annual consumption value (fraction). */
  readonly share: number;
  /** Cumulative share up to and including this item in value order (fraction). */
  readonly cumulativeShare: number;
  /** 1-based rank in value order. */
  readonly rank: number;
  readonly abcClass: AbcClass;
}

/**
 * Annual consumption value of an item.
 * @param annualDemandUnits demand, units per year
 * @param unitCost cost, currency per unit
 * @returns currency per year
 */
export function annualConsumptionValue(annualDemandUnits: number, unitCost: number): number {
  return annualDemandUnits * unitCost;
}

/**
 * Classifies items into A, B and C.
 * @param items ids with their annual consumption value (currency per year; negative values count as 0)
 * @param cutoffs A and B value shares (fractions); default 0.80 / 0.15
 * @returns one result per item, in the input order
 */
export function classifyAbc(items: readonly AbcInput[], cutoffs: AbcCutoffs = DEFAULT_ABC_CUTOFFS): AbcResult[] {
  if (!(cutoffs.aShare >= 0 && cutoffs.bShare >= 0 && cutoffs.aShare + cutoffs.bShare <= 1 + 1e-12)) {
    throw new RangeError('ABC cut-offs must be non-negative shares whose sum is at most 1');
  }
  const values = items.map((it) => (Number.isFinite(it.annualConsumptionValue) ? Math.max(0, it.annualConsumptionValue) : 0));
  const total = values.reduce((s, v) => s + v, 0);
  const order = items.map((_, i) => i).sort((i, j) => (values[j] ?? 0) - (values[i] ?? 0) || i - j);
  const eps = 1e-12;
  const results = new Array<AbcResult>(items.length);
  let cumulative = 0;
  order.forEach((index, position) => {
    const value = values[index] ?? 0;
    const share = total > 0 ? value / total : 0;
    cumulative += share;
    let abcClass: AbcClass;
    if (value <= 0) abcClass = 'C';
    else if (position === 0 || cumulative <= cutoffs.aShare + eps) abcClass = 'A';
    else if (cumulative <= cutoffs.aShare + cutoffs.bShare + eps) abcClass = 'B';
    else abcClass = 'C';
    const item = items[index];
    results[index] = {
      id: item?.id ?? '',
      annualConsumptionValue: value,
      share,
      cumulativeShare: Math.min(1, cumulative),
      rank: position + 1,
      abcClass,
    };
  });
  return results;
}
