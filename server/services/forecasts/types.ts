/** Output shapes of the forecast procedures (see server/services/planning/CONTRACT.md). */

export interface Accuracy {
  /** Holdout MASE (scaled by in-sample seasonal naive: < 1 beats it); null when history is too short. */
  mase: number | null;
  /** Holdout WAPE (fraction). */
  wape: number | null;
  /**
   * Positive = over-forecast. Per series: mean (forecast - actual), units/week. In forecasts.summary: the
   * total signed error as a fraction of the holdout weeks' units.
   */
  bias: number | null;
}

export interface WeeklySeries {
  /** Monday of each week (YYYY-MM-DD, tenant timezone), oldest first. */
  historyWeeks: string[];
  /** Units per week. */
  history: number[];
  forecastWeeks: string[];
  forecast: number[];
  /** 95% prediction band, units/week. */
  lower: number[];
  upper: number[];
}

export interface ForecastSummary {
  runId: string | null;
  /** Null when there is no succeeded run yet (the page says: run planning). */
  series: WeeklySeries | null;
  accuracy: Accuracy & {
    /** The same measures for seasonal naive on the same holdout weeks, for comparison. */
    seasonalNaive: Accuracy;
    /** Series that could be measured / all series. */
    measuredSeries: number;
    totalSeries: number;
  };
  counts: {
    skus: number;
    byMethod: Record<string, number>;
    byPattern: Record<string, number>;
    byAbc: Record<string, number>;
    byXyz: Record<string, number>;
  };
  horizonWeeks: number | null;
  asOfWeek: string | null;
}

export interface ForecastRow {
  skuId: string;
  skuCode: string;
  skuName: string;
  category: string | null;
  /** Null on SKU-total rows. */
  regionId: string | null;
  regionCode: string | null;
  regionName: string | null;
  method: string;
  pattern: string;
  abcClass: 'A' | 'B' | 'C';
  xyzClass: 'X' | 'Y' | 'Z';
  mase: number | null;
  wape: number | null;
  bias: number | null;
  /** Sum of the forecast over the horizon, units. */
  forecastUnits: number;
  /** Sum of the history, units. */
  historyUnits: number;
  /** Residual sigma, units/week. */
  sigma: number | null;
  /** The last 26 history weeks, units/week, oldest first (SKU-total rows; null on SKU x region rows). */
  recentWeeks: number[] | null;
  /** The forecast over the horizon, units/week. */
  forecastValues: number[];
}

export interface CandidateScoreView {
  method: string;
  mase: number | null;
  wape: number | null;
  bias: number | null;
  chosen: boolean;
}

export interface ForecastDetail {
  runId: string;
  sku: { id: string; code: string; name: string; category: string | null };
  region: { id: string; code: string; name: string } | null;
  method: string;
  /** Why this method: e.g. "lowest holdout MASE of 5 candidates (0.82 vs seasonal naive 1.00)". */
  methodReason: string;
  candidates: CandidateScoreView[];
  accuracy: Accuracy;
  pattern: string;
  abcClass: 'A' | 'B' | 'C';
  xyzClass: 'X' | 'Y' | 'Z';
  /** Coefficient of variation of weekly demand and average demand interval (weeks). */
  cv: number | null;
  adi: number | null;
  /** Region's share of the SKU's demand (region detail only). */
  regionShare: number | null;
  sigma: number | null;
  series: WeeklySeries;
  /** Regions of this SKU with their forecast totals (SKU detail only), for drilling down. */
  regions: { regionId: string; regionCode: string; regionName: string; forecastUnits: number; share: number }[];
}
