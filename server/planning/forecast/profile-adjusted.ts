/**
 * A non-seasonal method applied through a pooled seasonal profile (FPP3 §5.7, "Forecasting with decomposition"):
 * deseasonalise z_t = y_t / s_t, fit the method on z, reseasonalise its forecasts yhat_t = zhat_t s_t. For the
 * Croston family this scales the per-week demand rate by the index of the week, so both the fitted sizes and the
 * forecasts follow the season. Prediction intervals scale the same way: sigma_h = sigma_z s_{T+h} growth_h, with
 * sigma_z the RMSE of the deseasonalised one-step residuals (multiplicative seasonality: errors grow with the index).
 */
import { fitMethod } from './fit-method';
import type { FittedModel, ForecastMethod } from './fitted-model';
import { residualSigma } from './prediction-interval';
import { profileDegreesOfFreedom, seasonalIndexAt, type SeasonalProfile } from './seasonal-profile';

/** Methods that can be combined with a profile (the seasonal ones model seasonality themselves). */
export const PROFILE_METHODS: readonly ForecastMethod[] = ['ses', 'holt-damped', 'croston', 'sba', 'tsb'];

/** Sum of squared residuals around the least-squares line, (units/week)². */
function residualAroundLine(series: readonly number[]): number {
  const n = series.length;
  if (n < 3) return 0;
  const tMean = (n - 1) / 2;
  let yMean = 0;
  for (const y of series) yMean += y / n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tMean) * ((series[t] ?? 0) - yMean);
    sxx += (t - tMean) * (t - tMean);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  let ss = 0;
  for (let t = 0; t < n; t++) {
    const e = (series[t] ?? 0) - yMean - slope * (t - tMean);
    ss += e * e;
  }
  return ss;
}

/** Deseasonalising must remove at least 5% of the variation around the line for the profile to be tried. */
export const PROFILE_SCREEN_RATIO = 0.95;

/**
 * Whether the profile can help this series at all: deseasonalising must reduce the variation around a straight
 * line (trend removed) by at least 5%. A series that does not follow its group's season gets noisier when divided by the indices;
 * the selection then skips the profile-adjusted candidates (and their cost).
 * @param series demand, units/week
 * @param startPosition season position of series[0]
 */
export function profileReducesVariation(series: readonly number[], profile: SeasonalProfile, startPosition: number): boolean {
  const z = series.map((y, t) => y / seasonalIndexAt(profile, startPosition, t));
  // Compare on the same scale: z is rescaled to y's mean level.
  const meanY = series.reduce((a, y) => a + y, 0);
  const meanZ = z.reduce((a, v) => a + v, 0);
  if (!(meanY > 0) || !(meanZ > 0)) return false;
  const scale = meanY / meanZ;
  return residualAroundLine(z) * scale * scale < PROFILE_SCREEN_RATIO * residualAroundLine(series);
}

/**
 * Fits `method` on the history deseasonalised by the profile.
 * @param history demand, units/week, oldest first
 * @param profile pooled seasonal profile
 * @param startPosition season position of the history's first week (seasonal-profile.ts)
 */
export function fitProfileAdjusted(
  method: ForecastMethod,
  history: readonly number[],
  profile: SeasonalProfile,
  startPosition: number,
): FittedModel {
  if (!PROFILE_METHODS.includes(method)) throw new RangeError(`method ${method} cannot be combined with a seasonal profile`);
  const indexAt = (week: number) => seasonalIndexAt(profile, startPosition, week);
  const deseasonalise = (series: readonly number[]) => series.map((y, t) => y / indexAt(t));
  const z = deseasonalise(history);
  const base = fitMethod(method, z);
  const n = history.length;
  const volume = history.reduce((s, y) => s + y, 0);
  const sigmaZ = residualSigma(z, base.fitted);
  return {
    method: base.method,
    params: { ...base.params, seasonalProfile: 1 },
    fitted: base.fitted.map((f, t) => f * indexAt(t)),
    forecast: (horizonWeeks) => base.forecast(horizonWeeks).map((v, h) => v * indexAt(n + h)),
    sigmaGrowth: (horizonWeeks) => base.sigmaGrowth(horizonWeeks),
    oneStepAhead: (series) => base.oneStepAhead(deseasonalise(series)).map((f, t) => f * indexAt(t)),
    seasonalProfile: { degreesOfFreedom: profileDegreesOfFreedom(profile, volume), indexAt },
    horizonSigma: (horizonWeeks) => base.sigmaGrowth(horizonWeeks).map((g, h) => sigmaZ * g * indexAt(n + h)),
  };
}
