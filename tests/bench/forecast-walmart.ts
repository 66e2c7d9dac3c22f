/**
 * Forecast accuracy on the Walmart 45-store weekly sales (each store a region, weekly sales as demand).
 *
 * 1. Rolling origin, one step: for each of the last 26 weeks t, fit on every week before t, forecast week t
 *    (refitted at every origin), and compare `auto` with seasonal naive (season 52) by WAPE per store and overall.
 * 2. Seasonality from one or two years (DESIGN.md §5, "Seasonality from one year"): train on only the first 52
 *    (then 104) weeks of every store, forecast the following 52 (then the remaining 39) weeks from that one origin,
 *    and compare the non-seasonal selection (`auto` without a season), the per-series seasonal selection
 *    (`auto`, season 52: Holt-Winters from two seasons, seasonal naive), seasonal indices pooled across the 45
 *    stores (`estimateSeasonalProfile` on the training weeks only, then `auto` with the profile: deseasonalise,
 *    SES / damped Holt, reseasonalise; FPP3 §5.7 and §12.1; Withycombe 1989; Miller & Williams 2003 shrinkage)
 *    and seasonal naive, by WAPE (sum |e| / sum y) and MASE (mean over stores of MAE / in-sample naive MAE of the
 *    training weeks, seasonal naive with m = 52 once the training holds more than a season: Hyndman & Koehler
 *    2006; FPP3 §5.8).
 *
 * Usage: npx tsx tests/bench/run.ts forecast-walmart [--stores=1,2,3] [--weeks=26]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  estimateSeasonalProfile,
  forecast,
  naiveScale,
  type ForecastMethod,
  type SeasonalProfile,
} from '@/server/planning/forecast';
import { usableSeasonLength } from '@/server/planning/forecast/seasonal-naive';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Location of the dataset, outside the repository (test-only data, see its SOURCE.md). */
export const WALMART_CSV = path.resolve(
  repoRoot,
  '..',
  'shared',
  'data',
  'walmart_45_stores',
  'walmart-sales-dataset-of-45stores.csv',
);

/** Weekly sales per store, oldest first, from the CSV (columns Store, Date (ISO), Weekly_Sales, ...). */
export function loadWalmartSeries(file = WALMART_CSV): Map<number, number[]> {
  if (!existsSync(file)) {
    throw new Error(`Walmart dataset not found at ${file}: copy walmart-sales-dataset-of-45stores.csv there (see SOURCE.md)`);
  }
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  const storeCol = header.indexOf('Store');
  const dateCol = header.indexOf('Date');
  const salesCol = header.indexOf('Weekly_Sales');
  if (storeCol < 0 || dateCol < 0 || salesCol < 0) throw new Error(`unexpected header in ${file}: ${lines[0]}`);
  const rows = new Map<number, { date: string; sales: number }[]>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const store = Number(cells[storeCol]);
    const sales = Number(cells[salesCol]);
    const date = cells[dateCol] ?? '';
    if (!Number.isFinite(store) || !Number.isFinite(sales)) throw new Error(`bad row in ${file}: ${line}`);
    const list = rows.get(store) ?? [];
    list.push({ date, sales });
    rows.set(store, list);
  }
  const series = new Map<number, number[]>();
  for (const [store, list] of [...rows].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.date.localeCompare(b.date));
    series.set(store, list.map((r) => r.sales));
  }
  return series;
}

export interface StoreResult {
  readonly store: number;
  readonly wapeAuto: number;
  readonly wapeSnaive: number;
  readonly absErrorAuto: number;
  readonly absErrorSnaive: number;
  readonly actualTotal: number;
  readonly methods: Partial<Record<ForecastMethod, number>>;
}

/**
 * Rolling-origin one-step evaluation of one store over its last `testWeeks` weeks.
 * @param sales weekly sales (the store's demand), oldest first
 */
export function evaluateStore(store: number, sales: readonly number[], testWeeks = 26): StoreResult {
  let absErrorAuto = 0;
  let absErrorSnaive = 0;
  let actualTotal = 0;
  const methods: Partial<Record<ForecastMethod, number>> = {};
  for (let t = sales.length - testWeeks; t < sales.length; t++) {
    const history = sales.slice(0, t);
    const actual = sales[t] ?? 0;
    const auto = forecast(history, { horizon: 1, seasonLength: 52, method: 'auto' });
    const snaive = forecast(history, { horizon: 1, seasonLength: 52, method: 'seasonal-naive' });
    absErrorAuto += Math.abs(actual - (auto.values[0] ?? 0));
    absErrorSnaive += Math.abs(actual - (snaive.values[0] ?? 0));
    actualTotal += Math.abs(actual);
    methods[auto.method] = (methods[auto.method] ?? 0) + 1;
  }
  return {
    store,
    wapeAuto: absErrorAuto / actualTotal,
    wapeSnaive: absErrorSnaive / actualTotal,
    absErrorAuto,
    absErrorSnaive,
    actualTotal,
    methods,
  };
}

/** Overall WAPE of several stores (total absolute error over total actual). */
export function overall(results: readonly StoreResult[]): { wapeAuto: number; wapeSnaive: number; improvement: number } {
  const total = results.reduce((s, r) => s + r.actualTotal, 0);
  const wapeAuto = results.reduce((s, r) => s + r.absErrorAuto, 0) / total;
  const wapeSnaive = results.reduce((s, r) => s + r.absErrorSnaive, 0) / total;
  return { wapeAuto, wapeSnaive, improvement: 1 - wapeAuto / wapeSnaive };
}

/** Forecasting approaches compared from one origin after the training weeks. */
export const APPROACHES = ['nonSeasonal', 'perSeries', 'pooled', 'seasonalNaive'] as const;
export type Approach = (typeof APPROACHES)[number];

export interface TrainingWindowResult {
  readonly trainWeeks: number;
  readonly testWeeks: number;
  readonly stores: number;
  /** Overall WAPE (fraction) per approach. */
  readonly wape: Record<Approach, number>;
  /** Mean over stores of MASE (dimensionless) per approach. */
  readonly mase: Record<Approach, number>;
  /** The profile pooled across the stores' training weeks. */
  readonly profile: SeasonalProfile;
  /** Methods chosen with the pooled profile ("+profile" when applied). */
  readonly pooledMethods: Record<string, number>;
}

/**
 * Trains on the first `trainWeeks` weeks of every store and forecasts the next `testWeeks` weeks from that origin.
 * @param series weekly sales per store, all on the same calendar
 */
export function evaluateTrainingWindow(
  series: ReadonlyMap<number, readonly number[]>,
  trainWeeks: number,
  testWeeks: number,
): TrainingWindowResult {
  const stores = [...series.values()].filter((s) => s.length >= trainWeeks + testWeeks);
  const training = stores.map((s) => s.slice(0, trainWeeks));
  const profile = estimateSeasonalProfile(training, { periodLength: 52 });
  const absError = { nonSeasonal: 0, perSeries: 0, pooled: 0, seasonalNaive: 0 };
  const maseSum = { nonSeasonal: 0, perSeries: 0, pooled: 0, seasonalNaive: 0 };
  const pooledMethods: Record<string, number> = {};
  let actualTotal = 0;
  stores.forEach((sales, i) => {
    const history = training[i] ?? [];
    const future = sales.slice(trainWeeks, trainWeeks + testWeeks);
    const pooled = forecast(history, { horizon: testWeeks, seasonLength: 52, seasonalProfile: profile });
    const key = `${pooled.method}${pooled.seasonality === 'profile' ? '+profile' : ''}`;
    pooledMethods[key] = (pooledMethods[key] ?? 0) + 1;
    const forecasts: Record<Approach, number[]> = {
      nonSeasonal: forecast(history, { horizon: testWeeks }).values,
      perSeries: forecast(history, { horizon: testWeeks, seasonLength: 52 }).values,
      pooled: pooled.values,
      seasonalNaive: forecast(history, { horizon: testWeeks, seasonLength: 52, method: 'seasonal-naive' }).values,
    };
    const scale = naiveScale(history, usableSeasonLength(history.length, 52)) ?? Number.NaN;
    for (const approach of APPROACHES) {
      let e = 0;
      future.forEach((y, h) => (e += Math.abs(y - (forecasts[approach][h] ?? 0))));
      absError[approach] += e;
      maseSum[approach] += e / future.length / scale;
    }
    actualTotal += future.reduce((a, y) => a + Math.abs(y), 0);
  });
  const per = (f: (a: Approach) => number) =>
    Object.fromEntries(APPROACHES.map((a) => [a, f(a)])) as Record<Approach, number>;
  return {
    trainWeeks,
    testWeeks,
    stores: stores.length,
    wape: per((a) => absError[a] / actualTotal),
    mase: per((a) => maseSum[a] / stores.length),
    profile,
    pooledMethods,
  };
}

function argValue(args: string[], name: string): string | undefined {
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export default async function forecastWalmart(args: string[]): Promise<Record<string, number | string>> {
  const series = loadWalmartSeries();
  const testWeeks = Number(argValue(args, 'weeks') ?? 26);
  const only = argValue(args, 'stores')?.split(',').map(Number);
  const started = performance.now();
  const results: StoreResult[] = [];
  const methodCounts: Partial<Record<ForecastMethod, number>> = {};
  console.log('store  weeks  wape_auto  wape_snaive  improvement  methods chosen');
  for (const [store, sales] of series) {
    if (only && !only.includes(store)) continue;
    const r = evaluateStore(store, sales, testWeeks);
    results.push(r);
    for (const [m, c] of Object.entries(r.methods)) methodCounts[m as ForecastMethod] = (methodCounts[m as ForecastMethod] ?? 0) + c;
    const chosen = Object.entries(r.methods).map(([m, c]) => `${m}:${c}`).join(' ');
    console.log(
      `${String(store).padStart(5)}  ${String(sales.length).padStart(5)}  ${(100 * r.wapeAuto).toFixed(2).padStart(8)}%  ${(100 * r.wapeSnaive).toFixed(2).padStart(10)}%  ${(100 * (1 - r.wapeAuto / r.wapeSnaive)).toFixed(1).padStart(10)}%  ${chosen}`,
    );
  }
  const o = overall(results);
  console.log(`overall: WAPE auto ${(100 * o.wapeAuto).toFixed(2)}%, seasonal naive ${(100 * o.wapeSnaive).toFixed(2)}%, improvement ${(100 * o.improvement).toFixed(1)}%`);
  console.log(`methods chosen: ${Object.entries(methodCounts).map(([m, c]) => `${m}=${c}`).join(', ')}`);

  const windows: Record<string, number> = {};
  console.log('\nseasonality from one / two years: train on the first T weeks, forecast the next H from one origin');
  console.log('  T    H  approach        WAPE     MASE');
  for (const [trainWeeks, horizon] of [
    [52, 52],
    [104, 39],
  ] as const) {
    const w = evaluateTrainingWindow(only ? new Map([...series].filter(([s]) => only.includes(s))) : series, trainWeeks, horizon);
    for (const a of APPROACHES) {
      console.log(`${String(trainWeeks).padStart(3)}  ${String(horizon).padStart(3)}  ${a.padEnd(14)} ${(100 * w.wape[a]).toFixed(2).padStart(6)}%  ${w.mase[a].toFixed(3).padStart(7)}`);
      windows[`wape_${trainWeeks}_${a}`] = w.wape[a];
      windows[`mase_${trainWeeks}_${a}`] = w.mase[a];
    }
    console.log(`     pooled profile: ${w.stores} stores, shrinkage ${w.profile.shrinkage.toFixed(3)}, indices ${Math.min(...w.profile.indices).toFixed(2)}..${Math.max(...w.profile.indices).toFixed(2)}; methods ${JSON.stringify(w.pooledMethods)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${seconds.toFixed(1)} s`);
  return {
    stores: results.length,
    test_weeks: testWeeks,
    wape_auto: o.wapeAuto,
    wape_snaive: o.wapeSnaive,
    improvement: o.improvement,
    ...windows,
    seconds,
  };
}
