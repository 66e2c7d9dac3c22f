/**
 * The signed-in reader's own digest in one organization: what it is (their row or their role's
 * default), when the next one goes out, whether a bounce paused it, and the last deliveries. Changing
 * it writes the row and starts the new schedule from now (no catch-up of a send time that passed).
 */
import { and, desc, eq, like, or } from 'drizzle-orm';
import { digestDeliveries, digestSubscriptions } from '@/db/schema';
import { syncDigestSchedule } from '@/server/jobs/digest';
import { NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';
import { nextOccurrence } from './schedule';
import type { DigestPreferencesInput } from './schemas';
import { ensureSubscriptionRow, listEffectiveSubscriptions, type DigestOrg, type EffectiveSubscription } from './subscriptions';

function orgOf(ctx: TenantServiceContext): DigestOrg {
  const t = ctx.tenant;
  return { id: t.id, slug: t.slug, name: t.name, kind: t.kind, currency: t.currency, timezone: t.timezone };
}

export async function mySubscription(ctx: TenantServiceContext): Promise<EffectiveSubscription> {
  const [sub] = await listEffectiveSubscriptions(ctx.tx, orgOf(ctx), ctx.user.id);
  if (!sub) throw new NotFound('You are no longer a member of this organization.');
  return sub;
}

export async function getDigestPreferences({ ctx, now }: { ctx: TenantServiceContext; now: Date }) {
  const sub = await mySubscription(ctx);
  const next = sub.pausedAt ? null : nextOccurrence(sub.schedule, now);
  const deliveries = await ctx.tx
    .select({ id: digestDeliveries.id, kind: digestDeliveries.kind, periodStart: digestDeliveries.periodStart, periodEnd: digestDeliveries.periodEnd, status: digestDeliveries.status, attempts: digestDeliveries.attempts, sentAt: digestDeliveries.sentAt, claimedAt: digestDeliveries.claimedAt, via: digestDeliveries.via, error: digestDeliveries.error, nextAttemptAt: digestDeliveries.nextAttemptAt })
    .from(digestDeliveries)
    .where(and(eq(digestDeliveries.tenantId, ctx.tenant.id), eq(digestDeliveries.userId, ctx.user.id), or(eq(digestDeliveries.kind, sub.kind), like(digestDeliveries.kind, `${sub.kind}.%`))))
    .orderBy(desc(digestDeliveries.claimedAt))
    .limit(10);
  return {
    kind: sub.kind,
    cadence: sub.schedule.cadence,
    weekday: sub.schedule.weekday,
    hour: sub.schedule.hour,
    timezone: sub.schedule.timezone,
    whenEmpty: sub.whenEmpty,
    isDefault: sub.row === null,
    pausedAt: sub.pausedAt,
    pauseReason: sub.pauseReason,
    nextSendAt: next?.sendAt ?? null,
    nextPeriod: next ? { from: next.periodStart, to: next.periodEnd } : null,
    organizationTimezone: ctx.tenant.timezone,
    deliveries,
  };
}

export async function updateDigestPreferences({ ctx, input, now }: { ctx: TenantServiceContext; input: DigestPreferencesInput; now: Date }) {
  const sub = await mySubscription(ctx);
  const row = await ensureSubscriptionRow(ctx.tx, orgOf(ctx), sub);
  const scheduleChanged = row.cadence !== input.cadence || row.weekday !== input.weekday || row.hour !== input.hour || row.timezone !== input.timezone;
  await ctx.tx
    .update(digestSubscriptions)
    .set({ ...input, ...(scheduleChanged ? { scheduleFrom: now } : {}), updatedAt: now })
    .where(and(eq(digestSubscriptions.tenantId, ctx.tenant.id), eq(digestSubscriptions.id, row.id)));
  await syncDigestSchedule(ctx.tx, ctx.tenant.id, await mySubscription(ctx), now);
  return getDigestPreferences({ ctx, now });
}

/** Clears a bounce pause (the reader fixed their address): digests go out again from the next send time. */
export async function resumeDigest({ ctx, now }: { ctx: TenantServiceContext; now: Date }) {
  const sub = await mySubscription(ctx);
  if (!sub.row || !sub.pausedAt) return getDigestPreferences({ ctx, now });
  await ctx.tx
    .update(digestSubscriptions)
    .set({ pausedAt: null, pauseReason: null, scheduleFrom: now, updatedAt: now })
    .where(and(eq(digestSubscriptions.tenantId, ctx.tenant.id), eq(digestSubscriptions.id, sub.row.id)));
  await syncDigestSchedule(ctx.tx, ctx.tenant.id, await mySubscription(ctx), now);
  return getDigestPreferences({ ctx, now });
}
