import { and, desc, eq, lte } from 'drizzle-orm';
import { slas } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { todayIn } from '../master-data/today';

/**
 * The SLA in force for each region on `day` (default: today in the tenant's time zone): the row with
 * the latest effective_from on or before it. A subquery to join on region_id.
 */
export function currentSlas(ctx: TenantServiceContext, day: string = todayIn(ctx.tenant.timezone)) {
  return ctx.tx
    .selectDistinctOn([slas.regionId], {
      regionId: slas.regionId,
      slaId: slas.id,
      effectiveFrom: slas.effectiveFrom,
      targetDeliveryDays: slas.targetDeliveryDays,
      targetFillRate: slas.targetFillRate,
      targetCycleServiceLevel: slas.targetCycleServiceLevel,
    })
    .from(slas)
    .where(and(eq(slas.tenantId, ctx.tenant.id), lte(slas.effectiveFrom, day)))
    .orderBy(slas.regionId, desc(slas.effectiveFrom))
    .as('current_sla');
}
