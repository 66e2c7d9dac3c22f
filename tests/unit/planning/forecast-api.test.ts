import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forecast, FORECAST_METHODS, type ForecastMethod } from '@/server/planning/forecast';

function isClean(values: readonly number[] | undefined): boolean {
  return values !== undefined && values.every((v) => Number.isFinite(v) && v >= 0);
}

describe('forecast() edge cases', () => {
  it('forecasts zero with zero sigma for an empty history', () => {
    const r = forecast([], { horizon: 3 });
    expect(r.values).toEqual([0, 0, 0]);
    expect(r.sigma).toBe(0);
    expect(r.lower).toEqual([0, 0, 0]);
    expect(r.upper).toEqual([0, 0, 0]);
    expect(r.pattern).toBe('none');
  });

  it('forecasts zero for an all-zero history', () => {
    const r = forecast(new Array<number>(60).fill(0), { horizon: 4, seasonLength: 52 });
    expect(r.values).toEqual([0, 0, 0, 0]);
    expect(r.sigma).toBe(0);
  });

  it('repeats the single value of a length-1 history', () => {
    const r = forecast([7], { horizon: 2 });
    expect(r.values).toEqual([7, 7]);
    expect(r.sigma).toBe(0);
    expect(isClean(r.upper)).toBe(true);
  });

  it('forecasts a constant history as that constant, with every method', () => {
    const y = new Array<number>(110).fill(12.5);
    expect(forecast(y, { horizon: 5, seasonLength: 52 }).values.every((v) => Math.abs(v - 12.5) < 1e-9)).toBe(true);
    for (const method of FORECAST_METHODS) {
      const r = forecast(y, { horizon: 5, seasonLength: 52, method });
      r.values.forEach((v) => expect(v).toBeCloseTo(method === 'sba' ? 12.5 * (1 - Number(r.params.alphaInterval) / 2) : 12.5, 6));
    }
  });

  it('widens intervals with the level and with the horizon', () => {
    const y = Array.from({ length: 40 }, (_, t) => 100 + ((t * 37) % 11));
    const r80 = forecast(y, { horizon: 4, method: 'ses', level: 0.8 });
    const r95 = forecast(y, { horizon: 4, method: 'ses', level: 0.95 });
    expect((r95.upper?.[0] ?? 0) - (r95.lower?.[0] ?? 0)).toBeGreaterThan((r80.upper?.[0] ?? 0) - (r80.lower?.[0] ?? 0));
    expect(r95.sigmaByHorizon[3]).toBeGreaterThanOrEqual(r95.sigmaByHorizon[0] ?? Infinity);
  });

  it('reports holdout accuracy and a candidate ranking in auto mode', () => {
    const y = Array.from({ length: 40 }, (_, t) => 100 + ((t * 37) % 11));
    const r = forecast(y, { horizon: 1 });
    expect(r.accuracy?.weeks).toBe(10);
    expect(r.candidates?.[0]?.method).toBe(r.method);
  });

  it('rejects invalid input', () => {
    expect(() => forecast([1, Number.NaN], { horizon: 1 })).toThrow(RangeError);
    expect(() => forecast([1, 2], { horizon: -1 })).toThrow(RangeError);
    expect(() => forecast([1, 2], { horizon: 1, method: 'holt-winters-additive', seasonLength: 52 })).toThrow(/cannot be fitted/);
    expect(() => forecast([1, 2], { horizon: 1, method: 'nope' as ForecastMethod })).toThrow(/unknown method/);
  });
});

describe('forecast() properties', () => {
  const series = fc.array(
    fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1e5, noNaN: true })),
    { minLength: 0, maxLength: 70 },
  );

  it('gives finite, non-negative forecasts and ordered intervals for any non-negative history', () => {
    fc.assert(
      fc.property(
        series,
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(undefined, 4, 12),
        (history, horizon, seasonLength) => {
          const r = forecast(history, { horizon, seasonLength });
          expect(r.values).toHaveLength(horizon);
          expect(isClean(r.values)).toBe(true);
          expect(Number.isFinite(r.sigma) && r.sigma >= 0).toBe(true);
          expect(isClean(r.lower) && isClean(r.upper)).toBe(true);
          r.values.forEach((v, i) => {
            expect(r.lower?.[i] ?? NaN).toBeLessThanOrEqual(v);
            expect(r.upper?.[i] ?? NaN).toBeGreaterThanOrEqual(v);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives finite, non-negative forecasts with every forced method that can be fitted', () => {
    fc.assert(
      fc.property(series, fc.constantFrom(...FORECAST_METHODS), (history, method) => {
        let r;
        try {
          r = forecast(history, { horizon: 6, seasonLength: 4, method });
        } catch (error) {
          expect(String(error)).toMatch(/cannot be fitted/);
          return;
        }
        expect(isClean(r.values)).toBe(true);
        expect(Number.isFinite(r.sigma)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('forecasts any constant positive history as that constant (auto)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 120 }), (c, n) => {
        const r = forecast(new Array<number>(n).fill(c), { horizon: 3, seasonLength: 52 });
        r.values.forEach((v) => expect(Math.abs(v - c)).toBeLessThanOrEqual(1e-6 * c));
      }),
      { numRuns: 60 },
    );
  });
});
