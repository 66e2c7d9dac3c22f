/**
 * The demand model behind the demo orders. Each history day has an expected number of orders
 * (weekday pattern, Black Friday / Cyber Monday and a July sales event, the catalog's Q4 lift); each
 * order line draws a SKU in proportion to popularity x seasonality x trend on that day. The same
 * expectations (times a per-SKU forecast bias) drive the simulated replenishment in stock.ts.
 */
import type { SeedCalendar } from './calendar';
import type { SkuModel } from './catalog';
import { cumulativeWeights, type SeededRandom } from './random';

/** Orders over the 12 months of history (the expectation; the draw varies around it). */
export const TARGET_ORDERS_PER_YEAR = 30_000;
/** Days after the history that forecasts look ahead (the longest lead time plus cover). */
export const LOOKAHEAD_DAYS = 120;

export const CHANNELS = [
  { name: 'web', share: 0.56, b2b: false, priceFactor: 1 },
  { name: 'marketplace', share: 0.32, b2b: false, priceFactor: 0.95 },
  { name: 'b2b', share: 0.12, b2b: true, priceFactor: 0.72 },
] as const;
/** Mean lines per order: 1 + Poisson(extra). */
export const EXTRA_LINES = { consumer: 0.7, b2b: 3 } as const;
/** B2B line quantity: case pack x (1 + Poisson(0.8)), or 1 + Poisson(2.5) units for single-unit packs. */
export const B2B_EXTRA_CASES = 0.8;
export const B2B_EXTRA_UNITS = 2.5;

const WEEKDAY = [0.78, 1.12, 1.1, 1.06, 1.02, 0.98, 0.8]; // Sunday first
const WEEKDAY_MEAN = WEEKDAY.reduce((a, b) => a + b, 0) / 7;

export type AbcClass = 'A' | 'B' | 'C';

export interface DemandModel {
  /** Expected orders per history day. */
  ordersPerDay: Float64Array;
  /** Per history day: cumulative SKU weights for drawing a line's SKU. */
  pickTables: Float64Array[];
  /** [sku][day], day 0 .. HISTORY + LOOKAHEAD - 1: expected units per day over the whole network, without the weekday pattern. */
  expectedUnits: Float64Array[];
  abc: AbcClass[];
  /** Expected order lines over the history, per SKU (network-wide). */
  annualLines: number[];
  /** Expected consumption value (units x unit cost) over the history, per SKU. */
  annualValue: number[];
}

/** Day of the year of a date given as days after `startDate` (YYYY-MM-DD). */
function dayOfYear(startDate: string, offset: number): { doy: number; date: Date } {
  const date = new Date(Date.parse(`${startDate}T00:00:00Z`) + offset * 86_400_000);
  const doy = Math.round((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  return { doy, date };
}

/** Gaussian bump around a day of the year, wrapping over New Year. */
function bump(doy: number, center: number, width: number): number {
  let d = Math.abs(doy - center);
  d = Math.min(d, 365 - d);
  return Math.exp(-0.5 * (d / width) ** 2);
}

/** Black Friday (day after the 4th Thursday of November) and the days after it, plus a mid-July sales event. */
function eventFactor(date: Date): number {
  const year = date.getUTCFullYear();
  const nov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const thanksgiving = 1 + ((4 - nov1 + 7) % 7) + 21;
  const blackFriday = Date.UTC(year, 10, thanksgiving + 1);
  const offset = Math.round((date.getTime() - blackFriday) / 86_400_000);
  const holiday = [2.3, 1.5, 1.4, 2.1, 1.3][offset];
  if (holiday) return holiday;
  if (offset === -1) return 0.6; // Thanksgiving
  if (date.getUTCMonth() === 6 && (date.getUTCDate() === 14 || date.getUTCDate() === 15)) return 1.6;
  if (date.getUTCMonth() === 11 && date.getUTCDate() >= 24 && date.getUTCDate() <= 26) return 0.55;
  return 1;
}

/** The SKU's demand multiplier on a day (seasonality x trend x launch ramp), relative to its weight. */
function skuFactor(sku: SkuModel, doy: number, day: number): number {
  if (sku.launchDay > 0 && day < sku.launchDay) return 0;
  const ramp = sku.launchDay > 0 ? 1 - Math.exp(-(day - sku.launchDay + 1) / 21) : 1;
  const q4 = bump(doy, 341, 17) + 0.35 * bump(doy, 318, 10);
  const season = 1 + 0.25 * q4 + sku.seasonalAmplitude * q4 + sku.backToSchoolAmplitude * bump(doy, 228, 12);
  const trend = Math.max(0.05, 1 + sku.trendPerYear * (Math.min(day, 420) / 365 - 0.5));
  return season * trend * ramp;
}

/** Expected units of a SKU per line drawn, by channel kind. */
export function unitsPerLine(sku: SkuModel): { consumer: number; b2b: number } {
  return { consumer: 1 + sku.consumerExtraUnits, b2b: sku.casePack > 1 ? sku.casePack * (1 + B2B_EXTRA_CASES) : 1 + B2B_EXTRA_UNITS };
}

export function buildDemand(args: { skus: SkuModel[]; calendar: SeedCalendar }): DemandModel {
  const { skus, calendar } = args;
  const historyDays = calendar.days.length;
  const totalDays = historyDays + LOOKAHEAD_DAYS;
  const startDate = calendar.days[0] ?? '2025-11-01';
  const weightSum = skus.reduce((s, k) => s + k.weight, 0);
  const consumerShare = CHANNELS.filter((c) => !c.b2b).reduce((s, c) => s + c.share, 0);
  const b2bShare = 1 - consumerShare;

  const dayInfo = Array.from({ length: totalDays }, (_, d) => {
    const { doy, date } = dayOfYear(startDate, d);
    return { doy, event: eventFactor(date), weekday: (WEEKDAY[date.getUTCDay()] ?? 1) / WEEKDAY_MEAN };
  });
  const factors = skus.map((sku) => Float64Array.from(dayInfo, (info, d) => skuFactor(sku, info.doy, d)));

  // Relative orders per day: the catalog's mixture of seasonality, times weekday and events.
  const relativeOrders = new Float64Array(totalDays);
  for (let d = 0; d < totalDays; d++) {
    let mix = 0;
    for (let s = 0; s < skus.length; s++) mix += (skus[s]?.weight ?? 0) * (factors[s]?.[d] ?? 0);
    relativeOrders[d] = (mix / weightSum) * (dayInfo[d]?.event ?? 1);
  }
  let historyRelative = 0;
  for (let d = 0; d < historyDays; d++) historyRelative += (relativeOrders[d] ?? 0) * (dayInfo[d]?.weekday ?? 1);
  const baseOrders = TARGET_ORDERS_PER_YEAR / historyRelative;

  const ordersPerDay = Float64Array.from({ length: historyDays }, (_, d) => baseOrders * (relativeOrders[d] ?? 0) * (dayInfo[d]?.weekday ?? 1));
  const pickTables = Array.from({ length: historyDays }, (_, d) => cumulativeWeights(skus.map((k, s) => k.weight * (factors[s]?.[d] ?? 0))));

  // Units per order drawn for SKU s = P(pick s) x (lines per order x units per line), by channel kind.
  const expectedUnits = skus.map((sku, s) => {
    const perLine = unitsPerLine(sku);
    const unitsPerPick = consumerShare * (1 + EXTRA_LINES.consumer) * perLine.consumer + b2bShare * (1 + EXTRA_LINES.b2b) * perLine.b2b;
    return Float64Array.from({ length: totalDays }, (_, d) =>
      (baseOrders * (dayInfo[d]?.event ?? 1) * sku.weight * (factors[s]?.[d] ?? 0) * unitsPerPick) / weightSum,
    );
  });
  const linesPerOrder = consumerShare * (1 + EXTRA_LINES.consumer) + b2bShare * (1 + EXTRA_LINES.b2b);
  const annualLines = skus.map((sku, s) => {
    let lines = 0;
    for (let d = 0; d < historyDays; d++) lines += (baseOrders * (dayInfo[d]?.event ?? 1) * sku.weight * (factors[s]?.[d] ?? 0) * linesPerOrder) / weightSum;
    return lines;
  });
  const annualValue = skus.map((sku, s) => {
    let units = 0;
    for (let d = 0; d < historyDays; d++) units += expectedUnits[s]?.[d] ?? 0;
    return units * sku.unitCost;
  });

  // ABC by expected consumption value: A = first 80 %, B = next 15 %, C = the tail.
  const order = skus.map((_, s) => s).sort((a, b) => (annualValue[b] ?? 0) - (annualValue[a] ?? 0));
  const totalValue = annualValue.reduce((a, b) => a + b, 0);
  const abc: AbcClass[] = skus.map(() => 'C');
  let running = 0;
  for (const s of order) {
    abc[s] = running < 0.8 * totalValue ? 'A' : running < 0.95 * totalValue ? 'B' : 'C';
    running += annualValue[s] ?? 0;
  }
  return { ordersPerDay, pickTables, expectedUnits, abc, annualLines, annualValue };
}

/** Draws an order's channel index. */
export function drawChannel(rng: SeededRandom): number {
  const u = rng.next();
  let acc = 0;
  for (let i = 0; i < CHANNELS.length; i++) {
    acc += CHANNELS[i]?.share ?? 0;
    if (u < acc) return i;
  }
  return CHANNELS.length - 1;
}
