/**
 * Seasonal naive method (Hyndman & Athanasopoulos, FPP3 §5.2): the forecast of a week is the value observed one
 * season earlier, y_{T+h|T} = y_{T+h-m(k+1)} with k = floor((h-1)/m). With a season of one week (or a history
 * shorter than one season) it is the naive method y_{T+h|T} = y_T.
 */
import type { FittedModel } from './fitted-model';

/**
 * The season length actually usable for a history: `seasonLengthWeeks` when at least one full season has been
 * observed, else 1 (naive).
 * @param historyWeeks number of observed weeks
 * @param seasonLengthWeeks requested season length in weeks (52 for yearly seasonality of weekly data)
 */
export function usableSeasonLength(historyWeeks: number, seasonLengthWeeks: number | undefined): number {
  const m = Math.max(1, Math.floor(seasonLengthWeeks ?? 1));
  return historyWeeks > m ? m : 1;
}

function oneStep(series: readonly number[], m: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < series.length; t++) out.push(t >= m ? (series[t - m] ?? Number.NaN) : Number.NaN);
  return out;
}

/**
 * Fits the seasonal naive method.
 * @param history demand, units/week, oldest first (may be empty)
 * @param seasonLengthWeeks season length in weeks; falls back to 1 (naive) when the history is shorter than a season
 */
export function fitSeasonalNaive(history: readonly number[], seasonLengthWeeks?: number): FittedModel {
  const n = history.length;
  const m = usableSeasonLength(n, seasonLengthWeeks);
  const lastSeason = history.slice(Math.max(0, n - m));
  return {
    method: 'seasonal-naive',
    params: { seasonLengthWeeks: m },
    fitted: oneStep(history, m),
    forecast(horizonWeeks) {
      const out: number[] = [];
      for (let h = 1; h <= horizonWeeks; h++) {
        out.push(n === 0 ? 0 : (lastSeason[(h - 1) % lastSeason.length] ?? 0));
      }
      return out;
    },
    // FPP3 Table 5.2: sigma_h = sigma * sqrt(k + 1), k = floor((h - 1) / m).
    sigmaGrowth(horizonWeeks) {
      const out: number[] = [];
      for (let h = 1; h <= horizonWeeks; h++) out.push(Math.sqrt(Math.floor((h - 1) / m) + 1));
      return out;
    },
    oneStepAhead(series) {
      return oneStep(series, m);
    },
  };
}
