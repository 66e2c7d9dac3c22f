/**
 * Dispatch from a method name to its fitting function, and the data requirements of each method.
 */
import { fitCroston } from './croston';
import type { FittedModel, ForecastMethod } from './fitted-model';
import { fitHoltDamped } from './holt-damped';
import { canInitialiseHoltWinters, fitHoltWinters } from './holt-winters';
import { fitSeasonalNaive } from './seasonal-naive';
import { fitSes } from './simple-exponential-smoothing';
import { fitTsb } from './tsb';

/** Fewest weeks for which a trend is fitted (level + slope + three smoothing/damping parameters). */
export const MIN_WEEKS_FOR_TREND = 8;

/**
 * Whether `method` can be fitted on this history.
 * @param history demand, units/week
 * @param seasonLengthWeeks season length, weeks (undefined or 1: non-seasonal)
 */
export function canFit(method: ForecastMethod, history: readonly number[], seasonLengthWeeks?: number): boolean {
  const n = history.length;
  switch (method) {
    case 'seasonal-naive':
    case 'ses':
      return n >= 1;
    case 'holt-damped':
      return n >= MIN_WEEKS_FOR_TREND;
    case 'holt-winters-additive':
      return canInitialiseHoltWinters(n, seasonLengthWeeks);
    case 'holt-winters-multiplicative':
      return canInitialiseHoltWinters(n, seasonLengthWeeks) && history.every((y) => y > 0);
    case 'croston':
    case 'sba':
    case 'tsb':
      return history.some((y) => y > 0);
  }
}

/**
 * Fits `method` to the history. Callers check `canFit` first; Holt-Winters throws when its conditions fail.
 * @param history demand, units/week, oldest first
 * @param seasonLengthWeeks season length in weeks (used by the seasonal methods)
 */
export function fitMethod(method: ForecastMethod, history: readonly number[], seasonLengthWeeks?: number): FittedModel {
  switch (method) {
    case 'seasonal-naive':
      return fitSeasonalNaive(history, seasonLengthWeeks);
    case 'ses':
      return fitSes(history);
    case 'holt-damped':
      return fitHoltDamped(history);
    case 'holt-winters-additive':
      return fitHoltWinters(history, seasonLengthWeeks ?? 1, 'additive');
    case 'holt-winters-multiplicative':
      return fitHoltWinters(history, seasonLengthWeeks ?? 1, 'multiplicative');
    case 'croston':
      return fitCroston(history, 'croston');
    case 'sba':
      return fitCroston(history, 'sba');
    case 'tsb':
      return fitTsb(history);
  }
}
