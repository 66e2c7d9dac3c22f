/**
 * Transfer / rebalance as a minimum-cost transportation problem (MILP) between surplus and deficit locations.
 *
 * Units: stock units, case packs (whole cases), days, currency.
 *
 * For every SKU s, surplus location i and deficit location j joined by an existing lane l (i -> j):
 *   cases[s,l]     integer >= 0              whole case packs shipped on the lane
 *   short[s,j]     continuous >= 0           deficit units left uncovered
 *   ship[l]        binary (only when the lane has a cost per shipment)
 * minimise   sum (costPerUnit[l] + lateDays[s,l] * latePenaltyPerUnitDay + tieBreak) * pack[s] * cases[s,l]
 *          + sum costPerShipment[l] * ship[l] + sum shortagePenaltyPerUnit[s] * short[s,j]
 * subject to
 *   sum_l from i   pack[s] * cases[s,l] <= surplus[s,i]                 (never ship more than the surplus)
 *   sum_l to j     pack[s] * cases[s,l] + short[s,j] >= deficit[s,j]    (cover the deficit or pay the shortage penalty)
 *   sum_l to j     pack[s] * cases[s,l] <= deficit[s,j] rounded up to a whole case
 *   sum_s          pack[s] * cases[s,l] <= capacityUnits[l]             (optional lane capacity, all SKUs together)
 *   sum_s          pack[s] * cases[s,l] <= bigM[l] * ship[l]            (only when costPerShipment > 0)
 *
 * Lane timing: a lane's arrival days are transitDays + customsDays (customs only on cross-border lanes). When they
 * exceed the deficit location's need-by days the lane is dropped (policy 'exclude', the default) or kept with a cost
 * of latePenaltyPerUnitDay per unit per day late (policy 'penalty').
 *
 * With a shortage penalty above every lane cost and supply >= demand this is the classic balanced transportation
 * problem: every deficit is covered at minimum freight cost.
 */
import type { LpConstraint, LpModel, LpVariable } from '../highs-solver';
import { roundUpToCasePack } from './stock-cover';
import { groupBy } from '../group-by';

export interface RebalanceSku {
  skuId: string;
  /** Units per case pack; transfers move whole cases. Default 1. */
  casePackUnits?: number;
  /** Currency per unit of deficit left uncovered (lost margin, expedite cost). A transfer happens only when cheaper. */
  shortagePenaltyPerUnit: number;
}

export interface RebalancePosition {
  skuId: string;
  locationId: string;
  /** Usable stock at the location: on hand + inbound arriving in time - reserved, units. */
  availableUnits: number;
  /** Stock the location should hold (e.g. its order-up-to level), units. Surplus/deficit are measured against it. */
  targetUnits: number;
  /** Average daily demand at the location, units/day (for days of supply). */
  dailyDemandUnits: number;
  /** Days by which a transfer must arrive to help this location when it is short; default options.defaultNeedByDays. */
  needByDays?: number;
}

export interface TransferLane {
  fromLocationId: string;
  toLocationId: string;
  transitDays: number;
  /** Customs clearance days on a cross-border lane; 0 (default) for a domestic lane. */
  customsDays?: number;
  costPerUnit: number;
  /** Fixed cost of using the lane at all (a truck, a customs declaration), currency. Default 0. */
  costPerShipment?: number;
  /** Max units over all SKUs on this lane. Default unlimited. */
  capacityUnits?: number;
}

export type LateLanePolicy = 'exclude' | 'penalty';

export interface RebalanceOptions {
  /** What to do with a lane arriving after the deficit's need-by days. Default 'exclude'. */
  lateLanePolicy?: LateLanePolicy;
  /** Currency per unit per day late, used with policy 'penalty'. Default 0. */
  latePenaltyPerUnitDay?: number;
  /** Need-by days for positions without their own. Default 14. */
  defaultNeedByDays?: number;
  timeLimitSeconds?: number;
}

export interface CandidateArc {
  skuId: string;
  laneIndex: number;
  lane: TransferLane;
  from: RebalancePosition;
  to: RebalancePosition;
  casePackUnits: number;
  arrivalDays: number;
  lateDays: number;
  maxCases: number;
  casesVar: string;
}

export interface RebalanceModel {
  model: LpModel;
  arcs: CandidateArc[];
  surplusUnits: Map<string, number>;
  deficitUnits: Map<string, number>;
  shortageVar: Map<string, string>;
}

/** Per-unit cost that prefers fewer moved units among otherwise equal plans; small enough not to change a decision. */
const TIE_BREAK_PER_UNIT = 1e-6;

export const positionKey = (skuId: string, locationId: string): string => `${skuId}\u0000${locationId}`;

/** Units above target (surplus) and below target (deficit) for one position. */
export function surplusAndDeficit(position: RebalancePosition): { surplusUnits: number; deficitUnits: number } {
  const gap = position.availableUnits - position.targetUnits;
  return { surplusUnits: Math.max(0, gap), deficitUnits: Math.max(0, -gap) };
}

export function buildRebalanceModel(
  skus: readonly RebalanceSku[],
  positions: readonly RebalancePosition[],
  lanes: readonly TransferLane[],
  options: RebalanceOptions = {},
): RebalanceModel {
  const policy = options.lateLanePolicy ?? 'exclude';
  const latePenalty = options.latePenaltyPerUnitDay ?? 0;
  const defaultNeedBy = options.defaultNeedByDays ?? 14;
  const skuById = new Map(skus.map((s) => [s.skuId, s]));
  for (const s of skus) {
    if (!(Number.isFinite(s.shortagePenaltyPerUnit) && s.shortagePenaltyPerUnit >= 0)) {
      throw new RangeError(`rebalance: shortagePenaltyPerUnit of ${s.skuId} must be a finite number >= 0`);
    }
  }

  const surplusUnits = new Map<string, number>();
  const deficitUnits = new Map<string, number>();
  const byKey = new Map<string, RebalancePosition>();
  for (const p of positions) {
    if (!skuById.has(p.skuId)) throw new RangeError(`rebalance: position for unknown SKU ${p.skuId}`);
    if (![p.availableUnits, p.targetUnits, p.dailyDemandUnits].every(Number.isFinite) || p.targetUnits < 0 || p.dailyDemandUnits < 0) {
      throw new RangeError(`rebalance: position ${p.skuId} @ ${p.locationId} needs finite units, target and demand >= 0`);
    }
    const key = positionKey(p.skuId, p.locationId);
    if (byKey.has(key)) throw new RangeError(`rebalance: duplicate position ${p.skuId} @ ${p.locationId}`);
    byKey.set(key, p);
    const { surplusUnits: s, deficitUnits: d } = surplusAndDeficit(p);
    if (s > 0) surplusUnits.set(key, s);
    if (d > 0) deficitUnits.set(key, d);
  }

  const variables: LpVariable[] = [];
  const constraints: LpConstraint[] = [];
  const arcs: CandidateArc[] = [];
  lanes.forEach((lane, i) => {
    const numbers = [lane.transitDays, lane.customsDays ?? 0, lane.costPerUnit, lane.costPerShipment ?? 0];
    if (numbers.some((n) => !Number.isFinite(n) || n < 0)) throw new RangeError(`rebalance: lane ${i} has a negative or non-finite number`);
  });
  for (const sku of skus) {
    const pack = sku.casePackUnits ?? 1;
    if (!(pack > 0 && Number.isInteger(pack))) throw new RangeError(`rebalance: case pack of ${sku.skuId} must be a positive integer`);
    lanes.forEach((lane, laneIndex) => {
      const from = byKey.get(positionKey(sku.skuId, lane.fromLocationId));
      const to = byKey.get(positionKey(sku.skuId, lane.toLocationId));
      if (!from || !to || lane.fromLocationId === lane.toLocationId) return;
      const surplus = surplusUnits.get(positionKey(sku.skuId, from.locationId)) ?? 0;
      const deficit = deficitUnits.get(positionKey(sku.skuId, to.locationId)) ?? 0;
      const maxCases = Math.min(Math.floor(surplus / pack + 1e-9), Math.ceil(deficit / pack - 1e-9));
      if (maxCases <= 0) return;
      const arrivalDays = lane.transitDays + (lane.customsDays ?? 0);
      const lateDays = Math.max(0, arrivalDays - (to.needByDays ?? defaultNeedBy));
      if (lateDays > 0 && policy === 'exclude') return;
      const casesVar = `cases:${arcs.length}`;
      const costPerUnit = lane.costPerUnit + lateDays * latePenalty + TIE_BREAK_PER_UNIT;
      variables.push({ name: casesVar, type: 'integer', upperBound: maxCases, objective: costPerUnit * pack });
      arcs.push({ skuId: sku.skuId, laneIndex, lane, from, to, casePackUnits: pack, arrivalDays, lateDays, maxCases, casesVar });
    });
  }

  const outOf = groupBy(arcs, (a) => positionKey(a.skuId, a.from.locationId));
  const into = groupBy(arcs, (a) => positionKey(a.skuId, a.to.locationId));
  const onLane = groupBy(arcs, (a) => String(a.laneIndex));
  const unitTerms = (list: readonly CandidateArc[]) => list.map((a) => [a.casesVar, a.casePackUnits] as const);

  for (const [key, surplus] of surplusUnits) {
    const out = outOf.get(key) ?? [];
    if (out.length > 0) constraints.push({ label: `surplus ${key}`, terms: unitTerms(out), sense: '<=', rhs: surplus });
  }
  // Deficit rows: cover or pay the shortage; never overshoot by a whole case.
  const shortageVar = new Map<string, string>();
  for (const [key, deficit] of deficitUnits) {
    const position = byKey.get(key);
    const name = `short:${shortageVar.size}`;
    shortageVar.set(key, name);
    const penalty = position ? (skuById.get(position.skuId)?.shortagePenaltyPerUnit ?? 0) : 0;
    variables.push({ name, objective: penalty, upperBound: deficit });
    const incoming = into.get(key) ?? [];
    constraints.push({ label: `deficit ${key}`, terms: [...unitTerms(incoming), [name, 1]], sense: '>=', rhs: deficit });
    if (incoming.length > 1) {
      const pack = incoming[0]?.casePackUnits ?? 1;
      constraints.push({ label: `no overshoot ${key}`, terms: unitTerms(incoming), sense: '<=', rhs: roundUpToCasePack(deficit, pack) });
    }
  }
  // Lane rows: shared capacity and fixed cost per shipment.
  for (const [laneKey, list] of onLane) {
    const lane = list[0]?.lane;
    if (!lane) continue;
    const maxUnits = list.reduce((sum, a) => sum + a.casePackUnits * a.maxCases, 0);
    if (lane.capacityUnits !== undefined && lane.capacityUnits < maxUnits) {
      constraints.push({ label: `capacity lane ${laneKey}`, terms: unitTerms(list), sense: '<=', rhs: lane.capacityUnits });
    }
    if ((lane.costPerShipment ?? 0) > 0) {
      const ship = `ship:${laneKey}`;
      variables.push({ name: ship, type: 'binary', objective: lane.costPerShipment ?? 0 });
      const bigM = Math.min(maxUnits, lane.capacityUnits ?? Infinity);
      constraints.push({ label: `shipment lane ${laneKey}`, terms: [...unitTerms(list), [ship, -bigM]], sense: '<=', rhs: 0 });
    }
  }

  return { model: { sense: 'minimize', variables, constraints }, arcs, surplusUnits, deficitUnits, shortageVar };
}

