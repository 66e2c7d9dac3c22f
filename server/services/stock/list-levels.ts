import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgSelect } from 'drizzle-orm/pg-core';
import { locations, skus, stockLevels } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { pageOf, searchCondition } from '../listing/query';
import type { StockLevelsInput } from './schemas';

export interface StockLevelRow {
  /** Stable row key: the balance id (detail), the SKU id (by-sku) or the location id (by-location). */
  key: string;
  skuId: string | null;
  skuCode: string | null;
  skuName: string | null;
  locationId: string | null;
  locationCode: string | null;
  locationName: string | null;
  onHand: number;
  reserved: number;
  available: number;
  inbound: number;
  onOrder: number;
  /** on hand x unit cost, in the tenant currency. */
  value: number;
  /** by-sku: locations holding the SKU; by-location: SKUs held there; detail: 1. */
  spread: number;
  updatedAt: Date | null;
}

const num = (e: SQL) => sql<number>`coalesce(${e}, 0)`.mapWith(Number);

/**
 * Stock balances with server-side search, filters, sort and paging, in three views: one row per
 * SKU x location (detail), totals per SKU across locations (by-sku), totals per location (by-location).
 */
export async function listStockLevels({ ctx, input }: { ctx: TenantServiceContext; input: StockLevelsInput }) {
  const f = input.filters;
  const conditions: (SQL | undefined)[] = [eq(stockLevels.tenantId, ctx.tenant.id)];
  if (f.skuId) conditions.push(eq(stockLevels.skuId, f.skuId));
  if (f.locationId) conditions.push(eq(stockLevels.locationId, f.locationId));
  if (f.hideEmpty ?? true) {
    conditions.push(sql`(${stockLevels.onHand} <> 0 or ${stockLevels.inbound} <> 0 or ${stockLevels.onOrder} <> 0 or ${stockLevels.reserved} <> 0)`);
  }
  // In a grouped view, search what the rows are: SKUs or locations.
  const bySku = [skus.code, skus.name];
  const byLocation = [locations.code, locations.name];
  conditions.push(searchCondition(input.view === 'by-sku' ? bySku : input.view === 'by-location' ? byLocation : [...bySku, ...byLocation], input.search));
  const where = and(...conditions);
  /** The tenant's balances joined to their SKU and location, filtered. */
  const scoped = <T extends PgSelect>(q: T) =>
    q
      .innerJoin(skus, and(eq(skus.tenantId, stockLevels.tenantId), eq(skus.id, stockLevels.skuId)))
      .innerJoin(locations, and(eq(locations.tenantId, stockLevels.tenantId), eq(locations.id, stockLevels.locationId)))
      .where(where);
  const count = async (expr: SQL) => {
    const [row] = await scoped(ctx.tx.select({ total: sql<number>`${expr}`.mapWith(Number) }).from(stockLevels).$dynamic());
    return row?.total ?? 0;
  };
  const dir = input.direction === 'asc' ? asc : desc;

  if (input.view === 'detail') {
    const value = sql`${stockLevels.onHand} * ${skus.unitCost}`;
    const order: Record<StockLevelsInput['sort'], SQL | AnyPgColumn> = {
      sku: skus.code,
      location: locations.code,
      onHand: stockLevels.onHand,
      available: sql`${stockLevels.onHand} - ${stockLevels.reserved}`,
      reserved: stockLevels.reserved,
      inbound: stockLevels.inbound,
      onOrder: stockLevels.onOrder,
      value,
      updatedAt: stockLevels.updatedAt,
    };
    const fields = {
      key: stockLevels.id,
      skuId: stockLevels.skuId,
      skuCode: skus.code,
      skuName: skus.name,
      locationId: stockLevels.locationId,
      locationCode: locations.code,
      locationName: locations.name,
      onHand: stockLevels.onHand,
      reserved: stockLevels.reserved,
      available: num(sql`${stockLevels.onHand} - ${stockLevels.reserved}`),
      inbound: stockLevels.inbound,
      onOrder: stockLevels.onOrder,
      value: num(value),
      spread: num(sql`1`),
      updatedAt: stockLevels.updatedAt,
    };
    const rows: StockLevelRow[] = await scoped(ctx.tx.select(fields).from(stockLevels).$dynamic())
      .orderBy(dir(order[input.sort]), asc(skus.code), asc(locations.code))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return pageOf(rows, await count(sql`count(*)`), input);
  }

  const sums = {
    onHand: num(sql`sum(${stockLevels.onHand})`),
    reserved: num(sql`sum(${stockLevels.reserved})`),
    available: num(sql`sum(${stockLevels.onHand} - ${stockLevels.reserved})`),
    inbound: num(sql`sum(${stockLevels.inbound})`),
    onOrder: num(sql`sum(${stockLevels.onOrder})`),
    value: num(sql`sum(${stockLevels.onHand} * ${skus.unitCost})`),
    spread: num(sql`count(*) filter (where ${stockLevels.onHand} > 0)`),
    updatedAt: sql<Date | null>`max(${stockLevels.updatedAt})`.mapWith(stockLevels.updatedAt),
  };
  const sortBy = (label: SQL): SQL => (input.sort === 'sku' || input.sort === 'location' ? label : sql`${sums[input.sort]}`);
  const nothing = sql<string | null>`null`;

  if (input.view === 'by-sku') {
    const fields = {
      key: skus.id,
      skuId: sql<string | null>`${skus.id}`,
      skuCode: sql<string | null>`${skus.code}`,
      skuName: sql<string | null>`${skus.name}`,
      locationId: nothing,
      locationCode: nothing,
      locationName: nothing,
      ...sums,
    };
    const rows: StockLevelRow[] = await scoped(ctx.tx.select(fields).from(stockLevels).$dynamic())
      .groupBy(skus.id, skus.code, skus.name)
      .orderBy(dir(sortBy(sql`${skus.code}`)), asc(skus.code))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return pageOf(rows, await count(sql`count(distinct ${stockLevels.skuId})`), input);
  }

  const fields = {
    key: locations.id,
    skuId: nothing,
    skuCode: nothing,
    skuName: nothing,
    locationId: sql<string | null>`${locations.id}`,
    locationCode: sql<string | null>`${locations.code}`,
    locationName: sql<string | null>`${locations.name}`,
    ...sums,
  };
  const rows: StockLevelRow[] = await scoped(ctx.tx.select(fields).from(stockLevels).$dynamic())
    .groupBy(locations.id, locations.code, locations.name)
    .orderBy(dir(sortBy(sql`${locations.code}`)), asc(locations.code))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return pageOf(rows, await count(sql`count(distinct ${stockLevels.locationId})`), input);
}
