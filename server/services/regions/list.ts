import { count, eq, getTableColumns, sql } from 'drizzle-orm';
import { regions } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import { currentSlas } from './current-sla';
import type { ListRegionsInput } from './schemas';

const { tenantId: _tenantId, ...columns } = getTableColumns(regions);

/** Regions with the SLA in force today (tenant time zone). */
export async function listRegions({ ctx, input }: { ctx: TenantServiceContext; input: ListRegionsInput }) {
  const sla = currentSlas(ctx);
  const spec: ListSpec<ListRegionsInput['sort'], keyof ListRegionsInput['filters']> = {
    tenantId: regions.tenantId,
    id: regions.id,
    archivedAt: regions.archivedAt,
    sortable: {
      code: regions.code,
      name: sql`lower(${regions.name})`,
      country: regions.country,
      targetDeliveryDays: sla.targetDeliveryDays,
      updatedAt: regions.updatedAt,
    },
    filterable: { country: regions.country },
    search: [regions.code, regions.name, sql`array_to_string(${regions.postalPrefixes}, ' ')`],
  };
  const q = listQueryParts(spec, input, ctx.tenant.id);
  const rows = await ctx.tx
    .select({
      ...columns,
      slaEffectiveFrom: sla.effectiveFrom,
      targetDeliveryDays: sla.targetDeliveryDays,
      targetFillRate: sla.targetFillRate,
      targetCycleServiceLevel: sla.targetCycleServiceLevel,
    })
    .from(regions)
    .leftJoin(sla, eq(sla.regionId, regions.id))
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(regions).where(q.where);
  return pageOf(rows, total?.n, input);
}
