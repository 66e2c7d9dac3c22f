/**
 * The network comparison table (the seed's "centralized vs distributed" table, from the tenant's own data):
 *
 * - centralized: the best single location, found by evaluating every candidate alone. "Best" = serves every
 *   region and stays within its capacity, then the lowest total cost per year (a node that cannot serve
 *   everything is ranked after every node that can).
 * - current: the open set the tenant runs today.
 * - optimized: the facility-location MILP with k = the current number of open locations unless given.
 *
 * Each row carries the exact figures of `evaluateNetwork` and the MILP objective of its open set (null when that
 * set cannot serve every region within SLA/capacity), so rows can be compared on the optimizer's own terms too.
 * Units: as in evaluate.ts; `changeVsCentralized` values are fractions (0.24 = +24%).
 */
import { evaluateNetwork, type NetworkEvaluation, type NetworkTotals } from './evaluate';
import { networkObjective, optimizeNetwork, type OptimizeOptions } from './optimize';
import type { NetworkModel } from './types';

export type ScenarioName = 'centralized' | 'current' | 'optimized';

export interface ScenarioRow {
  scenario: ScenarioName;
  openLocationIds: string[];
  evaluation: NetworkEvaluation;
  /** The optimizer's objective for this open set, currency/year; null when infeasible for the MILP. */
  milpObjectivePerYear: number | null;
  /** Relative change of the main figures against the centralized row (fractions; null when the base is 0). */
  changeVsCentralized: Partial<Record<ComparedMetric, number | null>>;
}

export type ComparedMetric = keyof Pick<
  NetworkTotals,
  'averageDeliveryDays' | 'shippingCostPerUnit' | 'inventoryValue' | 'safetyStockUnits' | 'expectedFillRate' | 'totalCostPerYear'
>;

/** Rows of the seed's table, in display order, with their units. */
export const COMPARISON_METRICS: ReadonlyArray<{ metric: keyof NetworkTotals; label: string; unit: string }> = [
  { metric: 'averageDeliveryDays', label: 'Average delivery time', unit: 'days' },
  { metric: 'shippingCostPerUnit', label: 'Shipping cost per unit', unit: 'currency/unit' },
  { metric: 'inventoryValue', label: 'Total inventory holding', unit: 'currency' },
  { metric: 'safetyStockUnits', label: 'Safety stock', unit: 'units' },
  { metric: 'expectedFillRate', label: 'Order fill rate', unit: 'fraction' },
  { metric: 'slaMetShare', label: 'Demand within SLA', unit: 'fraction' },
  { metric: 'totalCostPerYear', label: 'Total cost', unit: 'currency/year' },
];

const COMPARED: readonly ComparedMetric[] = [
  'averageDeliveryDays',
  'shippingCostPerUnit',
  'inventoryValue',
  'safetyStockUnits',
  'expectedFillRate',
  'totalCostPerYear',
];

export interface CompareOptions extends Partial<Omit<OptimizeOptions, 'mustOpenLocationIds'>> {
  currentOpenLocationIds: readonly string[];
}

export interface NetworkComparison {
  rows: [ScenarioRow, ScenarioRow, ScenarioRow];
  /** Every single-location network, best first (the centralized row is the first). */
  singleLocationRanking: { locationId: string; servesAll: boolean; totalCostPerYear: number }[];
}

function servesAll(evaluation: NetworkEvaluation): boolean {
  return evaluation.unservedRegionIds.length === 0 && evaluation.nodes.every((n) => (n.utilisation ?? 0) <= 1 + 1e-9);
}

export async function compareNetworks(model: NetworkModel, options: CompareOptions): Promise<NetworkComparison> {
  const { currentOpenLocationIds, ...rest } = options;
  if (currentOpenLocationIds.length === 0) throw new RangeError('the current network needs at least one open location');
  const candidates = options.candidateLocationIds ?? model.locations.map((l) => l.locationId);
  const singles = candidates
    .map((locationId) => ({ locationId, evaluation: evaluateNetwork(model, [locationId]) }))
    .map((s) => ({ ...s, servesAll: servesAll(s.evaluation), totalCostPerYear: s.evaluation.totals.totalCostPerYear }))
    .sort((a, b) => Number(b.servesAll) - Number(a.servesAll) || a.totalCostPerYear - b.totalCostPerYear);
  const best = singles[0];
  if (!best) throw new RangeError('no candidate location');

  const milpOptions = { sla: rest.sla, unservedPenaltyPerUnit: rest.unservedPenaltyPerUnit, timeLimitSeconds: rest.timeLimitSeconds };
  const optimized = await optimizeNetwork(model, { ...rest, maxOpenLocations: rest.maxOpenLocations ?? currentOpenLocationIds.length });
  const current = evaluateNetwork(model, currentOpenLocationIds);
  const [centralObjective, currentObjective] = await Promise.all([
    networkObjective(model, [best.locationId], milpOptions),
    networkObjective(model, currentOpenLocationIds, milpOptions),
  ]);

  const base = best.evaluation.totals;
  const change = (totals: NetworkTotals): ScenarioRow['changeVsCentralized'] =>
    Object.fromEntries(COMPARED.map((m) => [m, base[m] !== 0 ? totals[m] / base[m] - 1 : null]));
  const row = (scenario: ScenarioName, evaluation: NetworkEvaluation, objective: number | null): ScenarioRow => ({
    scenario,
    openLocationIds: evaluation.openLocationIds,
    evaluation,
    milpObjectivePerYear: objective,
    changeVsCentralized: change(evaluation.totals),
  });
  return {
    rows: [
      row('centralized', best.evaluation, centralObjective?.objectivePerYear ?? null),
      row('current', current, currentObjective?.objectivePerYear ?? null),
      row('optimized', optimized.evaluation, optimized.objectivePerYear),
    ],
    singleLocationRanking: singles.map(({ locationId, servesAll: all, totalCostPerYear }) => ({ locationId, servesAll: all, totalCostPerYear })),
  };
}
