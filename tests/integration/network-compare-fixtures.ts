/**
 * The article's electronics importer (/work/shared/seed/distributed-inventory-article.txt, "Practical Examples &
 * Comparative Data") as DATA in a tenant: locations, regions with SLAs, lanes, a supplier, SKUs and 90 days of
 * orders. Nothing of the article's table is typed in; the comparison computes it from these rows.
 *
 * Data (illustrative, chosen to be realistic, not taken from the article):
 * - Regions and demand shares: US Census Bureau 2020 population shares by census region, rounded
 *   (South 38%, West 24%, Midwest 21%, Northeast 17%). SLA: delivery within 3 days, 95% cycle service level.
 * - The central warehouse sits by the port of Los Angeles (where the containers land); regional centers in
 *   Los Angeles, Chicago, Atlanta and New Jersey. Parcel lanes: ground transit days and cost per unit by zone;
 *   every regional center can also ship to the other regions (5 days, $12.50), as back-up.
 * - Three SKUs (earbuds $38, smart speaker $72, tablet $165 landed unit cost), holding rate 25%/year; daily demand
 *   per region with a coefficient of variation of 0.64 (alternating busy and quiet days), regions independent.
 * - One supplier in Asia: 35 days lead time (ocean + drayage), sd 3.8 days; locations reorder daily
 *   (review period 1 day: `ARTICLE_PARAMETERS`).
 */
import { withTenant, type Database } from '@/db/client';
import { lanes, locations, orderLines, orders, regions, skus, slas, suppliers } from '@/db/schema';
import { newId } from '@/db/schema/ids';

export const ARTICLE_WINDOW = { asOf: '2026-06-14', windowDays: 90 } as const;
export const ARTICLE_PARAMETERS = { ...ARTICLE_WINDOW, reviewPeriodDays: 1 } as const;

const REGIONS = [
  { code: 'US-W', name: 'West', share: 0.24 },
  { code: 'US-MW', name: 'Midwest', share: 0.21 },
  { code: 'US-S', name: 'South', share: 0.38 },
  { code: 'US-NE', name: 'Northeast', share: 0.17 },
] as const;
type RegionCode = (typeof REGIONS)[number]['code'];

const BACKUP: [number, number] = [5, 12.5];
/** [transit days, cost per unit] from each location to each region. */
const LANES: Record<string, Record<RegionCode, [number, number]>> = {
  'LAX-CDC': { 'US-W': [2, 4.0], 'US-MW': [6, 9.0], 'US-S': [6, 10.0], 'US-NE': [7, 10.88] },
  'LAX-RC': { 'US-W': [2, 4.0], 'US-MW': BACKUP, 'US-S': BACKUP, 'US-NE': BACKUP },
  'ORD-RC': { 'US-W': BACKUP, 'US-MW': [2, 4.2], 'US-S': BACKUP, 'US-NE': BACKUP },
  'ATL-RC': { 'US-W': BACKUP, 'US-MW': BACKUP, 'US-S': [2, 4.3], 'US-NE': BACKUP },
  'EWR-RC': { 'US-W': BACKUP, 'US-MW': BACKUP, 'US-S': BACKUP, 'US-NE': [2.5, 4.26] },
};
export const CENTRAL_CODE = 'LAX-CDC';
export const REGIONAL_CODES = ['ATL-RC', 'EWR-RC', 'LAX-RC', 'ORD-RC'];

const SKUS = [
  { code: 'EARBUDS', name: 'Wireless earbuds', unitCost: 38, demandPerDay: 2780 },
  { code: 'SPEAKER', name: 'Smart speaker', unitCost: 72, demandPerDay: 1290 },
  { code: 'TABLET', name: 'Tablet 10"', unitCost: 165, demandPerDay: 477 },
];
const DEMAND_CV = 0.64;

export const ARTICLE_LEAD_TIME = { days: 35, sdDays: 3.8 } as const;
export const ARTICLE_SKUS = SKUS;

/** Units ordered per day of each SKU in each region over the window (what the orders below hold). */
export function articleDailyDemand(): { sku: string; unitCost: number; region: string; daily: number[] }[] {
  const n = ARTICLE_WINDOW.windowDays;
  const swing = DEMAND_CV * Math.sqrt((n - 1) / n);
  return SKUS.flatMap((sku) =>
    REGIONS.map((region) => {
      const mean = sku.demandPerDay * region.share;
      return { sku: sku.code, unitCost: sku.unitCost, region: region.code, daily: Array.from({ length: n }, (_, d) => Math.round(mean * (1 + (d % 2 === 0 ? swing : -swing)))) };
    }),
  );
}

export interface ArticleNetwork {
  locationIds: Record<string, string>;
  regionIds: Record<string, string>;
}

/** Local order days ending on `asOf`, oldest first. */
function days(asOf: string, count: number): string[] {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

export async function buildArticleNetwork(db: Database, tenantId: string): Promise<ArticleNetwork> {
  return withTenant(db, tenantId, async (tx) => {
    const [supplier] = await tx.insert(suppliers).values({ tenantId, code: 'SUP-SZX', name: 'Shenzhen assembler', country: 'CN', leadTimeDays: ARTICLE_LEAD_TIME.days, leadTimeSdDays: ARTICLE_LEAD_TIME.sdDays }).returning();
    const skuRows = await tx
      .insert(skus)
      .values(SKUS.map((s) => ({ tenantId, code: s.code, name: s.name, unitCost: s.unitCost, unitPrice: s.unitCost * 2, supplierId: supplier!.id })))
      .returning();
    const locationRows = await tx
      .insert(locations)
      .values(
        Object.keys(LANES).map((code) => ({
          tenantId,
          code,
          name: code === CENTRAL_CODE ? 'Los Angeles central warehouse' : `${code.slice(0, 3)} regional center`,
          kind: code === CENTRAL_CODE ? ('warehouse' as const) : ('dc' as const),
          country: 'US',
          isCentral: code === CENTRAL_CODE,
          holdingRate: 0.25,
          fixedCostMonth: code === CENTRAL_CODE ? 75_000 : 25_000,
          handlingCostUnit: 0,
        })),
      )
      .returning();
    const regionRows = await tx.insert(regions).values(REGIONS.map((r) => ({ tenantId, code: r.code, name: r.name, country: 'US' }))).returning();
    const locationIds = Object.fromEntries(locationRows.map((l) => [l.code, l.id]));
    const regionIds = Object.fromEntries(regionRows.map((r) => [r.code, r.id]));
    await tx.insert(slas).values(REGIONS.map((r) => ({ tenantId, regionId: regionIds[r.code]!, effectiveFrom: '2025-01-01', targetDeliveryDays: 3, targetFillRate: 0.95, targetCycleServiceLevel: 0.95 })));
    await tx.insert(lanes).values(
      Object.entries(LANES).flatMap(([code, byRegion]) =>
        REGIONS.map((r) => ({ tenantId, locationId: locationIds[code]!, regionId: regionIds[r.code]!, mode: 'parcel' as const, transitDays: byRegion[r.code][0], costPerUnit: byRegion[r.code][1] })),
      ),
    );

    // One order per region and day, one line per SKU: busy and quiet days alternate around the mean, so the
    // sample sd of daily demand over the window is DEMAND_CV x mean.
    const window = days(ARTICLE_WINDOW.asOf, ARTICLE_WINDOW.windowDays);
    const demand = articleDailyDemand();
    const orderValues: (typeof orders.$inferInsert)[] = [];
    const lineValues: (typeof orderLines.$inferInsert)[] = [];
    window.forEach((day, d) => {
      for (const region of REGIONS) {
        const id = newId();
        orderValues.push({ tenantId, id, externalRef: `${region.code}-${day}`, regionId: regionIds[region.code]!, orderedAt: new Date(`${day}T17:00:00Z`), status: 'open' });
        SKUS.forEach((sku, s) => {
          const qty = demand.find((x) => x.sku === sku.code && x.region === region.code)!.daily[d]!;
          lineValues.push({ tenantId, orderId: id, skuId: skuRows[s]!.id, qtyOrdered: qty, unitPrice: sku.unitCost * 2 });
        });
      }
    });
    await tx.insert(orders).values(orderValues);
    await tx.insert(orderLines).values(lineValues);
    return { locationIds, regionIds };
  });
}
