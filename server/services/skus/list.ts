import { and, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { skus, suppliers } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import type { ListSkusInput } from './schemas';

const { tenantId: _tenantId, ...columns } = getTableColumns(skus);

const spec: ListSpec<ListSkusInput['sort'], keyof ListSkusInput['filters']> = {
  tenantId: skus.tenantId,
  id: skus.id,
  archivedAt: skus.archivedAt,
  sortable: {
    code: skus.code,
    name: sql`lower(${skus.name})`,
    category: sql`lower(${skus.category})`,
    unitCost: skus.unitCost,
    unitPrice: skus.unitPrice,
    casePack: skus.casePack,
    moq: skus.moq,
    supplierCode: suppliers.code,
    updatedAt: skus.updatedAt,
  },
  filterable: { category: skus.category, supplierId: skus.supplierId },
  search: [skus.code, skus.name, skus.category, skus.hsCode, suppliers.code, suppliers.name],
};

const supplierJoin = and(eq(suppliers.tenantId, skus.tenantId), eq(suppliers.id, skus.supplierId));

/** SKUs with their supplier's code and name and the lead time that applies (the SKU's override, else the supplier's). */
export async function listSkus({ ctx, input }: { ctx: TenantServiceContext; input: ListSkusInput }) {
  const q = listQueryParts(spec, input, ctx.tenant.id);
  const rows = await ctx.tx
    .select({
      ...columns,
      supplierCode: suppliers.code,
      supplierName: suppliers.name,
      leadTimeDays: sql<number | null>`coalesce(${skus.leadTimeDaysOverride}, ${suppliers.leadTimeDays})`.mapWith(Number),
    })
    .from(skus)
    .leftJoin(suppliers, supplierJoin)
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(skus).leftJoin(suppliers, supplierJoin).where(q.where);
  return pageOf(rows, total?.n, input);
}

/** Distinct categories, for the category filter. */
export async function skuCategories({ ctx }: { ctx: TenantServiceContext }) {
  const rows = await ctx.tx
    .selectDistinct({ category: skus.category })
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), sql`${skus.category} is not null`))
    .orderBy(skus.category);
  return rows.map((r) => r.category).filter((c): c is string => c !== null);
}
