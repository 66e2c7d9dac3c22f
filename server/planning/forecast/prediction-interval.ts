/**
 * Residual sigma and normal prediction intervals (Hyndman & Athanasopoulos, FPP3 §5.5):
 *   yhat_{T+h|T} ± z sigma_h,  z = Phi^{-1}((1 + level) / 2),  sigma_h = sigma * growth_h,
 * with sigma the RMSE of the one-step in-sample residuals and growth_h from the method (FittedModel.sigmaGrowth).
 * Demand cannot be negative, so lower bounds are clamped at 0.
 */
import { normalQuantile } from '../inventory/normal';

/**
 * RMSE of the one-step in-sample residuals, units/week; weeks without a forecast (NaN) are skipped; 0 when there is
 * no residual at all.
 * @param history demand, units/week
 * @param fitted one-step in-sample forecasts of the same weeks, units/week
 */
export function residualSigma(history: readonly number[], fitted: readonly number[]): number {
  let sum = 0;
  let count = 0;
  const n = Math.min(history.length, fitted.length);
  for (let t = 0; t < n; t++) {
    const e = (history[t] ?? Number.NaN) - (fitted[t] ?? Number.NaN);
    if (Number.isFinite(e)) {
      sum += e * e;
      count++;
    }
  }
  return count > 0 ? Math.sqrt(sum / count) : 0;
}

/**
 * Two-sided normal prediction intervals.
 * @param values point forecasts, units/week, for h = 1..H
 * @param sigma one-step residual sigma, units/week
 * @param growth sigma_h / sigma for h = 1..H (dimensionless)
 * @param level coverage probability in (0, 1), e.g. 0.95
 * @returns lower (clamped at 0) and upper bounds, units/week
 */
export function predictionIntervals(
  values: readonly number[],
  sigma: number,
  growth: readonly number[],
  level: number,
): { lower: number[]; upper: number[] } {
  if (!(level > 0 && level < 1)) throw new RangeError(`interval level must be in (0, 1), got ${level}`);
  const z = normalQuantile((1 + level) / 2);
  const lower: number[] = [];
  const upper: number[] = [];
  values.forEach((v, i) => {
    const half = z * sigma * (growth[i] ?? Math.sqrt(i + 1));
    lower.push(Math.max(0, v - half));
    upper.push(Math.max(0, v + half));
  });
  return { lower, upper };
}
