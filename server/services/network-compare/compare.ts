/**
 * The article's table on the tenant's own history: the best single location (centralized), the current network
 * (every active location open) and the optimal network of exactly k locations (facility-location MILP in HiGHS),
 * each evaluated exactly by the engine, plus a sentence saying what changes. A tenant without order history in the
 * window, or with fewer than two active locations, gets a status saying so instead of a table.
 */
import type { TenantServiceContext } from '../context';
import { describeChange } from './describe-change';
import { evaluateOpenSet, type NetworkResult } from './figures';
import { loadNetworkModel, type LoadedNetwork, type ModelLocation, type ModelRegion, type ObservedFigures } from './load-model';
import { optimizeForK } from './optimize';
import type { NetworkCompareInput, NetworkParameters } from './schemas';

export type CompareStatus = 'ready' | 'no-orders' | 'no-demand-in-window' | 'too-few-locations';

export interface CompareRow {
  key: 'centralized' | 'current' | 'optimized';
  label: string;
  result: NetworkResult | null;
  /** Why there is no result (an infeasible k). */
  reason: string | null;
}

export interface NetworkContext {
  currency: string;
  window: { from: string; to: string; days: number };
  locations: (ModelLocation & { current: boolean })[];
  regions: ModelRegion[];
  assumptions: string[];
  observed: ObservedFigures;
  skuCount: number;
  orderLineCount: number;
  unitsPerDay: number;
  latestOrderDay: string | null;
}

export interface NetworkComparison extends NetworkContext {
  status: CompareStatus;
  message: string | null;
  k: number;
  parameters: NetworkParameters;
  rows: CompareRow[];
  /** Centralized → optimized, and centralized → current, in words. */
  sentence: string | null;
  currentSentence: string | null;
  solveTimeMs: number;
}

export function networkContext(loaded: LoadedNetwork): NetworkContext {
  return {
    currency: loaded.currency,
    window: loaded.window,
    locations: loaded.locations.map((l) => ({ ...l, current: true })),
    regions: loaded.regions,
    assumptions: loaded.assumptions,
    observed: loaded.observed,
    skuCount: loaded.skuCount,
    orderLineCount: loaded.orderLineCount,
    unitsPerDay: loaded.unitsPerDay,
    latestOrderDay: loaded.latestOrderDay,
  };
}

/** Whether the loaded network can be compared at all, and if not, what to do. */
export function comparability(loaded: LoadedNetwork): { status: CompareStatus; message: string | null } {
  if (loaded.latestOrderDay === null) {
    return { status: 'no-orders', message: 'There is no order history yet. Import your orders (with their region and lines) to compare networks on your own demand.' };
  }
  if (loaded.model.skus.length === 0) {
    return {
      status: 'no-demand-in-window',
      message: `No orders were placed from ${loaded.window.from} to ${loaded.window.to}; the latest order day is ${loaded.latestOrderDay}. Choose a window that ends on or after it.`,
    };
  }
  if (loaded.locations.length < 2) {
    return {
      status: 'too-few-locations',
      message: `With ${loaded.locations.length === 0 ? 'no active location' : 'one active location'} there is nothing to compare: add at least two locations (and lanes from them to your regions).`,
    };
  }
  return { status: 'ready', message: null };
}

/** The best single location: serves every region, then the lowest total cost per year (as the engine ranks it). */
async function bestSingle(loaded: LoadedNetwork, parameters: NetworkParameters): Promise<NetworkResult> {
  const singles: NetworkResult[] = [];
  for (const l of loaded.locations) singles.push(await evaluateOpenSet(loaded, [l.id], parameters));
  singles.sort((a, b) => Number(b.feasible) - Number(a.feasible) || a.figures.totalCostPerYear - b.figures.totalCostPerYear);
  return singles[0] as NetworkResult;
}

export async function compareNetwork({ ctx, input }: { ctx: TenantServiceContext; input: NetworkCompareInput }): Promise<NetworkComparison> {
  const { k: requestedK, ...parameters } = input;
  const loaded = await loadNetworkModel(ctx, parameters);
  const context = networkContext(loaded);
  const k = Math.min(Math.max(1, requestedK ?? loaded.locations.length), Math.max(1, loaded.locations.length));
  const { status, message } = comparability(loaded);
  const base = { ...context, status, message, k, parameters, rows: [] as CompareRow[], sentence: null, currentSentence: null, solveTimeMs: 0 };
  if (status !== 'ready') return base;

  const started = performance.now();
  const centralized = await bestSingle(loaded, parameters);
  const current = await evaluateOpenSet(loaded, loaded.locations.map((l) => l.id), parameters);
  const optimized = await optimizeForK(loaded, parameters, k);
  const rows: CompareRow[] = [
    { key: 'centralized', label: `Centralized (${centralized.openLocationCodes.join('')})`, result: centralized, reason: null },
    { key: 'current', label: `Current (${current.openLocationIds.length} locations)`, result: current, reason: null },
    optimized.feasible
      ? { key: 'optimized', label: `Optimal ${k} of ${loaded.locations.length}`, result: optimized.result, reason: null }
      : { key: 'optimized', label: `Optimal ${k} of ${loaded.locations.length}`, result: null, reason: optimized.reason },
  ];
  return {
    ...base,
    rows,
    sentence: optimized.feasible ? describeChange(centralized.figures, optimized.result.figures) : null,
    currentSentence: describeChange(centralized.figures, current.figures),
    solveTimeMs: performance.now() - started,
  };
}
