import { and, count, eq } from 'drizzle-orm';
import { regions, slas } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { listQueryParts, pageOf, type ListSpec } from '../listing/query';
import type { ListSlasInput } from './schemas';

const spec: ListSpec<ListSlasInput['sort'], keyof ListSlasInput['filters']> = {
  tenantId: slas.tenantId,
  id: slas.id,
  // An SLA is never archived; an archived region's SLAs are hidden with it unless includeArchived.
  archivedAt: regions.archivedAt,
  sortable: {
    regionCode: regions.code,
    effectiveFrom: slas.effectiveFrom,
    targetDeliveryDays: slas.targetDeliveryDays,
    targetFillRate: slas.targetFillRate,
    targetCycleServiceLevel: slas.targetCycleServiceLevel,
  },
  filterable: { regionId: slas.regionId },
  search: [regions.code, regions.name],
};

const regionJoin = and(eq(regions.tenantId, slas.tenantId), eq(regions.id, slas.regionId));

/** Every SLA of every region (CSV export, an SLA table), with the region's code. */
export async function listSlas({ ctx, input }: { ctx: TenantServiceContext; input: ListSlasInput }) {
  const q = listQueryParts(spec, input, ctx.tenant.id);
  const rows = await ctx.tx
    .select({
      id: slas.id,
      regionId: slas.regionId,
      regionCode: regions.code,
      regionName: regions.name,
      effectiveFrom: slas.effectiveFrom,
      targetDeliveryDays: slas.targetDeliveryDays,
      targetFillRate: slas.targetFillRate,
      targetCycleServiceLevel: slas.targetCycleServiceLevel,
      notes: slas.notes,
    })
    .from(slas)
    .innerJoin(regions, regionJoin)
    .where(q.where)
    .orderBy(...q.orderBy)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx.select({ n: count() }).from(slas).innerJoin(regions, regionJoin).where(q.where);
  return pageOf(rows, total?.n, input);
}
