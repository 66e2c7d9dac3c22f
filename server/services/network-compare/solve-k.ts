/**
 * One point of the k = 1..N sweep: the optimal network of exactly k locations and its figures. The page calls it
 * once per k, one after the other (progress is the k reached; cancelling stops asking for the next one).
 */
import { Invalid } from '../../errors';
import type { TenantServiceContext } from '../context';
import type { NetworkFigures } from './figures';
import { comparability } from './compare';
import { loadNetworkModel } from './load-model';
import { optimizeForK } from './optimize';
import type { NetworkSolveKInput } from './schemas';

export interface SweepPoint {
  k: number;
  locationCount: number;
  feasible: boolean;
  openLocationIds: string[];
  openLocationCodes: string[];
  figures: NetworkFigures | null;
  objectivePerYear: number | null;
  reason: string | null;
  solveTimeMs: number;
}

export async function solveNetworkForK({ ctx, input }: { ctx: TenantServiceContext; input: NetworkSolveKInput }): Promise<SweepPoint> {
  const { k, ...parameters } = input;
  const loaded = await loadNetworkModel(ctx, parameters);
  const { status, message } = comparability(loaded);
  if (status !== 'ready') throw new Invalid(message ?? 'Nothing to compare.');
  if (k > loaded.locations.length) {
    throw new Invalid(`k is at most the number of active locations (${loaded.locations.length}).`, [{ field: 'k', message: `Choose 1 to ${loaded.locations.length}.` }]);
  }
  const outcome = await optimizeForK(loaded, parameters, k);
  return outcome.feasible
    ? {
        k,
        locationCount: loaded.locations.length,
        feasible: true,
        openLocationIds: outcome.result.openLocationIds,
        openLocationCodes: outcome.result.openLocationCodes,
        figures: outcome.result.figures,
        objectivePerYear: outcome.objectivePerYear,
        reason: null,
        solveTimeMs: outcome.solveTimeMs,
      }
    : { k, locationCount: loaded.locations.length, feasible: false, openLocationIds: [], openLocationCodes: [], figures: null, objectivePerYear: null, reason: outcome.reason, solveTimeMs: outcome.solveTimeMs };
}
