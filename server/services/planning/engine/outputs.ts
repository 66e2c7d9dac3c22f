/** What the engine pass produces for one run, before it is written (write-results.ts). */
import type { StoredForecastSummary } from '../../forecasts/summary';

export interface SkuForecastOut {
  skuId: string;
  method: string;
  pattern: string;
  abcClass: 'A' | 'B' | 'C';
  xyzClass: 'X' | 'Y' | 'Z';
  cv: number | null;
  adi: number | null;
  mase: number | null;
  wape: number | null;
  bias: number | null;
  candidates: { method: string; mase: number | null; wape: number | null; bias: number | null }[];
  history: number[];
  values: number[];
  lower: number[];
  upper: number[];
  sigma: number;
  historyUnits: number;
  forecastUnits: number;
}

export interface RegionForecastOut {
  skuId: string;
  regionId: string;
  method: string;
  mase: number | null;
  wape: number | null;
  bias: number | null;
  values: number[];
  lower: number[];
  upper: number[];
  sigma: number;
  share: number;
  historyUnits: number;
  forecastUnits: number;
}

export interface TargetOut {
  skuId: string;
  locationId: string;
  demandPerDay: number;
  demandSdPerDay: number;
  leadTimeDays: number;
  safetyStock: number;
  reorderPoint: number;
  orderUpTo: number;
  serviceLevel: number;
  abcClass: 'A' | 'B' | 'C';
  xyzClass: 'X' | 'Y' | 'Z';
}

export type RecommendationKindOut = 'replenish' | 'transfer' | 'centralize' | 'decentralize' | 'inbound_split';

export interface RecommendationOut {
  kind: RecommendationKindOut;
  skuId: string;
  fromLocationId: string | null;
  toLocationId: string | null;
  regionId: string | null;
  supplierId: string | null;
  purchaseOrderId: string | null;
  qty: number;
  reason: string;
  facts: { label: string; value: number | string; unit: string | null }[];
  impact: {
    units: number;
    costDelta: number;
    daysOfSupplyAfter: { from: number | null; to: number | null };
    sla: { summary: string; meetsSlaAfter: boolean | null; deliveryDaysBefore: number | null; deliveryDaysAfter: number | null } | null;
    /** What accepting re-checks against current stock (see recommendations/accept.ts). */
    check?: { positionUnits?: number; reorderPointUnits?: number; orderUpToUnits?: number; fromAvailableUnits?: number; fromKeepUnits?: number };
  };
  /** 4 urgent, 3 high, 2 medium, 1 low. */
  priority: number;
  score: number;
}

export interface PlanOutputs {
  skuForecasts: SkuForecastOut[];
  regionForecasts: RegionForecastOut[];
  targets: TargetOut[];
  recommendations: RecommendationOut[];
  summary: StoredForecastSummary;
  /** Engine milliseconds per phase. */
  timings: { segment: number; forecast: number; targets: number; recommend: number };
}
