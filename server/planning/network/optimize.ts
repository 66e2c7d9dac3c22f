/**
 * Choose which locations to open: a capacitated facility-location / p-median MILP solved with HiGHS.
 *
 *   open[j]   binary          location j is open
 *   x[r,j]    in [0, 1]       fraction of region r's demand served from j (only where a usable lane exists)
 *   u[r]      in [0, 1]       fraction of region r left unserved (only when `unservedPenaltyPerUnit` is given)
 * minimise  sum_j openCost[j] * open[j] + sum_{r,j} cost[r,j] * x[r,j] + sum_r penalty * demand_r * days/yr * u[r]
 * subject to
 *   sum_j x[r,j] + u[r] = 1                  every region fully assigned (or knowingly left unserved)
 *   x[r,j] <= open[j]                        serve only from open locations (strong formulation)
 *   sum_r load[r] * x[r,j] <= cap[j] * open[j]   optional capacity (load units/day)
 *   sum_j open[j] <= k   (or = k)            at most / exactly k locations
 * Costs come from `assignment-cost.ts` (shipping + inbound + approximate holding + SLA penalty; fixed + ordering
 * per open location), currency/year. SLA: 'constraint' (default) forbids lanes that miss the region's SLA, unless
 * no candidate meets it; 'penalty' charges penaltyPerUnitDayLate per unit per day late.
 *
 * `networkObjective` solves the same model with the open set fixed, so any network can be scored on the
 * optimizer's own objective (the optimizer is never worse than any feasible network it could have chosen).
 */
import { LpNotOptimalError, solveLp, solutionValue, type LpConstraint, type LpVariable } from '../highs-solver';
import { assignmentCosts, type AssignmentCosts, type SlaHandling } from './assignment-cost';
import { evaluateNetwork, type NetworkEvaluation } from './evaluate';
import { regionCapacityLoad, regionDemandPerDay, type NetworkModel, type RegionShare } from './types';
import { groupBy } from '../group-by';

export interface OptimizeOptions {
  /** Open at most k locations (exactly k with `exactCount`). */
  maxOpenLocations: number;
  exactCount?: boolean;
  /** Only these locations may open (default all). */
  candidateLocationIds?: readonly string[];
  /** These locations stay open. */
  mustOpenLocationIds?: readonly string[];
  sla?: SlaHandling;
  /** Currency per unit of demand left unserved; without it every region must be served. */
  unservedPenaltyPerUnit?: number;
  timeLimitSeconds?: number;
}

export interface LocationMilpResult {
  /** Always 'Optimal' (anything else throws LpNotOptimalError). */
  status: 'Optimal';
  openLocationIds: string[];
  /** Shares of regions served, > 0 only. */
  assignments: RegionShare[];
  /** Regions (partly) unserved, with the unserved fraction. */
  unserved: { regionId: string; share: number }[];
  /** MILP objective, currency/year (linear holding approximation; see assignment-cost.ts). */
  objectivePerYear: number;
  slaExemptRegionIds: string[];
  solveTimeMs: number;
}

export interface OptimizeResult extends LocationMilpResult {
  /** Exact figures of the chosen network with the MILP's assignment. */
  evaluation: NetworkEvaluation;
}

interface FixedOpen {
  open: ReadonlySet<string>;
}

function buildAndSolve(model: NetworkModel, options: Omit<OptimizeOptions, 'maxOpenLocations'> & { maxOpenLocations?: number }, fixed?: FixedOpen) {
  const costs: AssignmentCosts = assignmentCosts(model, options.sla);
  const daysPerYear = model.daysPerYear ?? 365;
  const candidates = new Set(options.candidateLocationIds ?? model.locations.map((l) => l.locationId));
  const mustOpen = new Set(options.mustOpenLocationIds ?? []);
  const load = regionCapacityLoad(model);
  const demand = regionDemandPerDay(model);

  const variables: LpVariable[] = [];
  const constraints: LpConstraint[] = [];
  const locations = model.locations.filter((l) => candidates.has(l.locationId) || mustOpen.has(l.locationId));
  for (const l of locations) {
    const isOpen = fixed ? fixed.open.has(l.locationId) : undefined;
    variables.push({
      name: `open:${l.locationId}`,
      type: 'binary',
      objective: costs.openCostPerYear.get(l.locationId) ?? 0,
      lowerBound: isOpen === true || mustOpen.has(l.locationId) ? 1 : 0,
      upperBound: isOpen === false ? 0 : 1,
    });
  }
  const openNames = new Set(locations.map((l) => l.locationId));
  const arcs = costs.arcs.filter((a) => openNames.has(a.locationId));
  for (const a of arcs) variables.push({ name: `x:${a.regionId}:${a.locationId}`, objective: a.costPerYear, upperBound: 1 });

  const arcsOfRegion = groupBy(arcs, (a) => a.regionId);
  const arcsOfLocation = groupBy(arcs, (a) => a.locationId);
  for (const regionId of costs.regionIds) {
    const terms: Array<[string, number]> = (arcsOfRegion.get(regionId) ?? []).map((a) => [`x:${regionId}:${a.locationId}`, 1]);
    if (options.unservedPenaltyPerUnit !== undefined) {
      variables.push({ name: `u:${regionId}`, objective: options.unservedPenaltyPerUnit * (demand.get(regionId) ?? 0) * daysPerYear, upperBound: 1 });
      terms.push([`u:${regionId}`, 1]);
    } else if (terms.length === 0) {
      throw new RangeError(`region ${regionId} has no usable lane from any candidate location${options.sla?.mode === 'penalty' ? '' : ' within its SLA'}`);
    }
    constraints.push({ label: `assign ${regionId}`, terms, sense: '=', rhs: 1 });
  }
  for (const a of arcs) {
    constraints.push({ label: `link ${a.regionId}-${a.locationId}`, terms: [[`x:${a.regionId}:${a.locationId}`, 1], [`open:${a.locationId}`, -1]], sense: '<=', rhs: 0 });
  }
  for (const l of locations) {
    if (l.capacityPerDay === undefined) continue;
    const terms: Array<[string, number]> = (arcsOfLocation.get(l.locationId) ?? []).map((a) => [
      `x:${a.regionId}:${a.locationId}`,
      load.get(a.regionId) ?? 0,
    ]);
    if (terms.length > 0) constraints.push({ label: `capacity ${l.locationId}`, terms: [...terms, [`open:${l.locationId}`, -l.capacityPerDay]], sense: '<=', rhs: 0 });
  }
  if (!fixed && options.maxOpenLocations !== undefined) {
    constraints.push({
      label: 'open count',
      terms: locations.map((l) => [`open:${l.locationId}`, 1] as [string, number]),
      sense: options.exactCount ? '=' : '<=',
      rhs: options.maxOpenLocations,
    });
  }

  return { costs, arcs, locations, solve: () => solveLp({ sense: 'minimize', variables, constraints }, { timeLimitSeconds: options.timeLimitSeconds }) };
}

async function solveLocationMilp(model: NetworkModel, options: Omit<OptimizeOptions, 'maxOpenLocations'> & { maxOpenLocations?: number }, fixed?: FixedOpen): Promise<LocationMilpResult> {
  const { costs, arcs, locations, solve } = buildAndSolve(model, options, fixed);
  const solution = await solve();
  const openLocationIds = locations.map((l) => l.locationId).filter((id) => solutionValue(solution, `open:${id}`) > 0.5);
  const assignments = arcs
    .map((a) => ({ regionId: a.regionId, locationId: a.locationId, share: clampShare(solutionValue(solution, `x:${a.regionId}:${a.locationId}`)) }))
    .filter((s) => s.share > 1e-9);
  const unserved = costs.regionIds
    .map((regionId) => ({ regionId, share: clampShare(solution.values.get(`u:${regionId}`) ?? 0) }))
    .filter((u) => u.share > 1e-9);
  return { status: solution.status, openLocationIds, assignments, unserved, objectivePerYear: solution.objectiveValue, slaExemptRegionIds: costs.slaExemptRegionIds, solveTimeMs: solution.solveTimeMs };
}

const INFEASIBLE = new Set(['Infeasible', 'Primal infeasible or unbounded']);


function clampShare(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Best network of at most (or exactly) k open locations; see the module comment. */
export async function optimizeNetwork(model: NetworkModel, options: OptimizeOptions): Promise<OptimizeResult> {
  if (!(Number.isInteger(options.maxOpenLocations) && options.maxOpenLocations >= 1)) {
    throw new RangeError(`maxOpenLocations must be an integer >= 1, got ${options.maxOpenLocations}`);
  }
  let result: LocationMilpResult;
  try {
    result = await solveLocationMilp(model, options);
  } catch (error) {
    if (error instanceof LpNotOptimalError && INFEASIBLE.has(error.status)) {
      throw new LpNotOptimalError(
        'Infeasible',
        `no network of ${options.exactCount ? 'exactly' : 'at most'} ${options.maxOpenLocations} location(s) serves every region` +
          `${options.sla?.mode === 'penalty' ? '' : ' within its SLA'} and capacity; raise k, use the SLA penalty mode or allow unserved demand`,
      );
    }
    throw error;
  }
  const evaluation = evaluateNetwork(model, result.openLocationIds, { assignments: result.assignments });
  return { ...result, evaluation };
}

/**
 * The optimizer's objective for a given open set (currency/year): the same MILP with the open variables fixed.
 * Returns null when that network cannot serve every region (SLA constraint or capacity).
 */
export async function networkObjective(
  model: NetworkModel,
  openLocationIds: readonly string[],
  options: Omit<OptimizeOptions, 'maxOpenLocations' | 'exactCount' | 'mustOpenLocationIds' | 'candidateLocationIds'> = {},
): Promise<LocationMilpResult | null> {
  try {
    return await solveLocationMilp(model, options, { open: new Set(openLocationIds) });
  } catch (error) {
    if (error instanceof LpNotOptimalError && INFEASIBLE.has(error.status)) return null;
    if (error instanceof RangeError && /no usable lane/.test(error.message)) return null;
    throw error;
  }
}
