import type { WeeklySeries } from '@/server/services/forecasts/types';
import { forecastSeries, type ForecastChartSeries } from '../../../../_components/charts/forecast-series';

/** A stored run's weekly series (history, forecast and its 95 % band) as the forecast chart draws it. */
export function chartSeries(series: WeeklySeries, options: { historyWeeks?: number } = {}): ForecastChartSeries {
  const history = series.historyWeeks.map((week, i) => ({ week, units: series.history[i] ?? 0 }));
  const firstWeek = series.forecastWeeks[0];
  return forecastSeries(history, firstWeek ? { firstWeek, values: series.forecast, lower: series.lower, upper: series.upper } : null, options);
}

/** The prediction band stored with each forecast. */
export const BAND_LEVEL = 0.95;
