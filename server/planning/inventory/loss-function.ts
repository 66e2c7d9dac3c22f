/**
 * The standard normal loss function G(k) = E[(Z - k)+] = phi(k) - k * (1 - Phi(k)), and its inverse.
 *
 * G(k) is the expected shortage per replenishment cycle in units of sigma over the lead time when the reorder
 * point sits k sigmas above mean lead-time demand (Silver, Pyke & Peterson, 3rd ed., ch. 7: "expected shortage per
 * replenishment cycle" ESPRC = sigma_L * G(k)). Dimensionless in and out. Table values: G(0) = 0.3989,
 * G(1) = 0.0833, G(2) = 0.0085.
 *
 * Properties used by the solvers below: G is strictly decreasing (G'(k) = -(1 - Phi(k)) < 0), convex, tends to 0
 * as k -> +infinity and behaves like -k as k -> -infinity (G(-k) = G(k) + k).
 */
import { normalPdf, normalUpperTail } from './normal';

/** Standard normal loss G(k) for any real k (dimensionless). */
export function normalLoss(k: number): number {
  if (Number.isNaN(k)) return NaN;
  if (k < 0) return normalLoss(-k) - k; // G(-k) = G(k) + k: avoids computing k * (~1) for very negative k
  return Math.max(0, normalPdf(k) - k * normalUpperTail(k));
}

const MAX_ITERATIONS = 200;

/**
 * Inverse of the loss function: the k with G(k) = loss, for loss > 0 (dimensionless).
 *
 * Newton's method (G'(k) = -(1 - Phi(k))) safeguarded by bisection on a bracket; converges to |dk| < 1e-12.
 * Throws RangeError for loss <= 0 (no finite k) or non-finite input. Loss values so small that G underflows
 * (below about 1e-300) return the largest k found.
 */
export function inverseNormalLoss(loss: number): number {
  if (!Number.isFinite(loss) || loss <= 0) throw new RangeError(`loss must be a positive finite number, got ${loss}`);
  // Bracket [low, high] with G(low) >= loss >= G(high). G(-loss) = G(loss) + loss >= loss.
  let low = -loss - 1;
  let high = 1;
  while (normalLoss(high) > loss && high < 40) high *= 2;
  let k = loss >= normalLoss(0) ? -loss + normalLoss(0) : 0.5 * high; // G(k) ~ -k far to the left
  k = Math.min(Math.max(k, low), high);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const residual = normalLoss(k) - loss; // decreasing in k
    if (residual > 0) low = k;
    else high = k;
    const slope = normalUpperTail(k); // = -G'(k)
    let next = slope > 0 ? k + residual / slope : NaN;
    if (!(next > low && next < high)) next = 0.5 * (low + high);
    if (Math.abs(next - k) < 1e-12 || high - low < 1e-12) return next;
    k = next;
  }
  return k;
}
