/**
 * The forecasts Footprint's engine would have made at a past week, from the weeks before it only
 * (server/planning/README.md, "Recipe for the planning run" and "Regional split"):
 * the SKU's total weekly demand is forecast with `forecast` (auto selection, season 52, the network's pooled
 * seasonal profile of every SKU's total when one is given), then split to regions by each region's share of
 * the last 13 weeks; each region's sigma is the RMSE of its own one-step residuals y_r,t - share_r * fitted_t,
 * grown with the horizon like the SKU model's sigma.
 *
 * Between two selections (every `reselectEveryWeeks`), a forecast origin refits the parameters of the method
 * chosen at the last selection (and its use of the profile) instead of running the whole selection again: the
 * cost of a replay at scale is mostly forecasting.
 */
import { forecast, type ForecastMethod, type ForecastResult } from '../forecast';
import type { SeasonalProfile } from '../forecast/seasonal-profile';
import type { DemandArray } from './types';

const SHARE_WINDOW_WEEKS = 13;
const SIGMA_WINDOW_WEEKS = 52;

/** One forecast of one SKU, made at `originWeek` (it saw weeks < originWeek). */
export interface SkuForecast {
  originWeek: number;
  /** The method used, and whether through the seasonal profile (kept for the refits until the next selection). */
  method: ForecastMethod;
  viaProfile: boolean;
  /** Total units/week for weeks originWeek + h, h = 0..horizon-1. */
  totalValues: Float64Array;
  /** sigma_h / sigma_1 of the SKU model, h = 0..horizon-1 (1 when the model has no residuals). */
  sigmaGrowth: Float64Array;
  /** Per region: share of the SKU's demand and one-step sigma (units/week). */
  shares: Float64Array;
  regionSigma: Float64Array;
}

/**
 * @param regionSeries demand per region of this SKU, units/week, index region * weekCount + week
 * @param total the SKU's total, units/week (length weekCount)
 */
export function forecastSku(
  regionSeries: DemandArray,
  total: Float64Array,
  regionCount: number,
  weekCount: number,
  originWeek: number,
  horizonWeeks: number,
  profile: SeasonalProfile | undefined,
  selected?: { method: ForecastMethod; viaProfile: boolean },
): SkuForecast {
  const history = Array.from(total.subarray(0, originWeek));
  const usable = profile && profile.periodLength === 52 ? profile : undefined;
  let result: ForecastResult | undefined;
  if (selected && history.some((y) => y > 0)) {
    try {
      result = forecast(history, {
        horizon: horizonWeeks,
        seasonLength: 52,
        method: selected.method,
        ...(selected.viaProfile && usable ? { seasonalProfile: usable } : {}),
      });
    } catch {
      result = undefined; // the method no longer fits this history: select again
    }
  }
  result ??= forecast(history, { horizon: horizonWeeks, seasonLength: 52, ...(usable ? { seasonalProfile: usable } : {}) });
  const totalValues = Float64Array.from(result.values);
  const sigmaGrowth = new Float64Array(horizonWeeks);
  for (let h = 0; h < horizonWeeks; h++) {
    const s = result.sigmaByHorizon[h] ?? 0;
    sigmaGrowth[h] = result.sigma > 0 ? s / result.sigma : 1;
  }

  // Shares over the last 13 weeks (the whole history if those are all zero; equal without any demand).
  const shares = new Float64Array(regionCount);
  const shareFrom = Math.max(0, originWeek - SHARE_WINDOW_WEEKS);
  let sum = 0;
  for (let r = 0; r < regionCount; r++) {
    let s = 0;
    const base = r * weekCount;
    for (let w = shareFrom; w < originWeek; w++) s += regionSeries[base + w] ?? 0;
    shares[r] = s;
    sum += s;
  }
  if (sum === 0) {
    for (let r = 0; r < regionCount; r++) {
      let s = 0;
      const base = r * weekCount;
      for (let w = 0; w < originWeek; w++) s += regionSeries[base + w] ?? 0;
      shares[r] = s;
      sum += s;
    }
  }
  for (let r = 0; r < regionCount; r++) shares[r] = sum > 0 ? (shares[r] ?? 0) / sum : 1 / regionCount;

  // Each region's sigma from its own one-step residuals against its share of the SKU model's fit.
  const regionSigma = new Float64Array(regionCount);
  const sigmaFrom = Math.max(0, originWeek - SIGMA_WINDOW_WEEKS);
  for (let r = 0; r < regionCount; r++) {
    const share = shares[r] ?? 0;
    const base = r * weekCount;
    let sse = 0;
    let n = 0;
    for (let w = sigmaFrom; w < originWeek; w++) {
      const fitted = result.fitted[w];
      if (fitted === null || fitted === undefined) continue;
      const e = (regionSeries[base + w] ?? 0) - share * Math.max(0, fitted);
      sse += e * e;
      n++;
    }
    regionSigma[r] = n > 0 ? Math.sqrt(sse / n) : 0;
  }
  return { originWeek, method: result.method, viaProfile: result.seasonality === 'profile', totalValues, sigmaGrowth, shares, regionSigma };
}
