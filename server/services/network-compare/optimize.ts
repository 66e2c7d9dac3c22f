/**
 * The optimal network of exactly k open locations (the engine's facility-location MILP in HiGHS) on a loaded
 * model, with an infeasible k explained in words (which regions, and which locations could serve them).
 */
import { LpNotOptimalError } from '@/server/planning/highs-solver';
import { optimizeNetwork } from '@/server/planning/network';
import { networkResult, slaHandling, type NetworkResult } from './figures';
import type { LoadedNetwork } from './load-model';
import type { NetworkParameters } from './schemas';

export type OptimizeOutcome =
  | { feasible: true; result: NetworkResult; objectivePerYear: number; solveTimeMs: number }
  | { feasible: false; reason: string; solveTimeMs: number };

/** Why no set of k locations serves every region within its SLA: each region's SLA-meeting locations. */
function explainInfeasibleK(loaded: LoadedNetwork, k: number): string {
  const code = new Map(loaded.locations.map((l) => [l.id, l.code]));
  const needs = loaded.regions
    .filter((r) => r.slaDeliveryDays !== null)
    .map((r) => {
      const within = [...new Set(loaded.model.lanes.filter((l) => l.toRegionId === r.id && l.transitDays <= (r.slaDeliveryDays ?? 0)).map((l) => code.get(l.fromLocationId) ?? l.fromLocationId))];
      return { region: r, within };
    })
    .filter((n) => n.within.length > 0 && n.within.length < loaded.locations.length)
    .map((n) => `${n.region.code} (${n.region.slaDeliveryDays}-day SLA) only from ${n.within.join(' or ')}`);
  return (
    `No network of exactly ${k} location${k === 1 ? '' : 's'} delivers to every region within its SLA` +
    (needs.length ? `: ${needs.join('; ')}.` : '.') +
    ' Open more locations, or let the optimizer charge late deliveries instead of forbidding them (SLA handling: penalty).'
  );
}

export async function optimizeForK(loaded: LoadedNetwork, parameters: NetworkParameters, k: number): Promise<OptimizeOutcome> {
  const started = performance.now();
  if (loaded.unreachableRegionIds.length > 0) {
    const names = loaded.regions.filter((r) => loaded.unreachableRegionIds.includes(r.id)).map((r) => `${r.name} (${r.code})`);
    return {
      feasible: false,
      reason: `${names.join(', ')} ${names.length === 1 ? 'has' : 'have'} demand but no lane from any location, so no network can serve ${names.length === 1 ? 'it' : 'them'}. Add a lane.`,
      solveTimeMs: performance.now() - started,
    };
  }
  if (k > loaded.locations.length) {
    return { feasible: false, reason: `There are only ${loaded.locations.length} active locations to open, not ${k}.`, solveTimeMs: performance.now() - started };
  }
  try {
    const optimized = await optimizeNetwork(loaded.model, { maxOpenLocations: k, exactCount: true, sla: slaHandling(parameters) });
    return { feasible: true, result: networkResult(loaded, optimized.evaluation), objectivePerYear: optimized.objectivePerYear, solveTimeMs: optimized.solveTimeMs };
  } catch (error) {
    if (error instanceof LpNotOptimalError && error.status === 'Infeasible') {
      return { feasible: false, reason: explainInfeasibleK(loaded, k), solveTimeMs: performance.now() - started };
    }
    throw error;
  }
}
