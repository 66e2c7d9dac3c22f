import { and, count, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import { skus, suppliers } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import type { ListPage } from '../listing/input';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import type { ListSuppliersInput } from './schemas';

const { tenantId: _tenantId, ...columns } = getTableColumns(suppliers);

const spec: ListSpec<ListSuppliersInput['sort'], keyof ListSuppliersInput['filters']> = {
  tenantId: suppliers.tenantId,
  id: suppliers.id,
  archivedAt: suppliers.archivedAt,
  sortable: {
    code: suppliers.code,
    name: sql`lower(${suppliers.name})`,
    country: suppliers.country,
    leadTimeDays: suppliers.leadTimeDays,
    leadTimeSdDays: suppliers.leadTimeSdDays,
    updatedAt: suppliers.updatedAt,
  },
  filterable: { country: suppliers.country },
  search: [suppliers.code, suppliers.name, suppliers.email],
};

export async function listSuppliers({ ctx, input }: { ctx: TenantServiceContext; input: ListSuppliersInput }) {
  const q = listQueryParts(spec, input, ctx.tenant.id);
  // Active SKUs supplied, per supplier.
  const counts = ctx.tx
    .select({ supplierId: skus.supplierId, n: count().as('sku_count') })
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), isNull(skus.archivedAt)))
    .groupBy(skus.supplierId)
    .as('sku_counts');
  const rows = await ctx.tx
    .select({ ...columns, skuCount: sql<number>`coalesce(${counts.n}, 0)`.mapWith(Number) })
    .from(suppliers)
    .leftJoin(counts, eq(counts.supplierId, suppliers.id))
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(suppliers).where(q.where);
  return pageOf(rows, total?.n, input) satisfies ListPage<(typeof rows)[number]>;
}
