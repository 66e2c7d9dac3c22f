/** Locks recommendations for a decision (FOR UPDATE, in id order so two callers never deadlock). */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recommendations } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { NotFound } from '../../errors';

export type LockedRecommendation = typeof recommendations.$inferSelect;

export async function lockRecommendations(ctx: TenantServiceContext, ids: string[]): Promise<Map<string, LockedRecommendation>> {
  const rows = await ctx.tx
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.tenantId, ctx.tenant.id), inArray(recommendations.id, ids)))
    .orderBy(asc(recommendations.id))
    .for('update');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new NotFound(missing.length === 1 ? 'Recommendation not found.' : `${missing.length} recommendations were not found.`);
  return byId;
}

export const STATUS_WORDS: Record<string, string> = {
  accepted: 'was already accepted',
  dismissed: 'was already dismissed',
  superseded: 'was replaced by a newer planning run',
};
