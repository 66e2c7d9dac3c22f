/**
 * Demo orders, drawn one history day at a time: a region by population share, a channel, lines drawn
 * from the demand model, then fulfilment against the simulated stock. An order ships from the location
 * serving its region when that location holds every SKU in stock, else from the central warehouse when
 * it does (C items, or the regional center is out), else short from the best of the two, with the
 * shortfall backordered. Timing: handling, then the lane's transit time (normal around its mean, with
 * occasional carrier delays, more in the holiday peak); promised_at = ordered_at + the SLA days in force.
 */
import type { orderLines, orders } from '@/db/schema';
import type { SeedCalendar } from './calendar';
import type { SkuModel } from './catalog';
import { B2B_EXTRA_CASES, B2B_EXTRA_UNITS, CHANNELS, EXTRA_LINES, drawChannel, type DemandModel } from './demand';
import { REGIONS, postalCodeIn, slaDaysOn, type NetworkModel } from './network';
import { cumulativeWeights, type SeededRandom } from './random';
import type { StockSimulation } from './stock';

const DAY_MS = 86_400_000;
/** Local hour-of-day profile of order placement (index = hour). */
const HOURLY = cumulativeWeights([1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2, 3.5, 4.5, 5, 5.2, 5.4, 5.4, 5.2, 5, 4.8, 4.6, 4.6, 4.8, 4.6, 3.8, 2.6, 1.6]);

export interface SeedLine {
  id: string;
  sku: number;
  qtyOrdered: number;
  qtyShipped: number;
  qtyShippedFirst: number;
  qtyBackordered: number;
  unitPriceCents: number;
}

export interface SeedOrder {
  id: string;
  externalRef: string;
  day: number;
  region: number;
  channel: number;
  postalCode: string;
  orderedAt: number;
  promisedAt: number;
  shippedAt: number | null;
  deliveredAt: number | null;
  lastEventAt: number;
  shipFrom: number;
  shippingCostCents: number;
  status: 'open' | 'shipped' | 'delivered';
  lines: SeedLine[];
}

export interface OrderContext {
  skus: SkuModel[];
  demand: DemandModel;
  network: NetworkModel;
  calendar: SeedCalendar;
  stock: StockSimulation;
  rng: SeededRandom;
  newId: () => string;
  nextRef: () => string;
}

const regionWeights = cumulativeWeights(REGIONS.map((r) => r.populationShare));

function inPeak(date: string): boolean {
  const md = date.slice(5);
  return md >= '11-25' && md <= '12-22';
}

function drawLines(ctx: OrderContext, day: number, b2b: boolean): { sku: number; qty: number }[] {
  const { rng, skus } = ctx;
  const table = ctx.demand.pickTables[day];
  if (!table) return [];
  const count = 1 + rng.poisson(b2b ? EXTRA_LINES.b2b : EXTRA_LINES.consumer);
  const bySku = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const s = rng.weightedIndex(table);
    const sku = skus[s];
    if (!sku) continue;
    const qty = b2b
      ? sku.casePack > 1
        ? sku.casePack * (1 + rng.poisson(B2B_EXTRA_CASES))
        : 1 + rng.poisson(B2B_EXTRA_UNITS)
      : 1 + rng.poisson(sku.consumerExtraUnits);
    bySku.set(s, (bySku.get(s) ?? 0) + qty);
  }
  return [...bySku].map(([sku, qty]) => ({ sku, qty }));
}

/** Picks the ship-from location for the lines (see the file comment). */
function chooseLocation(ctx: OrderContext, region: number, lines: { sku: number; qty: number }[]): number {
  const { stock, network } = ctx;
  const serving = network.servingLocation[region] ?? network.centralIndex;
  const central = network.centralIndex;
  const canFill = (l: number) => lines.every((x) => stock.stocked[stock.idx(x.sku, l)] && (stock.available[stock.idx(x.sku, l)] ?? 0) >= x.qty);
  const holdsAll = lines.every((x) => stock.stocked[stock.idx(x.sku, serving)]);
  if (holdsAll && canFill(serving)) return serving;
  if (canFill(central)) return central;
  return holdsAll ? serving : central;
}

/** Draws and fulfils the orders placed on one history day. */
export function ordersForDay(ctx: OrderContext, day: number): SeedOrder[] {
  const { rng, calendar, network, stock, skus } = ctx;
  const date = calendar.days[day] ?? '';
  const dayStart = calendar.starts[day] ?? 0;
  const dayEnd = calendar.starts[day + 1] ?? dayStart + DAY_MS;
  const peak = inPeak(date);
  const count = rng.poisson(ctx.demand.ordersPerDay[day] ?? 0);
  const times = Array.from({ length: count }, () => Math.min(dayEnd - 60_000, dayStart + (rng.weightedIndex(HOURLY) + rng.next()) * 3_600_000)).sort((a, b) => a - b);

  const out: SeedOrder[] = [];
  for (const orderedAt of times) {
    const region = rng.weightedIndex(regionWeights);
    const channel = drawChannel(rng);
    const channelSpec = CHANNELS[channel] ?? CHANNELS[0];
    const drawn = drawLines(ctx, day, channelSpec.b2b);
    if (!drawn.length) continue;
    const shipFrom = chooseLocation(ctx, region, drawn);
    const lane = network.lanes[shipFrom]?.[region];
    if (!lane) throw new Error('missing lane');

    const handlingDays = 0.05 + rng.exponential(0.15) + (peak ? rng.uniform(0, 0.4) : 0) + (channelSpec.b2b ? 0.2 : 0);
    const shippedAtPlanned = Math.round(orderedAt + handlingDays * DAY_MS);
    let transitDays = Math.max(lane.transitDays * 0.55, rng.normal(lane.transitDays, lane.transitDaysSd));
    if (rng.chance(peak ? 0.07 : 0.025)) transitDays += rng.uniform(1, 3); // carrier delay
    const deliveredAtPlanned = Math.round(shippedAtPlanned + transitDays * DAY_MS);
    const shipDay = calendar.dayIndexOf(shippedAtPlanned);
    const shipped = shippedAtPlanned < calendar.now;
    const delivered = deliveredAtPlanned < calendar.now;
    const costNoise = rng.uniform(0.94, 1.06);

    const order: SeedOrder = {
      id: ctx.newId(),
      externalRef: ctx.nextRef(),
      day,
      region,
      channel,
      postalCode: postalCodeIn(region, () => rng.next()),
      orderedAt,
      promisedAt: Math.round(orderedAt + slaDaysOn(network, region, date) * DAY_MS),
      shippedAt: shipped ? shippedAtPlanned : null,
      deliveredAt: delivered ? deliveredAtPlanned : null,
      lastEventAt: delivered ? deliveredAtPlanned : shipped ? shippedAtPlanned : orderedAt,
      shipFrom,
      shippingCostCents: 0,
      status: delivered ? 'delivered' : shipped ? 'shipped' : 'open',
      lines: [],
    };
    const costCentsPerUnit = lane.costPerUnit * 100 * costNoise;
    let firstUnits = 0;
    for (const { sku, qty } of drawn) {
      const model = skus[sku] as SkuModel;
      const taken = stock.allocate(sku, shipFrom, qty);
      stock.scheduleShipment(sku, shipFrom, taken, shipDay);
      const line: SeedLine = {
        id: ctx.newId(),
        sku,
        qtyOrdered: qty,
        qtyShipped: shipped ? taken : 0,
        qtyShippedFirst: shipped ? taken : 0,
        qtyBackordered: qty - taken,
        unitPriceCents: Math.round(model.unitPrice * channelSpec.priceFactor * 100),
      };
      if (shipped) firstUnits += taken;
      if (qty > taken) {
        stock.addBackorder(sku, shipFrom, {
          remaining: qty - taken,
          createdDay: day,
          fill(units, fillDay) {
            this.remaining -= units;
            line.qtyBackordered -= units;
            line.qtyShipped += units;
            order.shippingCostCents += Math.round(units * costCentsPerUnit);
            order.lastEventAt = Math.max(order.lastEventAt, (calendar.starts[fillDay] ?? 0) + 11 * 3_600_000);
          },
          cancel(units) {
            this.remaining -= units;
            line.qtyBackordered -= units;
          },
        });
      }
      order.lines.push(line);
    }
    order.shippingCostCents = Math.round(firstUnits * costCentsPerUnit);
    out.push(order);
  }
  return out;
}

export function orderRows(args: { tenantId: string; orders: SeedOrder[]; network: NetworkModel; skuIds: string[] }) {
  const { tenantId, network, skuIds } = args;
  const orderRowsOut: (typeof orders.$inferInsert)[] = [];
  const lineRows: (typeof orderLines.$inferInsert)[] = [];
  for (const o of args.orders) {
    const createdAt = new Date(o.orderedAt);
    const updatedAt = new Date(o.lastEventAt);
    orderRowsOut.push({
      tenantId, id: o.id, externalRef: o.externalRef, regionId: network.regionIds[o.region] as string, channel: CHANNELS[o.channel]?.name ?? 'web',
      shipToPostalCode: o.postalCode, shipToCountry: 'US', orderedAt: createdAt, promisedAt: new Date(o.promisedAt),
      shippedAt: o.shippedAt === null ? null : new Date(o.shippedAt), deliveredAt: o.deliveredAt === null ? null : new Date(o.deliveredAt),
      shipFromLocationId: network.locationIds[o.shipFrom] as string, shippingCost: o.shippingCostCents / 100, status: o.status, createdAt, updatedAt,
    });
    for (const l of o.lines) {
      lineRows.push({
        tenantId, id: l.id, orderId: o.id, skuId: skuIds[l.sku] as string, qtyOrdered: l.qtyOrdered, qtyShipped: l.qtyShipped,
        qtyShippedFirst: l.qtyShippedFirst, qtyBackordered: l.qtyBackordered, unitPrice: l.unitPriceCents / 100, createdAt, updatedAt,
      });
    }
  }
  return { orders: orderRowsOut, lines: lineRows };
}
