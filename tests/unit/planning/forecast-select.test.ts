import { describe, expect, it } from 'vitest';
import { fitMethod } from '@/server/planning/forecast/fit-method';
import {
  candidateMethods,
  defaultHoldoutWeeks,
  holdoutAccuracy,
  selectMethod,
} from '@/server/planning/forecast/select';

/** Deterministic pseudo-random numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('automatic method selection (rolling-origin holdout combined with AICc)', () => {
  it('holds out min(13, floor(n/4)) weeks', () => {
    expect(defaultHoldoutWeeks(143)).toBe(13);
    expect(defaultHoldoutWeeks(40)).toBe(10);
    expect(defaultHoldoutWeeks(10)).toBe(2);
  });

  it('offers Croston-type candidates for intermittent demand and exponential smoothing otherwise', () => {
    const intermittent = [0, 0, 3, 0, 0, 0, 4, 0, 0, 3, 0, 0, 0, 0, 4, 0, 0, 3, 0, 0];
    expect(candidateMethods(intermittent, undefined, 'intermittent')).toEqual(['ses', 'croston', 'sba', 'tsb']);
    const smooth = Array.from({ length: 30 }, (_, t) => 10 + (t % 3));
    expect(candidateMethods(smooth, 52, 'smooth')).toEqual(['ses', 'holt-damped', 'seasonal-naive']);
    const twoSeasons = Array.from({ length: 24 }, (_, t) => 10 + (t % 12));
    expect(candidateMethods(twoSeasons, 12, 'smooth')).toEqual([
      'ses',
      'holt-damped',
      'holt-winters-additive',
      'holt-winters-multiplicative',
      'seasonal-naive',
    ]);
    const withZero = [...twoSeasons];
    withZero[3] = 0;
    expect(candidateMethods(withZero, 12, 'smooth')).not.toContain('holt-winters-multiplicative');
  });

  it('evaluates each held-out week with data strictly before it (no look-ahead)', () => {
    const random = rng(7);
    const y = Array.from({ length: 60 }, () => 50 + 20 * random());
    const training = y.slice(0, 48);
    const model = fitMethod('ses', training);
    const oneStep = model.oneStepAhead(y);
    const changed = [...y];
    changed[55] = 10_000;
    const oneStepChanged = model.oneStepAhead(changed);
    expect(oneStepChanged.slice(0, 56)).toEqual(oneStep.slice(0, 56));
    expect(oneStepChanged[56]).not.toBe(oneStep[56]);
    // holdoutAccuracy = MAE of those one-step forecasts over the last 12 weeks.
    const report = holdoutAccuracy('ses', y, 12);
    let mae = 0;
    for (let t = 48; t < 60; t++) mae += Math.abs((y[t] ?? 0) - (oneStep[t] ?? 0)) / 12;
    expect(report?.mae).toBeCloseTo(mae, 10);
  });

  it('chooses a seasonal method for a strongly seasonal series', () => {
    const random = rng(11);
    const y = Array.from({ length: 3 * 12 }, (_, t) => 100 + 40 * Math.sin((2 * Math.PI * t) / 12) + 3 * random());
    const selection = selectMethod(y, { seasonLengthWeeks: 12 });
    expect(['holt-winters-additive', 'holt-winters-multiplicative', 'seasonal-naive']).toContain(selection.method);
    expect(selection.scores[0]?.method).toBe(selection.method);
    // Ranked by the combined score sqrt(holdout MAE x AICc-penalised sigma), lowest first.
    const scores = selection.scores.map((s) => s.score ?? Infinity);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    const byHoldout = selectMethod(y, { seasonLengthWeeks: 12, criterion: 'holdout' });
    const maes = byHoldout.scores.map((s) => s.accuracy.mae ?? Infinity);
    expect([...maes].sort((a, b) => a - b)).toEqual(maes);
  });

  it('chooses an intermittent method or SES for intermittent demand', () => {
    const random = rng(3);
    const y = Array.from({ length: 80 }, () => (random() < 0.25 ? 1 + Math.floor(5 * random()) : 0));
    const selection = selectMethod(y);
    expect(['intermittent', 'lumpy']).toContain(selection.pattern);
    expect(['ses', 'croston', 'sba', 'tsb']).toContain(selection.method);
  });

  it('falls back to SES (SBA if intermittent) below 16 weeks of history', () => {
    expect(selectMethod([5, 6, 7, 5, 6]).method).toBe('ses');
    expect(selectMethod([0, 0, 4, 0, 0, 0, 3, 0, 0, 5]).method).toBe('sba');
    expect(selectMethod([5, 6, 7, 5, 6]).holdoutWeeks).toBe(0);
  });
});
