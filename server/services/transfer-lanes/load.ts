import { and, eq } from 'drizzle-orm';
import { locations, transferLanes } from '@/db/schema';
import { Conflict, Invalid, NotFound } from '../../errors';
import { uniqueViolation } from '../master-data/unique-violation';
import type { TenantServiceContext } from '../context';

export type TransferLaneRecord = typeof transferLanes.$inferSelect;

/** One transfer lane of this tenant; a wrong or foreign id is NotFound. */
export async function loadTransferLane(ctx: TenantServiceContext, id: string, options: { forUpdate?: boolean } = {}): Promise<TransferLaneRecord> {
  const query = ctx.tx
    .select()
    .from(transferLanes)
    .where(and(eq(transferLanes.tenantId, ctx.tenant.id), eq(transferLanes.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound('Transfer lane not found.');
  return row;
}

async function loadEnd(ctx: TenantServiceContext, id: string, field: 'fromLocationId' | 'toLocationId', requireActive: boolean) {
  const [location] = await ctx.tx
    .select({ id: locations.id, code: locations.code, country: locations.country, archivedAt: locations.archivedAt })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, id)));
  if (!location) throw new NotFound('Location not found. Choose one of your locations.');
  if (requireActive && location.archivedAt) throw new Invalid(`${location.code} is archived. Restore it before giving it transfer lanes.`, [{ field, message: 'This location is archived.' }]);
  return location;
}

/** Both ends, this tenant's (a foreign id is NotFound), distinct and, for a new or moved lane, active. */
export async function loadEnds(ctx: TenantServiceContext, fromId: string, toId: string, requireActive = true) {
  if (fromId === toId) throw new Invalid('A transfer lane goes between two different locations.', [{ field: 'toLocationId', message: 'Choose a destination other than the origin.' }]);
  const from = await loadEnd(ctx, fromId, 'fromLocationId', requireActive);
  const to = await loadEnd(ctx, toId, 'toLocationId', requireActive);
  return { from, to, crossBorder: from.country !== to.country };
}

export function auditedTransferLane(row: TransferLaneRecord) {
  const { tenantId: _tenantId, ...rest } = row;
  return rest;
}

/** One transfer lane per direction between two locations. */
export function rethrowDuplicate(error: unknown, ends: { from: { code: string }; to: { code: string } }): never {
  if (uniqueViolation(error) !== null) {
    throw new Conflict(`A transfer lane from ${ends.from.code} to ${ends.to.code} already exists. Edit that lane instead.`);
  }
  throw error;
}
