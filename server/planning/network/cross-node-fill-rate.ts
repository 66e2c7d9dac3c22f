/**
 * Expected fill rate of a network whose locations back each other up: an order a location cannot fill from its
 * own stock ships from another open location that still has some (every open location has a lane to every
 * region with demand). A unit is then short only when the network as a whole is short, so per SKU and cycle
 *
 *   expected shortage = sigma_net * G(sum_i SS_i / sigma_net)        (G = standard normal loss function)
 *
 * with sigma_net the sigma of the SKU's total demand over the protection interval L + R (pooled daily sd of
 * all regions; lead time and its sd demand-weighted over the open locations: exact when they share one
 * supplier lead time, the usual case). Lead times are taken as fully correlated across locations (one supplier,
 * one ocean lane), which makes sigma_net the sigma a single location would see: the conservative choice.
 * Fill rate = 1 - sum of shortages / sum of order quantities, weighted like `evaluateNetwork` (unserved demand
 * counts as unfilled); shortages per cycle become shortages per day with the cycle length Q / d (exact with a common
 * review period, Q = d * R at every location). With one open location it equals `evaluateNetwork`'s figure.
 *
 * Also the value of safety and cycle stock (the evaluator reports their sum). When some open location has no lane to some region with demand, back-up shipping is not possible everywhere
 * and the evaluator's per-location figure is returned (`crossShipping: false`).
 */
import { nodeTargets, type TargetRegion } from '../allocation/node-targets';
import { normalLoss } from '../inventory/loss-function';
import { leadTimeDemand } from '../inventory/lead-time-demand';
import { pooledSd } from '../inventory/risk-pooling';
import type { NetworkEvaluation } from './evaluate';
import { reviewPeriodDaysOf, type NetworkLocation, type NetworkModel } from './types';

export interface CrossNodeFillRate {
  /** Expected fraction of all demand filled from stock somewhere in the network. */
  fillRate: number;
  /** True when every open location can ship to every region with demand (the formula above applies). */
  crossShipping: boolean;
  /** Share of demand expected to ship from a location other than its region's own (fractions of all demand). */
  backupShare: number;
  /** Value of the safety stock and of the cycle stock (Q/2) of the network, currency (sum = evaluation's inventory value). */
  safetyStockValue: number;
  cycleStockValue: number;
}

export function crossNodeFillRate(model: NetworkModel, evaluation: NetworkEvaluation): CrossNodeFillRate {
  const isolated = evaluation.totals.expectedFillRate;
  const open = evaluation.openLocationIds;
  const demandRegions = new Set(model.skus.flatMap((s) => s.demand.filter((d) => d.demandPerDay > 0).map((d) => d.regionId)));
  const reach = new Set(model.lanes.map((l) => `${l.fromLocationId}>${l.toRegionId}`));
  const crossShipping = open.length > 1 && open.every((id) => [...demandRegions].every((r) => reach.has(`${id}>${r}`)));

  const locationById = new Map(model.locations.map((l) => [l.locationId, l]));
  const regionById = new Map(model.regions.map((r) => [r.regionId, r]));
  const servedShare = new Map<string, number>();
  for (const a of evaluation.assignments) servedShare.set(a.regionId, (servedShare.get(a.regionId) ?? 0) + a.share);

  let safetyStockValue = 0;
  let cycleStockValue = 0;
  let filledPerDay = 0;
  let isolatedShortPerDay = 0;
  let networkShortPerDay = 0;
  for (const sku of model.skus) {
    const byRegion = new Map(sku.demand.map((d) => [d.regionId, d]));
    let safetyStock = 0;
    let orderQuantity = 0;
    let shortIsolated = 0;
    let demand = 0;
    let leadTimeSdWeighted = 0;
    let protectionWeighted = 0;
    for (const id of open) {
      const location = locationById.get(id) as NetworkLocation;
      const regions: TargetRegion[] = [];
      for (const s of evaluation.assignments.filter((a) => a.locationId === id)) {
        const d = byRegion.get(s.regionId);
        if (!d || d.demandPerDay <= 0) continue;
        regions.push({
          regionId: s.regionId,
          demandPerDay: s.share * d.demandPerDay,
          demandSdPerDay: s.share * d.demandSdPerDay,
          serviceLevel: regionById.get(s.regionId)?.serviceLevel ?? model.defaultServiceLevel ?? 0.95,
        });
      }
      if (regions.length === 0) continue;
      const review = reviewPeriodDaysOf(location);
      const [target] = nodeTargets({
        regions,
        assignments: regions.map((r) => ({ regionId: r.regionId, locationId: id })),
        locations: [{ locationId: id, leadTimeDays: location.leadTimeDays, leadTimeSdDays: location.leadTimeSdDays, reviewPeriodDays: review }],
      });
      if (!target || target.orderQuantityUnits === null || target.orderQuantityUnits <= 0) {
        throw new RangeError(`location ${id}: the cross-node fill rate needs periodic review (reviewPeriodDays > 0)`);
      }
      safetyStockValue += target.safetyStockUnits * sku.unitCost;
      cycleStockValue += (target.cycleStockUnits ?? 0) * sku.unitCost;
      safetyStock += target.safetyStockUnits;
      orderQuantity += target.orderQuantityUnits;
      shortIsolated += target.protectionDemandSdUnits > 0 ? target.protectionDemandSdUnits * normalLoss(target.safetyStockUnits / target.protectionDemandSdUnits) : 0;
      demand += target.demandPerDay;
      leadTimeSdWeighted += target.demandPerDay * (location.leadTimeSdDays ?? 0);
      protectionWeighted += target.demandPerDay * (location.leadTimeDays + review);
    }
    if (demand <= 0) continue;
    const sds = sku.demand.filter((d) => d.demandPerDay > 0).map((d) => (servedShare.get(d.regionId) ?? 0) * d.demandSdPerDay);
    const sigmaNet = leadTimeDemand({
      demandMean: demand,
      demandSd: pooledSd({ sds }),
      leadTime: protectionWeighted / demand,
      leadTimeSd: leadTimeSdWeighted / demand,
    }).sdUnits;
    const shortNetwork = sigmaNet > 0 ? sigmaNet * normalLoss(safetyStock / sigmaNet) : 0;
    // Shortages per cycle → per day: a cycle of the network's order quantities lasts orderQuantity / demand days.
    const cyclesPerDay = demand / orderQuantity;
    filledPerDay += demand - Math.min(demand, shortNetwork * cyclesPerDay);
    networkShortPerDay += shortNetwork * cyclesPerDay;
    isolatedShortPerDay += shortIsolated * cyclesPerDay;
  }
  const total = evaluation.totals.demandPerDay;
  if (!crossShipping || total <= 0) return { fillRate: isolated, crossShipping: false, backupShare: 0, safetyStockValue, cycleStockValue };
  return {
    fillRate: filledPerDay / total,
    crossShipping: true,
    backupShare: Math.max(0, isolatedShortPerDay - networkShortPerDay) / total,
    safetyStockValue,
    cycleStockValue,
  };
}
