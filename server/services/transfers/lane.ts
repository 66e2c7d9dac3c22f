import { and, eq, isNull } from 'drizzle-orm';
import { transferLanes } from '@/db/schema';
import type { TenantServiceContext } from '../context';

/** The active transfer lane from one location to another, if there is one. */
export async function findTransferLane(ctx: Pick<TenantServiceContext, 'tx' | 'tenant'>, fromLocationId: string, toLocationId: string) {
  const [lane] = await ctx.tx
    .select({ id: transferLanes.id, transitDays: transferLanes.transitDays, customsDays: transferLanes.customsDays, costPerUnit: transferLanes.costPerUnit })
    .from(transferLanes)
    .where(
      and(
        eq(transferLanes.tenantId, ctx.tenant.id),
        eq(transferLanes.fromLocationId, fromLocationId),
        eq(transferLanes.toLocationId, toLocationId),
        isNull(transferLanes.archivedAt),
      ),
    )
    .limit(1);
  return lane ?? null;
}

export const DAY_MS = 86_400_000;
