/**
 * Demand over the replenishment lead time: its mean and standard deviation.
 *
 * Units: demand is in units per period (a day or a week: the caller chooses), the lead time in the SAME periods.
 * Results are in units. Demand in successive periods is assumed independent and independent of the lead time
 * (Chopra & Meindl, Supply Chain Management, ch. 12, "impact of supply uncertainty on safety inventory"):
 *
 *   mean  D_L     = d * L
 *   sigma sigma_L = sqrt(L * sd_d^2 + d^2 * sd_L^2)
 */

/** Input to {@link leadTimeDemand}. All numbers must be finite and >= 0. */
export interface LeadTimeDemandInput {
  /** Mean demand per period (units/period). */
  demandMean: number;
  /** Standard deviation of demand per period (units/period). */
  demandSd: number;
  /** Mean replenishment lead time (periods, same period as the demand). */
  leadTime: number;
  /** Standard deviation of the lead time (periods). Default 0: a fixed lead time. */
  leadTimeSd?: number;
}

/** Demand over the lead time. */
export interface LeadTimeDemand {
  /** Mean demand over the lead time (units). */
  meanUnits: number;
  /** Standard deviation of demand over the lead time (units). */
  sdUnits: number;
}

/** Throws RangeError unless `value` is a finite number >= 0. */
export function assertNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
}

/** Mean and standard deviation of demand over the lead time (units). */
export function leadTimeDemand(input: LeadTimeDemandInput): LeadTimeDemand {
  const { demandMean, demandSd, leadTime } = input;
  const leadTimeSd = input.leadTimeSd ?? 0;
  assertNonNegative('demandMean', demandMean);
  assertNonNegative('demandSd', demandSd);
  assertNonNegative('leadTime', leadTime);
  assertNonNegative('leadTimeSd', leadTimeSd);
  return {
    meanUnits: demandMean * leadTime,
    sdUnits: Math.sqrt(leadTime * demandSd * demandSd + demandMean * demandMean * leadTimeSd * leadTimeSd),
  };
}

/** Input to {@link rescaleDemand}. */
export interface RescaleDemandInput {
  /** Mean demand per source period (units/period). */
  mean: number;
  /** Standard deviation of demand per source period (units/period). */
  sd: number;
  /** Length of the source period in days (7 for weekly data). */
  fromPeriodDays: number;
  /** Length of the target period in days (1 for daily figures). */
  toPeriodDays: number;
}

/**
 * Convert demand statistics between period lengths, assuming independent periods: the mean scales with the ratio
 * r = to/from, the standard deviation with sqrt(r). E.g. weekly (mean 70, sd 14) -> daily (mean 10, sd 5.29).
 * Returns units per target period.
 */
export function rescaleDemand(input: RescaleDemandInput): { mean: number; sd: number } {
  assertNonNegative('mean', input.mean);
  assertNonNegative('sd', input.sd);
  if (!(input.fromPeriodDays > 0) || !(input.toPeriodDays > 0)) throw new RangeError('period lengths must be > 0');
  const ratio = input.toPeriodDays / input.fromPeriodDays;
  return { mean: input.mean * ratio, sd: input.sd * Math.sqrt(ratio) };
}
