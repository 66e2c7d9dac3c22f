/**
 * The compact figures a replay keeps (plain JSON, for the `replays.results` column and the page): totals and
 * weekly series per policy, regions against their SLA, locations, and the SKUs where the policies differ most.
 */
import type { ReplayInput, ReplayPolicyKind, ReplayRegionResult, ReplayResult, ReplayTotals } from './types';

export const POLICY_LABELS: Readonly<Record<ReplayPolicyKind, string>> = {
  footprint: "Footprint's policy",
  independent: 'Independent reorder points',
  'min-max': 'Current min/max',
  centralized: 'Fully centralized',
};

export interface ReplaySummaryLabels {
  weeks: readonly string[];
  skus: readonly { id: string; code: string; name: string }[];
  regions: readonly { id: string; code: string; name: string; hasSla: boolean }[];
  locations: readonly { id: string; code: string; name: string }[];
}

export interface ReplaySummaryPolicy {
  policy: ReplayPolicyKind;
  label: string;
  totals: ReplayTotals;
  /** Share of stocked SKU x location cells that used the tenant's own min/max (1 for the other policies). */
  coverage: number;
  weekly: {
    demandUnits: number[];
    servedUnits: number[];
    /** served / demand per week (null in a week without demand). */
    fillRate: (number | null)[];
    inventoryUnits: number[];
    inventoryValue: number[];
    totalCost: number[];
    ordersPlaced: number[];
    transfersPlaced: number[];
  };
  regions: (ReplayRegionResult & { code: string; name: string; hasSla: boolean; meetsSla: boolean })[];
  locations: { locationId: string; code: string; name: string; demandUnits: number; servedUnits: number; lineFillRate: number; inStockShare: number }[];
}

export interface ReplaySkuDifference {
  skuId: string;
  code: string;
  name: string;
  abcClass: string;
  /** Per policy (same order as `policies`): line fill and average inventory value. */
  fillRate: number[];
  averageInventoryValue: number[];
  demandUnits: number;
  /** max - min line fill across the policies (fraction), and of average stock value (currency). */
  fillSpread: number;
  valueSpread: number;
}

export interface ReplaySummary {
  weeks: string[];
  skuCount: number;
  regionCount: number;
  locationCount: number;
  reviewEveryWeeks: number;
  forecastEveryWeeks: number;
  centralLocationId: string | null;
  policies: ReplaySummaryPolicy[];
  skuDifferences: ReplaySkuDifference[];
}

const toList = (a: Float64Array): number[] => Array.from(a, (v) => Math.round(v * 10_000) / 10_000);

/**
 * @param topSkus how many SKUs to keep, ranked by the spread of line fill between policies weighted by demand,
 *   then of average stock value
 */
export function summarizeReplay(input: ReplayInput, result: ReplayResult, labels: ReplaySummaryLabels, topSkus = 25): ReplaySummary {
  const L = input.locations.length;
  const policies: ReplaySummaryPolicy[] = result.policies.map((p) => {
    const weeks = p.periods.demandUnits.length;
    const fillRate: (number | null)[] = [];
    const totalCost: number[] = [];
    for (let i = 0; i < weeks; i++) {
      const d = p.periods.demandUnits[i] ?? 0;
      fillRate.push(d > 0 ? (p.periods.servedUnits[i] ?? 0) / d : null);
      totalCost.push(
        (p.periods.holdingCost[i] ?? 0) + (p.periods.shippingCost[i] ?? 0) + (p.periods.transferCost[i] ?? 0) + (p.periods.orderingCost[i] ?? 0),
      );
    }
    const locations = input.locations.map((loc, l) => {
      let demand = 0;
      let served = 0;
      let inStock = 0;
      let stocked = 0;
      for (let s = 0; s < input.skus.length; s++) {
        demand += p.cellDemandUnits[s * L + l] ?? 0;
        served += p.cellServedUnits[s * L + l] ?? 0;
        inStock += p.cellWeeksInStock[s * L + l] ?? 0;
        stocked += p.cellWeeksStocked[s * L + l] ?? 0;
      }
      const label = labels.locations[l];
      return {
        locationId: loc.locationId,
        code: label?.code ?? loc.locationId,
        name: label?.name ?? loc.locationId,
        demandUnits: demand,
        servedUnits: served,
        lineFillRate: demand > 0 ? served / demand : 1,
        inStockShare: stocked > 0 ? inStock / stocked : 1,
      };
    });
    return {
      policy: p.policy,
      label: POLICY_LABELS[p.policy],
      totals: p.totals,
      coverage: p.coverage,
      weekly: {
        demandUnits: toList(p.periods.demandUnits),
        servedUnits: toList(p.periods.servedUnits),
        fillRate,
        inventoryUnits: toList(p.periods.inventoryUnits),
        inventoryValue: toList(p.periods.inventoryValue),
        totalCost,
        ordersPlaced: toList(p.periods.ordersPlaced),
        transfersPlaced: toList(p.periods.transfersPlaced),
      },
      regions: p.regions.map((r, i) => {
        const label = labels.regions[i];
        const hasSla = label?.hasSla ?? true;
        return {
          ...r,
          code: label?.code ?? r.regionId,
          name: label?.name ?? r.regionId,
          hasSla,
          meetsSla: r.lineFillRate >= r.targetFillRate && (!hasSla || r.averageDeliveryDays <= r.slaDeliveryDays),
        };
      }),
      locations: locations.filter((l) => l.demandUnits > 0),
    };
  });

  const differences: ReplaySkuDifference[] = [];
  for (let s = 0; s < input.skus.length; s++) {
    const fill = result.policies.map((p) => {
      const d = p.skuDemandUnits[s] ?? 0;
      return d > 0 ? (p.skuServedUnits[s] ?? 0) / d : 1;
    });
    const value = result.policies.map((p) => p.skuAverageInventoryValue[s] ?? 0);
    const demand = result.policies[0]?.skuDemandUnits[s] ?? 0;
    const label = labels.skus[s];
    differences.push({
      skuId: input.skus[s]?.skuId ?? String(s),
      code: label?.code ?? input.skus[s]?.skuId ?? String(s),
      name: label?.name ?? '',
      abcClass: result.abcClasses[s] ?? 'C',
      fillRate: fill,
      averageInventoryValue: value,
      demandUnits: demand,
      fillSpread: Math.max(...fill) - Math.min(...fill),
      valueSpread: Math.max(...value) - Math.min(...value),
    });
  }
  differences.sort((a, b) => b.fillSpread * b.demandUnits - a.fillSpread * a.demandUnits || b.valueSpread - a.valueSpread || a.code.localeCompare(b.code));

  return {
    weeks: [...labels.weeks],
    skuCount: input.skus.length,
    regionCount: input.regions.length,
    locationCount: input.locations.length,
    reviewEveryWeeks: result.reviewEveryWeeks,
    forecastEveryWeeks: result.forecastEveryWeeks,
    centralLocationId: result.centralLocationId,
    policies,
    skuDifferences: result.policies.length > 1 ? differences.slice(0, topSkus) : [],
  };
}
