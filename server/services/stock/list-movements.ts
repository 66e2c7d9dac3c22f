import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgSelect } from 'drizzle-orm/pg-core';
import { locations, purchaseOrders, skus, stockMovements, transfers, users } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { pageOf, searchCondition } from '../listing/query';
import type { StockMovementsInput } from './schemas';

/**
 * The ledger, newest first by default: filters by SKU, location, kind, transfer, purchase order and
 * date range, a search over SKU, location, reference, reason and document numbers; server-side paging.
 */
export async function listStockMovements({ ctx, input }: { ctx: TenantServiceContext; input: StockMovementsInput }) {
  const f = input.filters;
  const conditions: (SQL | undefined)[] = [eq(stockMovements.tenantId, ctx.tenant.id)];
  if (f.skuId) conditions.push(eq(stockMovements.skuId, f.skuId));
  if (f.locationId) conditions.push(eq(stockMovements.locationId, f.locationId));
  if (f.kind) conditions.push(eq(stockMovements.kind, f.kind));
  if (f.transferId) conditions.push(eq(stockMovements.transferId, f.transferId));
  if (f.purchaseOrderId) conditions.push(eq(stockMovements.purchaseOrderId, f.purchaseOrderId));
  if (f.from) conditions.push(gte(stockMovements.occurredAt, f.from));
  if (f.to) conditions.push(lt(stockMovements.occurredAt, f.to));
  conditions.push(
    searchCondition(
      [skus.code, skus.name, locations.code, stockMovements.reference, stockMovements.reason, transfers.number, purchaseOrders.number],
      input.search,
    ),
  );
  const where = and(...conditions);
  const scoped = <T extends PgSelect>(q: T) =>
    q
      .innerJoin(skus, and(eq(skus.tenantId, stockMovements.tenantId), eq(skus.id, stockMovements.skuId)))
      .innerJoin(locations, and(eq(locations.tenantId, stockMovements.tenantId), eq(locations.id, stockMovements.locationId)))
      .leftJoin(transfers, and(eq(transfers.tenantId, stockMovements.tenantId), eq(transfers.id, stockMovements.transferId)))
      .leftJoin(purchaseOrders, and(eq(purchaseOrders.tenantId, stockMovements.tenantId), eq(purchaseOrders.id, stockMovements.purchaseOrderId)))
      .where(where);
  const dir = input.direction === 'asc' ? asc : desc;
  const order: Record<StockMovementsInput['sort'], AnyPgColumn | SQL> = {
    occurredAt: stockMovements.occurredAt,
    qty: stockMovements.qty,
    kind: sql`${stockMovements.kind}::text`,
    sku: skus.code,
    location: locations.code,
  };
  const fields = {
    id: stockMovements.id,
    occurredAt: stockMovements.occurredAt,
    kind: stockMovements.kind,
    qty: stockMovements.qty,
    skuId: stockMovements.skuId,
    skuCode: skus.code,
    skuName: skus.name,
    locationId: stockMovements.locationId,
    locationCode: locations.code,
    reason: stockMovements.reason,
    reference: stockMovements.reference,
    transferId: stockMovements.transferId,
    transferNumber: sql<string | null>`${transfers.number}`,
    purchaseOrderId: stockMovements.purchaseOrderId,
    purchaseOrderNumber: sql<string | null>`${purchaseOrders.number}`,
    actorName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
  };
  const rows = await scoped(ctx.tx.select(fields).from(stockMovements).leftJoin(users, eq(users.id, stockMovements.actorId)).$dynamic())
    .orderBy(dir(order[input.sort]), dir(stockMovements.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [count] = await scoped(ctx.tx.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(stockMovements).$dynamic());
  return pageOf(rows, count?.total, input);
}
