/**
 * The shape every planning recommendation shares, whatever produced it.
 *
 * Units: `qty` and `impact.units` are stock units (not cases); `impact.costDelta` is in the tenant's currency
 * (positive = money spent or cost added, negative = saving); days of supply are days of average demand.
 */

export type RecommendationKind = 'replenish' | 'transfer' | 'centralize' | 'decentralize' | 'inbound-split';

/** 'urgent' = stock-out expected before help arrives; 'low' = housekeeping. */
export type RecommendationPriority = 'urgent' | 'high' | 'medium' | 'low';

/** Sort key: lower is more urgent. */
export const PRIORITY_RANK: Readonly<Record<RecommendationPriority, number>> = {
  urgent: 0,
  high: 1,
  medium: 2,
  low: 3,
};

export interface SlaEffect {
  /** Demand-weighted delivery days before and after acting on the recommendation. */
  deliveryDaysBefore?: number;
  deliveryDaysAfter?: number;
  /** True when every region concerned still meets its SLA delivery days after acting. */
  meetsSlaAfter: boolean;
  /** One human sentence, e.g. "Region West keeps its 2-day SLA". */
  summary: string;
}

export interface DaysOfSupplyAfter {
  /** Sending location (transfers, centralize). Undefined when the location has no demand. */
  from?: number;
  /** Receiving or ordering location. Undefined when the location has no demand. */
  to?: number;
}

export interface RecommendationImpact {
  /** Stock units moved, ordered or re-positioned. */
  units: number;
  /** Currency; positive = cost incurred (purchase value, freight), negative = saving per year (network changes). */
  costDelta: number;
  daysOfSupplyAfter?: DaysOfSupplyAfter;
  slaEffect?: SlaEffect;
}

export interface Recommendation {
  kind: RecommendationKind;
  skuId: string;
  fromLocationId?: string;
  toLocationId?: string;
  regionId?: string;
  /** Stock units (whole case packs where a case pack applies). */
  qty: number;
  /** One human sentence saying why. */
  reason: string;
  impact: RecommendationImpact;
  priority: RecommendationPriority;
}

/** Orders recommendations most urgent first, then by absolute cost impact (largest first). */
export function sortRecommendations<T extends Recommendation>(recommendations: readonly T[]): T[] {
  return [...recommendations].sort(
    (a, b) =>
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      Math.abs(b.impact.costDelta) - Math.abs(a.impact.costDelta),
  );
}
