/** Dismiss (with a reason) or snooze (until a date) open recommendations; each decision is audited. */
import { and, eq, inArray } from 'drizzle-orm';
import { recommendations } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { Conflict, Invalid } from '../../errors';
import { recordAudit } from '../audit/record';
import { todayIn } from '../master-data/today';
import { lockRecommendations, STATUS_WORDS } from './lock';
import type { DismissRecommendationsInput, SnoozeRecommendationsInput } from './schemas';
import type { DecisionResult } from './types';

async function lockOpen(ctx: TenantServiceContext, ids: string[]) {
  const rows = await lockRecommendations(ctx, ids);
  for (const row of rows.values()) {
    if (row.status !== 'open') throw new Conflict(`A selected recommendation ${STATUS_WORDS[row.status] ?? `is ${row.status}`}; refresh the list and try again.`);
  }
  return rows;
}

export async function dismissRecommendations({ ctx, input }: { ctx: TenantServiceContext; input: DismissRecommendationsInput }): Promise<DecisionResult> {
  const rows = await lockOpen(ctx, input.recommendationIds);
  const now = new Date();
  await ctx.tx
    .update(recommendations)
    .set({ status: 'dismissed', decidedBy: ctx.user.id, decidedAt: now, decisionNote: input.reason, updatedAt: now })
    .where(and(eq(recommendations.tenantId, ctx.tenant.id), inArray(recommendations.id, input.recommendationIds)));
  for (const row of rows.values()) {
    await recordAudit(ctx, { action: 'recommendation.dismissed', entity: 'recommendation', entityId: row.id, before: { status: row.status }, after: { status: 'dismissed', reason: input.reason } });
  }
  return { updated: rows.size };
}

export async function snoozeRecommendations({ ctx, input, now = new Date() }: { ctx: TenantServiceContext; input: SnoozeRecommendationsInput; now?: Date }): Promise<DecisionResult> {
  const today = todayIn(ctx.tenant.timezone, now);
  if (input.until <= today) throw new Invalid('Snooze until a day after today.', [{ field: 'until', message: `Pick a date after ${today}.` }]);
  const rows = await lockOpen(ctx, input.recommendationIds);
  await ctx.tx
    .update(recommendations)
    .set({ snoozedUntil: input.until, decisionNote: input.reason ?? null, updatedAt: now })
    .where(and(eq(recommendations.tenantId, ctx.tenant.id), inArray(recommendations.id, input.recommendationIds)));
  for (const row of rows.values()) {
    await recordAudit(ctx, { action: 'recommendation.snoozed', entity: 'recommendation', entityId: row.id, before: { snoozedUntil: row.snoozedUntil }, after: { snoozedUntil: input.until, reason: input.reason ?? null } });
  }
  return { updated: rows.size };
}
