/**
 * Transfer / rebalance recommendations: solves the minimum-cost transportation MILP of `rebalance-model.ts` with
 * HiGHS and turns the shipped cases into transfer recommendations with reason and impact.
 *
 * Units: quantities in stock units (always whole case packs), costs in currency, days in days.
 * Days of supply after are computed after the WHOLE plan (all transfers of the SKU), at both ends.
 */
import { solveLp, solutionValue } from '../highs-solver';
import {
  buildRebalanceModel,
  positionKey,
  type RebalanceOptions,
  type RebalancePosition,
  type RebalanceSku,
  type TransferLane,
} from './rebalance-model';
import { formatQuantity } from './reason-text';
import { daysOfSupply } from './stock-cover';
import type { Recommendation, RecommendationPriority } from './types';

export type { RebalanceOptions, RebalancePosition, RebalanceSku, TransferLane, LateLanePolicy } from './rebalance-model';
export { surplusAndDeficit } from './rebalance-model';

export interface RebalanceInput {
  skus: readonly RebalanceSku[];
  positions: readonly RebalancePosition[];
  /** Only these directed lanes may be used. */
  lanes: readonly TransferLane[];
  options?: RebalanceOptions;
}

export interface TransferRecommendation extends Recommendation {
  kind: 'transfer';
  fromLocationId: string;
  toLocationId: string;
  cases: number;
  casePackUnits: number;
  transitDays: number;
  customsDays: number;
  /** transitDays + customsDays. */
  arrivalDays: number;
  /** Days the transfer arrives after the receiver's need-by days (0 unless policy 'penalty'). */
  lateDays: number;
  /** Freight: costPerUnit * qty plus this transfer's share (by units) of the lane's cost per shipment. */
  freightCost: number;
}

export interface UncoveredDeficit {
  skuId: string;
  locationId: string;
  deficitUnits: number;
  coveredUnits: number;
  uncoveredUnits: number;
}

export interface RebalancePlan {
  transfers: TransferRecommendation[];
  /** Deficits not fully covered (no surplus, no usable lane, or cheaper to leave short). */
  uncovered: UncoveredDeficit[];
  totalUnits: number;
  totalFreightCost: number;
  /** MILP objective: freight + late penalties + shortage penalties (+ a negligible tie-break). */
  objectiveValue: number;
  solveTimeMs: number;
}

export async function planRebalance(input: RebalanceInput): Promise<RebalancePlan> {
  const built = buildRebalanceModel(input.skus, input.positions, input.lanes, input.options);
  const empty = built.deficitUnits.size === 0 || built.model.variables.length === 0;
  const solution = empty
    ? undefined
    : await solveLp(built.model, { timeLimitSeconds: input.options?.timeLimitSeconds });

  const shipped = built.arcs
    .map((arc) => ({ arc, cases: solution ? solutionValue(solution, arc.casesVar) : 0 }))
    .filter((s) => s.cases > 0);

  const outUnits = new Map<string, number>();
  const inUnits = new Map<string, number>();
  const laneUnits = new Map<number, number>();
  for (const { arc, cases } of shipped) {
    const units = cases * arc.casePackUnits;
    add(outUnits, positionKey(arc.skuId, arc.from.locationId), units);
    add(inUnits, positionKey(arc.skuId, arc.to.locationId), units);
    add(laneUnits, arc.laneIndex, units);
  }

  const transfers = shipped.map(({ arc, cases }): TransferRecommendation => {
    const qty = cases * arc.casePackUnits;
    const fromKey = positionKey(arc.skuId, arc.from.locationId);
    const toKey = positionKey(arc.skuId, arc.to.locationId);
    const laneTotal = laneUnits.get(arc.laneIndex) ?? qty;
    const freightCost = arc.lane.costPerUnit * qty + ((arc.lane.costPerShipment ?? 0) * qty) / laneTotal;
    const surplus = built.surplusUnits.get(fromKey) ?? 0;
    const deficit = built.deficitUnits.get(toKey) ?? 0;
    const dosBefore = daysOfSupply(arc.to.availableUnits, arc.to.dailyDemandUnits);
    const dosAfter = {
      from: daysOfSupply(arc.from.availableUnits - (outUnits.get(fromKey) ?? 0), arc.from.dailyDemandUnits),
      to: daysOfSupply(arc.to.availableUnits + (inUnits.get(toKey) ?? 0), arc.to.dailyDemandUnits),
    };
    const customsDays = arc.lane.customsDays ?? 0;
    const timing = customsDays > 0 ? `${arc.lane.transitDays} transit + ${customsDays} customs days` : `${arc.lane.transitDays} transit days`;
    const reason =
      `${arc.from.locationId} holds ${formatQuantity(surplus)} units above target and ${arc.to.locationId} is ${formatQuantity(deficit)} units ` +
      `below target${dosBefore !== undefined ? ` (${formatQuantity(dosBefore)} days of supply)` : ''}; moving ${cases} case(s) of ` +
      `${arc.casePackUnits} costs ${formatQuantity(freightCost / qty, 2)}/unit and arrives in ${timing}` +
      (arc.lateDays > 0 ? `, ${formatQuantity(arc.lateDays)} day(s) after it is needed.` : '.');
    return {
      kind: 'transfer',
      skuId: arc.skuId,
      fromLocationId: arc.from.locationId,
      toLocationId: arc.to.locationId,
      qty,
      cases,
      casePackUnits: arc.casePackUnits,
      transitDays: arc.lane.transitDays,
      customsDays,
      arrivalDays: arc.arrivalDays,
      lateDays: arc.lateDays,
      freightCost,
      reason,
      impact: {
        units: qty,
        costDelta: freightCost,
        daysOfSupplyAfter: dosAfter,
        slaEffect: {
          meetsSlaAfter: arc.lateDays === 0,
          summary:
            arc.lateDays === 0
              ? `Arrives within the ${arc.to.needByDays ?? input.options?.defaultNeedByDays ?? 14}-day need-by window.`
              : `Arrives ${formatQuantity(arc.lateDays)} day(s) late; demand before then may be lost.`,
        },
      },
      priority: transferPriority(dosBefore, arc.arrivalDays),
    };
  });

  const uncovered: UncoveredDeficit[] = [];
  for (const [key, deficit] of built.deficitUnits) {
    const covered = Math.min(deficit, inUnits.get(key) ?? 0);
    if (covered >= deficit) continue;
    const [skuId = '', locationId = ''] = key.split('\u0000');
    uncovered.push({ skuId, locationId, deficitUnits: deficit, coveredUnits: covered, uncoveredUnits: deficit - covered });
  }

  return {
    transfers,
    uncovered,
    totalUnits: transfers.reduce((sum, t) => sum + t.qty, 0),
    totalFreightCost: transfers.reduce((sum, t) => sum + t.freightCost, 0),
    objectiveValue: solution?.objectiveValue ?? sumUncoveredPenalty(uncovered, input.skus),
    solveTimeMs: solution?.solveTimeMs ?? 0,
  };
}

/** urgent: runs out before the transfer can arrive; high: within a week after; medium: otherwise; low: no demand. */
function transferPriority(dosBefore: number | undefined, arrivalDays: number): RecommendationPriority {
  if (dosBefore === undefined) return 'low';
  if (dosBefore <= arrivalDays) return 'urgent';
  if (dosBefore <= arrivalDays + 7) return 'high';
  return 'medium';
}

function sumUncoveredPenalty(uncovered: readonly UncoveredDeficit[], skus: readonly RebalanceSku[]): number {
  const penalty = new Map(skus.map((s) => [s.skuId, s.shortagePenaltyPerUnit]));
  return uncovered.reduce((sum, u) => sum + u.uncoveredUnits * (penalty.get(u.skuId) ?? 0), 0);
}

function add<K>(map: Map<K, number>, key: K, units: number): void {
  map.set(key, (map.get(key) ?? 0) + units);
}
