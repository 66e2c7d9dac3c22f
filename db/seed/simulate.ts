/**
 * Builds every tenant row of the demo importer in memory (no database): network, catalog, 12 months of
 * orders fulfilled against a day-by-day stock simulation, today's stock, and the rollups. Deterministic:
 * the same arguments give the same rows.
 */
import { buildCalendar, type SeedCalendar } from './calendar';
import { buildCatalog } from './catalog';
import { buildDemand } from './demand';
import { buildNetwork } from './network';
import { orderRows, ordersForDay, type SeedOrder } from './orders';
import { SeededRandom } from './random';
import { inventoryDailyRows, kpiDailyRows } from './rollups';
import { StockSimulation } from './stock';
import { pipelineDocuments } from './pipeline-documents';

export const SEED_LABEL = 'footprint-demo-v1';

export interface TenantDataArgs {
  tenantId: string;
  providerId: string;
  actorId: string | null;
  newId: () => string;
}

export function buildTenantData(args: TenantDataArgs) {
  const { tenantId, newId } = args;
  const calendar: SeedCalendar = buildCalendar();
  const historyStart = new Date(calendar.starts[0] ?? 0);
  const now = new Date(calendar.now);
  const network = buildNetwork({ tenantId, providerId: args.providerId, newId, createdAt: historyStart });
  const catalog = buildCatalog({ tenantId, newId, rng: new SeededRandom(`${SEED_LABEL}:catalog`), createdAt: historyStart });
  const demand = buildDemand({ skus: catalog.skus, calendar });
  const stock = new StockSimulation(catalog.skus, demand, network, new SeededRandom(`${SEED_LABEL}:stock`));

  let refCounter = 100_000;
  const ctx = {
    skus: catalog.skus,
    demand,
    network,
    calendar,
    stock,
    rng: new SeededRandom(`${SEED_LABEL}:orders`),
    newId,
    nextRef: () => `SO-${++refCounter}`,
  };
  stock.initialise();
  const orders: SeedOrder[] = [];
  const series: { units: number[]; valueCents: number[] }[] = [];
  for (let day = 0; day < calendar.days.length; day++) {
    stock.startDay(day);
    for (const order of ordersForDay(ctx, day)) orders.push(order);
    stock.endDay(day);
    series.push(stock.totals());
  }

  const skuIds = catalog.skus.map((s) => s.id);
  const { levels, movements } = stock.finalRows({ tenantId, newId, historyDays: calendar.days.length, now, skuIds, actorId: args.actorId });
  const documents = pipelineDocuments({
    tenantId,
    newId,
    entries: stock.openPipeline(calendar.days.length),
    historyDays: calendar.days.length,
    dayStart: (day) => (day < calendar.starts.length ? (calendar.starts[day] ?? 0) : (calendar.starts[calendar.starts.length - 1] ?? 0) + (day - calendar.starts.length + 1) * 86_400_000),
    skuIds,
    skuSupplierIds: catalog.skus.map((s) => catalog.supplierIds[s.supplierIndex] as string),
    skuUnitCosts: catalog.skus.map((s) => s.unitCost),
    locationIds: network.locationIds,
    centralIndex: network.centralIndex,
    actorId: args.actorId,
  });
  const { orders: orderRowList, lines } = orderRows({ tenantId, orders, network, skuIds });
  return {
    calendar,
    catalog,
    demand,
    network,
    orders,
    simulation: stock.counts,
    rows: {
      ...network.rows,
      suppliers: catalog.rows.suppliers,
      skus: catalog.rows.skus,
      stockLevels: levels,
      stockMovements: movements,
      ...documents,
      orders: orderRowList,
      orderLines: lines,
      kpiDaily: kpiDailyRows({ tenantId, orders, skus: catalog.skus, network, calendar, newId, now }),
      inventoryDaily: inventoryDailyRows({ tenantId, series, network, calendar, newId, now }),
    },
  };
}
