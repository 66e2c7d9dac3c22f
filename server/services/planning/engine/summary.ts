/** The tenant-level figures a run stores for the Forecasts page header (planning_runs.summary). */
import type { StoredForecastSummary } from '../../forecasts/summary';
import type { PlanningInputs } from '../inputs';
import { weeksFrom } from '../weeks';

/** Sums over the measured series' holdout weeks (the same weeks for the chosen method and seasonal naive). */
export interface AccuracyTally {
  /** Sum over series of MAE x holdout weeks = total absolute error, units. */
  maeH: number;
  naiveMaeH: number;
  /** Total signed error (forecast - actual), units. */
  biasH: number;
  naiveBiasH: number;
  /** Total actual units in the holdout weeks. */
  actual: number;
  mase: number[];
  naiveMase: number[];
  measured: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function buildSummary(args: {
  inputs: PlanningInputs;
  total: Float64Array;
  totalForecast: Float64Array;
  totalVariance: Float64Array;
  z: number;
  tally: AccuracyTally;
  counts: { byMethod: Record<string, number>; byPattern: Record<string, number>; byAbc: Record<string, number>; byXyz: Record<string, number> };
  skus: number;
  totalSeries: number;
}): StoredForecastSummary {
  const { inputs, tally } = args;
  const forecast = Array.from(args.totalForecast);
  const sd = Array.from(args.totalVariance, (v) => Math.sqrt(v));
  const hasActual = tally.actual > 0;
  return {
    series: {
      historyWeeks: weeksFrom(inputs.historyStartWeek, inputs.historyWeeks),
      history: Array.from(args.total),
      forecastWeeks: weeksFrom(inputs.asOfWeek, forecast.length),
      forecast,
      // Independent SKU errors: the total's sigma is the root of the summed variances.
      lower: forecast.map((v, k) => Math.max(0, v - args.z * (sd[k] ?? 0))),
      upper: forecast.map((v, k) => v + args.z * (sd[k] ?? 0)),
    },
    accuracy: {
      // MASE: mean over series; WAPE and bias: over all units of the holdout weeks (bias as a fraction of them).
      mase: mean(tally.mase),
      wape: hasActual ? tally.maeH / tally.actual : null,
      bias: hasActual ? tally.biasH / tally.actual : null,
      seasonalNaive: {
        mase: mean(tally.naiveMase),
        wape: hasActual ? tally.naiveMaeH / tally.actual : null,
        bias: hasActual ? tally.naiveBiasH / tally.actual : null,
      },
      measuredSeries: tally.measured,
      totalSeries: args.totalSeries,
    },
    counts: { skus: args.skus, ...args.counts },
  };
}
