/**
 * Centralize or decentralize one SKU.
 *
 * Both configurations are priced by the network evaluator (`network/evaluate.ts`) on the SKU's own demand:
 * - central:  one location serves every region (safety stock pooled over all regions: sigma = sqrt(sum sd^2));
 * - regional: the given regional locations (the central one may be among them) serve their regions under the
 *   region-assignment rule, each pooling only the regions it serves.
 * Compared cost (currency/year) = holding (cycle + safety stock) + ordering + shipping + inbound. Fixed costs of
 * locations are left out: they stay open for the other SKUs.
 *
 * Recommend the cheaper configuration when (a) it is not the current one, (b) the saving exceeds the threshold
 * (max of `minSavingPerYear` and `minSavingShare` of today's cost), and (c) the SLA is still met: the share of
 * demand delivered within its SLA days does not drop. Otherwise no recommendation (the assessment says why).
 * When an ABC class is given, the allocation module's stocking policy for that class is reported alongside.
 *
 * The recommendation's qty / impact.units is the stock re-positioned: the regional configuration's average
 * inventory (pulled back to the central location, or built up at the regional ones); impact.costDelta is the
 * change in compared cost per year (negative = saving).
 */
import { stockingLocations, type StockingPolicy } from '../allocation/stocking-policy';
import { evaluateNetwork, type NetworkEvaluation } from '../network/evaluate';
import type { NetworkModel } from '../network/types';
import type { AbcClass } from '../segmentation';
import { formatQuantity } from './reason-text';
import { daysOfSupply } from './stock-cover';
import type { Recommendation } from './types';

export type StockingConfiguration = 'central' | 'regional';

export interface CentralizeInput {
  skuId: string;
  /** The network; only this SKU's demand is used. */
  model: NetworkModel;
  centralLocationId: string;
  regionalLocationIds: readonly string[];
  current: StockingConfiguration;
  abcClass?: AbcClass;
  stockingPolicy?: StockingPolicy;
  /** Minimum saving to recommend a change, currency/year. Default 0. */
  minSavingPerYear?: number;
  /** Minimum saving as a fraction of today's compared cost. Default 0.05. */
  minSavingShare?: number;
}

export interface ConfigurationFigures {
  configuration: StockingConfiguration;
  openLocationIds: string[];
  /** holding + ordering + shipping + inbound, currency/year. */
  comparedCostPerYear: number;
  inventoryUnits: number;
  safetyStockUnits: number;
  averageDeliveryDays: number;
  slaMetShare: number;
  evaluation: NetworkEvaluation;
}

export interface CentralizeRecommendation extends Recommendation {
  kind: 'centralize' | 'decentralize';
}

export interface CentralizeAssessment {
  skuId: string;
  current: StockingConfiguration;
  central: ConfigurationFigures;
  regional: ConfigurationFigures;
  /** What the stocking policy for the SKU's ABC class says, when a class is given. */
  policyConfiguration?: StockingConfiguration;
  recommendation: CentralizeRecommendation | null;
  /** Why there is no recommendation (null when there is one). */
  noChangeReason: string | null;
}

function figures(configuration: StockingConfiguration, evaluation: NetworkEvaluation): ConfigurationFigures {
  const t = evaluation.totals;
  return {
    configuration,
    openLocationIds: evaluation.openLocationIds,
    comparedCostPerYear: t.holdingCostPerYear + t.orderingCostPerYear + t.shippingCostPerYear + t.inboundCostPerYear,
    inventoryUnits: t.inventoryUnits,
    safetyStockUnits: t.safetyStockUnits,
    averageDeliveryDays: t.averageDeliveryDays,
    slaMetShare: t.slaMetShare,
    evaluation,
  };
}

export function assessCentralization(input: CentralizeInput): CentralizeAssessment {
  const sku = input.model.skus.find((s) => s.skuId === input.skuId);
  if (!sku) throw new RangeError(`centralize: SKU ${input.skuId} is not in the network model`);
  if (input.regionalLocationIds.length === 0) throw new RangeError('centralize: at least one regional location is needed');
  const model: NetworkModel = { ...input.model, skus: [sku] };
  const central = figures('central', evaluateNetwork(model, [input.centralLocationId]));
  const regional = figures('regional', evaluateNetwork(model, input.regionalLocationIds));

  let policyConfiguration: StockingConfiguration | undefined;
  if (input.abcClass) {
    const decision = stockingLocations({
      abcClass: input.abcClass,
      demandByLocation: regional.evaluation.nodes.map((n) => ({ locationId: n.locationId, demandPerDay: n.demandPerDay })),
      centralLocationId: input.centralLocationId,
      policy: input.stockingPolicy,
    });
    policyConfiguration = decision.stockedLocationIds.length <= 1 ? 'central' : 'regional';
  }

  const now = input.current === 'central' ? central : regional;
  const alternative = input.current === 'central' ? regional : central;
  const saving = now.comparedCostPerYear - alternative.comparedCostPerYear;
  const threshold = Math.max(input.minSavingPerYear ?? 0, (input.minSavingShare ?? 0.05) * now.comparedCostPerYear);
  const slaHolds = alternative.slaMetShare >= now.slaMetShare - 1e-9;
  const base = { skuId: input.skuId, current: input.current, central, regional, ...(policyConfiguration ? { policyConfiguration } : {}) };

  if (saving <= threshold || !slaHolds) {
    const noChangeReason = !slaHolds
      ? `${label(alternative.configuration)} would save ${money(saving)}/year but only ${pct(alternative.slaMetShare)} of demand would be within SLA (today ${pct(now.slaMetShare)}).`
      : `${label(alternative.configuration)} would change cost by ${money(-saving)}/year, below the ${money(threshold)}/year threshold.`;
    return { ...base, recommendation: null, noChangeReason };
  }

  const kind = alternative.configuration === 'central' ? 'centralize' : 'decentralize';
  const regionalUnits = regional.inventoryUnits;
  const totalDemandPerDay = alternative.evaluation.totals.demandPerDay;
  const policyNote =
    policyConfiguration && input.abcClass
      ? policyConfiguration === alternative.configuration
        ? ` This matches the class ${input.abcClass} stocking policy.`
        : ` Note: the class ${input.abcClass} stocking policy says ${policyConfiguration}.`
      : '';
  const reason =
    `${label(alternative.configuration)} saves ${money(saving)}/year (${pct(saving / now.comparedCostPerYear)}): safety stock ` +
    `${formatQuantity(now.safetyStockUnits, 0)} -> ${formatQuantity(alternative.safetyStockUnits, 0)} units, shipping + holding ` +
    `${money(now.comparedCostPerYear)} -> ${money(alternative.comparedCostPerYear)}/year, delivery ` +
    `${formatQuantity(now.averageDeliveryDays)} -> ${formatQuantity(alternative.averageDeliveryDays)} days; SLA still met.${policyNote}`;
  const recommendation: CentralizeRecommendation = {
    kind,
    skuId: input.skuId,
    ...(kind === 'centralize' ? { toLocationId: input.centralLocationId } : { fromLocationId: input.centralLocationId }),
    qty: regionalUnits,
    reason,
    impact: {
      units: regionalUnits,
      costDelta: -saving,
      daysOfSupplyAfter: { to: daysOfSupply(alternative.inventoryUnits, totalDemandPerDay) },
      slaEffect: {
        deliveryDaysBefore: now.averageDeliveryDays,
        deliveryDaysAfter: alternative.averageDeliveryDays,
        meetsSlaAfter: alternative.slaMetShare >= 1 - 1e-9,
        summary: `${pct(alternative.slaMetShare)} of demand within SLA after (today ${pct(now.slaMetShare)}).`,
      },
    },
    priority: saving / now.comparedCostPerYear >= 0.2 ? 'medium' : 'low',
  };
  return { ...base, recommendation, noChangeReason: null };
}

function label(configuration: StockingConfiguration): string {
  return configuration === 'central' ? 'Holding the SKU centrally' : 'Stocking the SKU regionally';
}

function money(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
