/**
 * The engine's evaluation of an open set, as the page, the scenarios and the CSV show it: one flat record of
 * figures (units in the names, money in the tenant's currency, fractions for shares) plus who serves whom by
 * code, and, when some region cannot be served, which one and why.
 */
import { crossNodeFillRate, evaluateNetwork, networkObjective, type NetworkEvaluation, type SlaHandling } from '@/server/planning/network';
import type { LoadedNetwork } from './load-model';
import type { NetworkParameters } from './schemas';

export interface NetworkFigures {
  openLocationCount: number;
  demandPerDay: number;
  unservedDemandPerDay: number;
  /** Demand-weighted lane transit days over served demand. */
  averageDeliveryDays: number;
  /** Share of all demand delivered within its region's SLA days. */
  slaMetShare: number;
  shippingCostPerUnit: number;
  cycleStockUnits: number;
  cycleStockValue: number;
  safetyStockUnits: number;
  safetyStockValue: number;
  inventoryUnits: number;
  inventoryValue: number;
  holdingCostPerYear: number;
  fixedCostPerYear: number;
  shippingCostPerYear: number;
  handlingCostPerYear: number;
  totalCostPerYear: number;
  /** Expected fill rate with back-up shipping between locations (the article's "order fill rate"). */
  expectedFillRate: number;
  /** Expected fill rate if each location could only fill its own regions' orders. */
  expectedFillRateOwnStock: number;
  crossShipping: boolean;
}

export interface ServedRegion {
  regionId: string;
  regionCode: string;
  regionName: string;
  locationId: string;
  locationCode: string;
  share: number;
  transitDays: number;
  shippingCostPerUnit: number;
  slaDeliveryDays: number | null;
  withinSla: boolean;
}

export interface UnservedRegion {
  regionId: string;
  regionCode: string;
  regionName: string;
  demandPerDay: number;
  /** A sentence: which region, and why no open location reaches it. */
  reason: string;
}

export interface NetworkResult {
  openLocationIds: string[];
  openLocationCodes: string[];
  feasible: boolean;
  figures: NetworkFigures;
  served: ServedRegion[];
  unserved: UnservedRegion[];
}

function codesOf(loaded: LoadedNetwork, ids: readonly string[]): string[] {
  const byId = new Map(loaded.locations.map((l) => [l.id, l.code]));
  return ids.map((id) => byId.get(id) ?? id);
}

/** Why each region left unserved by `openLocationIds` is unreachable, in words. */
export function explainUnserved(loaded: LoadedNetwork, openLocationIds: readonly string[], unservedRegionIds: readonly string[]): UnservedRegion[] {
  const open = new Set(openLocationIds);
  const lanesTo = new Map<string, string[]>();
  for (const lane of loaded.model.lanes) lanesTo.set(lane.toRegionId, [...(lanesTo.get(lane.toRegionId) ?? []), lane.fromLocationId]);
  const openCodes = codesOf(loaded, [...open]).join(', ');
  return unservedRegionIds
    .map((id) => loaded.regions.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .map((region) => {
      const from = [...new Set(lanesTo.get(region.id) ?? [])];
      const demand = `${region.demandPerDay.toFixed(1)} units/day of demand`;
      const reason =
        from.length === 0
          ? `${region.name} (${region.code}) has ${demand} but no lane from any location: add a lane to it.`
          : `${region.name} (${region.code}) has ${demand} but no lane from the open location${open.size === 1 ? '' : 's'} (${openCodes}); ` +
            `only ${codesOf(loaded, from).join(', ')} can deliver there: open one of them or add a lane.`;
      return { regionId: region.id, regionCode: region.code, regionName: region.name, demandPerDay: region.demandPerDay, reason };
    });
}

/** Figures of an evaluation (the engine's exact evaluation of the open set). */
export function networkResult(loaded: LoadedNetwork, evaluation: NetworkEvaluation): NetworkResult {
  const { model } = loaded;
  const totals = evaluation.totals;
  const stock = crossNodeFillRate(model, evaluation);
  const locationCode = new Map(loaded.locations.map((l) => [l.id, l.code]));
  const regionById = new Map(loaded.regions.map((r) => [r.id, r]));
  const demandRegionIds = new Set(loaded.regions.map((r) => r.id));
  const unservedIds = evaluation.unservedRegionIds.filter((id) => demandRegionIds.has(id));
  return {
    openLocationIds: evaluation.openLocationIds,
    openLocationCodes: codesOf(loaded, evaluation.openLocationIds),
    feasible: unservedIds.length === 0,
    figures: {
      openLocationCount: evaluation.openLocationIds.length,
      demandPerDay: totals.demandPerDay,
      unservedDemandPerDay: totals.unservedDemandPerDay,
      averageDeliveryDays: totals.averageDeliveryDays,
      slaMetShare: totals.slaMetShare,
      shippingCostPerUnit: totals.shippingCostPerUnit,
      cycleStockUnits: totals.cycleStockUnits,
      cycleStockValue: stock.cycleStockValue,
      safetyStockUnits: totals.safetyStockUnits,
      safetyStockValue: stock.safetyStockValue,
      inventoryUnits: totals.inventoryUnits,
      inventoryValue: totals.inventoryValue,
      holdingCostPerYear: totals.holdingCostPerYear,
      fixedCostPerYear: totals.fixedCostPerYear,
      shippingCostPerYear: totals.shippingCostPerYear,
      handlingCostPerYear: totals.inboundCostPerYear,
      totalCostPerYear: totals.totalCostPerYear,
      expectedFillRate: stock.fillRate,
      expectedFillRateOwnStock: totals.expectedFillRate,
      crossShipping: stock.crossShipping,
    },
    served: evaluation.assignments
      .map((a) => {
        const region = regionById.get(a.regionId);
        return {
          regionId: a.regionId,
          regionCode: region?.code ?? a.regionId,
          regionName: region?.name ?? a.regionId,
          locationId: a.locationId,
          locationCode: locationCode.get(a.locationId) ?? a.locationId,
          share: a.share,
          transitDays: a.transitDays,
          shippingCostPerUnit: a.shippingCostPerUnit,
          slaDeliveryDays: region?.slaDeliveryDays ?? null,
          withinSla: !a.slaRisk,
        };
      })
      .sort((x, y) => x.regionCode.localeCompare(y.regionCode) || y.share - x.share),
    unserved: explainUnserved(loaded, evaluation.openLocationIds, unservedIds),
  };
}

export function slaHandling(parameters: NetworkParameters): SlaHandling {
  return parameters.slaMode === 'constraint' ? { mode: 'constraint' } : { mode: 'penalty', penaltyPerUnitDayLate: parameters.latePenaltyPerUnitDay };
}

/**
 * Evaluates an open set with its best assignment under the optimizer's cost model (the MILP with these locations
 * fixed open: shipping, handling, holding, SLA), so a saved scenario shows the same figures as the optimized column
 * it came from. When that model has no solution (a region no open location reaches, or hard SLAs none meets),
 * the region-assignment rule (cheapest lane meeting the SLA, else the fastest, flagged) says who serves whom.
 */
export async function evaluateOpenSet(loaded: LoadedNetwork, openLocationIds: readonly string[], parameters: NetworkParameters): Promise<NetworkResult> {
  const fixed = await networkObjective(loaded.model, openLocationIds, { sla: slaHandling(parameters) });
  const evaluation = fixed ? evaluateNetwork(loaded.model, openLocationIds, { assignments: fixed.assignments }) : evaluateNetwork(loaded.model, openLocationIds);
  return networkResult(loaded, evaluation);
}
