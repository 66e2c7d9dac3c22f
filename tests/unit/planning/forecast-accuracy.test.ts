import { describe, expect, it } from 'vitest';
import {
  accuracyReport,
  forecastBias,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanAbsoluteScaledError,
  naiveScale,
  weightedAbsolutePercentageError,
} from '@/server/planning/forecast/accuracy';

// Definitions of FPP3 §5.8 and Hyndman & Koehler (2006); the numbers below are computed by hand from them.
// actual 10, 0, 20, 30; forecast 12, 1, 18, 33 -> errors y - yhat = -2, -1, 2, -3.
const actual = [10, 0, 20, 30];
const predicted = [12, 1, 18, 33];

describe('forecast accuracy measures', () => {
  it('MAE = mean |e| = 8/4 = 2', () => {
    expect(meanAbsoluteError(actual, predicted)).toBe(2);
  });

  it('WAPE = sum |e| / sum |y| = 8/60', () => {
    expect(weightedAbsolutePercentageError(actual, predicted)).toBeCloseTo(8 / 60, 12);
  });

  it('MAPE skips the zero actual: (2/10 + 2/20 + 3/30) / 3', () => {
    expect(meanAbsolutePercentageError(actual, predicted)).toBeCloseTo((0.2 + 0.1 + 0.1) / 3, 12);
  });

  it('bias = mean(yhat - y) = (2 + 1 - 2 + 3)/4 = 1 (positive = over-forecast)', () => {
    expect(forecastBias(actual, predicted)).toBe(1);
  });

  it('MASE scales by the in-sample naive MAE (Hyndman & Koehler 2006)', () => {
    // naive: |12-10| + |11-12| + |15-11| + |14-15| = 8 over 4 -> 2, so MASE = 2/2 = 1
    expect(naiveScale([10, 12, 11, 15, 14], 1)).toBe(2);
    expect(meanAbsoluteScaledError(actual, predicted, [10, 12, 11, 15, 14], 1)).toBe(1);
    // seasonal naive m = 2 on 10,12,11,15,14,16: |11-10| + |15-12| + |14-11| + |16-15| = 8 over 4 -> 2
    expect(naiveScale([10, 12, 11, 15, 14, 16], 2)).toBe(2);
    // a training series no longer than one season falls back to m = 1
    expect(naiveScale([10, 14], 4)).toBe(4);
  });

  it('returns null where a measure is undefined and skips non-finite pairs', () => {
    expect(weightedAbsolutePercentageError([0, 0], [1, 2])).toBeNull();
    expect(meanAbsolutePercentageError([0, 0], [1, 2])).toBeNull();
    expect(meanAbsoluteScaledError([1], [2], [5, 5, 5], 1)).toBeNull();
    expect(meanAbsoluteError([], [])).toBeNull();
    expect(meanAbsoluteError([1, 2, 3], [Number.NaN, 2, 5])).toBe(1);
    const report = accuracyReport(actual, predicted, [10, 12, 11, 15, 14], 1);
    expect(report).toEqual({ weeks: 4, mae: 2, wape: 8 / 60, mape: expect.closeTo(0.4 / 3, 12), mase: 1, bias: 1 });
  });
});
