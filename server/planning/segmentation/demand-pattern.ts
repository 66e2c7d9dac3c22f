/**
 * Demand-pattern classification of Syntetos, Boylan & Croston (2005), "On the categorization of demand patterns",
 * Journal of the Operational Research Society 56(5): two statistics of a weekly demand series,
 *   ADI  average inter-demand interval, in weeks (mean of the intervals between successive non-zero demands, the
 *        first one counted from the start of the series, as in Croston's decomposition);
 *   CV²  squared coefficient of variation of the non-zero demand sizes (sample standard deviation / mean)²,
 * and the cut-offs ADI = 1.32 and CV² = 0.49:
 *   ADI < 1.32, CV² < 0.49 smooth;      ADI < 1.32, CV² >= 0.49 erratic;
 *   ADI >= 1.32, CV² < 0.49 intermittent; ADI >= 1.32, CV² >= 0.49 lumpy.
 * A series without any non-zero demand is classed 'none'.
 */

export type DemandPattern = 'smooth' | 'erratic' | 'intermittent' | 'lumpy' | 'none';

/** Cut-offs of the classification (ADI in weeks, CV² dimensionless). */
export interface DemandPatternCutoffs {
  readonly adiWeeks: number;
  readonly cv2: number;
}

/** Syntetos, Boylan & Croston (2005) cut-offs. */
export const SYNTETOS_BOYLAN_CUTOFFS: DemandPatternCutoffs = { adiWeeks: 1.32, cv2: 0.49 };

export interface DemandPatternResult {
  readonly pattern: DemandPattern;
  /** Average inter-demand interval, weeks; null when there is no demand. */
  readonly adiWeeks: number | null;
  /** Squared CV of non-zero sizes; 0 when fewer than two demands are observed; null when there is none. */
  readonly cv2: number | null;
  /** Number of weeks with demand > 0. */
  readonly demandWeeks: number;
}

/**
 * Classifies a weekly demand series.
 * @param weeklyDemand demand, units/week, oldest first (values <= 0 count as no demand)
 * @param cutoffs ADI (weeks) and CV² cut-offs; default Syntetos–Boylan 1.32 / 0.49
 */
export function classifyDemandPattern(
  weeklyDemand: readonly number[],
  cutoffs: DemandPatternCutoffs = SYNTETOS_BOYLAN_CUTOFFS,
): DemandPatternResult {
  let count = 0;
  let sum = 0;
  let lastDemandWeek = -1;
  for (let t = 0; t < weeklyDemand.length; t++) {
    const y = weeklyDemand[t] ?? 0;
    if (y > 0) {
      count++;
      sum += y;
      lastDemandWeek = t;
    }
  }
  if (count === 0) return { pattern: 'none', adiWeeks: null, cv2: null, demandWeeks: 0 };
  // The intervals a_1..a_k sum to (index of the last demand + 1), so their mean is that over k.
  const adiWeeks = (lastDemandWeek + 1) / count;
  const mean = sum / count;
  let squares = 0;
  for (const y of weeklyDemand) if (y > 0) squares += (y - mean) * (y - mean);
  const cv2 = count >= 2 ? squares / (count - 1) / (mean * mean) : 0;
  const intermittentTiming = adiWeeks >= cutoffs.adiWeeks;
  const variableSize = cv2 >= cutoffs.cv2;
  const pattern: DemandPattern = intermittentTiming
    ? variableSize
      ? 'lumpy'
      : 'intermittent'
    : variableSize
      ? 'erratic'
      : 'smooth';
  return { pattern, adiWeeks, cv2, demandWeeks: count };
}

/** True for the patterns for which Croston-type methods are indicated (intermittent and lumpy). */
export function isIntermittentPattern(pattern: DemandPattern): boolean {
  return pattern === 'intermittent' || pattern === 'lumpy';
}
