/**
 * Computing a scenario: its open locations evaluated by the engine on the demand window of its parameters.
 * An infeasible scenario (a region with demand that no open location can reach) keeps its figures and says which
 * region and why; a window without orders says so. The results are stored with the scenario.
 */
import type { TenantServiceContext } from '../context';
import { comparability } from '../network-compare/compare';
import { evaluateOpenSet, type NetworkResult } from '../network-compare/figures';
import { loadNetworkModel } from '../network-compare/load-model';
import type { NetworkParameters } from '../network-compare/schemas';

export interface ScenarioResults {
  solvedAt: string;
  status: 'solved' | 'infeasible' | 'no-demand';
  /** What is wrong (infeasible, no demand, locations no longer active), in words; null when solved. */
  message: string | null;
  window: { from: string; to: string; days: number };
  currency: string;
  result: NetworkResult | null;
  assumptions: string[];
  /** Open locations of the scenario that are archived or gone now (left out of the evaluation). */
  inactiveLocationIds: string[];
}

export async function computeScenario(
  ctx: TenantServiceContext,
  scenario: { openLocationIds: readonly string[]; parameters: NetworkParameters },
  now: Date = new Date(),
): Promise<ScenarioResults> {
  const loaded = await loadNetworkModel(ctx, scenario.parameters);
  const active = new Set(loaded.locations.map((l) => l.id));
  const open = scenario.openLocationIds.filter((id) => active.has(id));
  const inactiveLocationIds = scenario.openLocationIds.filter((id) => !active.has(id));
  const base = { solvedAt: now.toISOString(), window: loaded.window, currency: loaded.currency, assumptions: loaded.assumptions, inactiveLocationIds };
  const { status, message } = comparability(loaded);
  if (status === 'no-orders' || status === 'no-demand-in-window') return { ...base, status: 'no-demand', message, result: null };
  const inactiveNote = inactiveLocationIds.length
    ? `${inactiveLocationIds.length} of the scenario's locations ${inactiveLocationIds.length === 1 ? 'is' : 'are'} no longer active and ${inactiveLocationIds.length === 1 ? 'was' : 'were'} left out.`
    : null;
  if (open.length === 0) {
    return { ...base, status: 'infeasible', message: `None of the scenario's locations is active any more. Choose open locations again.`, result: null };
  }
  const result: NetworkResult = await evaluateOpenSet(loaded, open, scenario.parameters);
  if (!result.feasible) {
    return { ...base, status: 'infeasible', message: [...result.unserved.map((u) => u.reason), ...(inactiveNote ? [inactiveNote] : [])].join(' '), result };
  }
  return { ...base, status: 'solved', message: inactiveNote, result };
}
