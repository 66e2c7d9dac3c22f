/**
 * Digests on the job machinery (issue 11). Each reader with a digest on has one local-time schedule row,
 * `digest:<tenant>:<user>:<kind>` (server/jobs/schedules.ts), in the reader's own time zone; each
 * occurrence sends a `digest` job. The job does not trust the occurrence: it asks the digest service what
 * is due for that reader now (server/services/digests/due.ts: the period of the latest send time, unless
 * its delivery row says done) and delivers that, claiming the row first. So a duplicated or late
 * occurrence, a retry and several workers all end in one email per reader and period.
 *
 * - `syncDigestSchedule(tx, …)` in the transaction that changes a reader's digest keeps the row in step;
 *   `reconcileDigests` (worker start and hourly) re-derives every row from memberships, grants and
 *   subscriptions (a removed member's or revoked grant's schedule goes) and sweeps what is due (a claim
 *   whose worker died, a retry whose job was lost).
 * - A temporary SMTP failure is retried by a job sent to start at the delivery's next_attempt_at.
 */
import { and, eq, notInArray } from 'drizzle-orm';
import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { withGlobal, withTenant, type Database, type Tx } from '@/db/client';
import { jobSchedules, organizations } from '@/db/schema';
import { deliverDigest, type DeliveryResult, type DigestJob } from '@/server/services/digests/deliver';
import { findDueInTenant } from '@/server/services/digests/due';
import { deliverDueDigests } from '@/server/services/digests/run-due';
import { listEffectiveSubscriptions, loadDigestOrg, type EffectiveSubscription } from '@/server/services/digests/subscriptions';
import { sendInTransaction } from './boss';
import { isKnownTimeZone } from './local-time';
import { QUEUES } from './queues';
import type { JobContext, JobHandlerDefinition, JobModule } from './registry';
import { removeSchedule, upsertSchedule } from './schedules';

const RETRY_NAMESPACE = '0b5f3f2e-9d4c-4b8a-8e1f-3c2d1a0b9e8f';

export function digestScheduleKey(tenantId: string, userId: string, kind: string): string {
  return `digest:${tenantId}:${userId}:${kind}`;
}

/** Brings one reader's schedule row in line with their effective subscription, inside `tx`. */
export async function syncDigestSchedule(tx: Tx, tenantId: string, sub: EffectiveSubscription, now: Date): Promise<void> {
  const key = digestScheduleKey(tenantId, sub.reader.userId, sub.kind);
  const on = sub.schedule.cadence !== 'off' && !sub.pausedAt && !sub.reader.disabled;
  if (!on) return removeSchedule(tx, key);
  await upsertSchedule(
    tx,
    {
      key,
      queue: QUEUES.digest.name,
      organizationId: tenantId,
      userId: sub.reader.userId,
      timezone: isKnownTimeZone(sub.schedule.timezone) ? sub.schedule.timezone : 'UTC',
      hour: sub.schedule.hour,
      minute: 0,
      isoWeekday: sub.schedule.cadence === 'weekly' ? sub.schedule.weekday : null,
      data: { tenantId, userId: sub.reader.userId, kind: sub.kind },
    },
    now,
  );
}

/** Every reader's schedule in one organization; schedules of people who lost access are removed. */
export async function syncTenantDigestSchedules(db: Database, tenantId: string, now: Date): Promise<number> {
  return withTenant(db, tenantId, async (tx) => {
    const org = await loadDigestOrg(tx, tenantId);
    const subs = org ? await listEffectiveSubscriptions(tx, org) : [];
    for (const sub of subs) await syncDigestSchedule(tx, tenantId, sub, now);
    const keep = subs.map((s) => digestScheduleKey(tenantId, s.reader.userId, s.kind));
    await tx
      .delete(jobSchedules)
      .where(and(eq(jobSchedules.organizationId, tenantId), eq(jobSchedules.queue, QUEUES.digest.name), keep.length ? notInArray(jobSchedules.key, keep) : undefined));
    return subs.length;
  });
}

const occurrenceJob = z.object({ tenantId: z.uuid(), userId: z.uuid(), kind: z.enum(['kpi', 'portfolio']), scheduleKey: z.string(), scheduledFor: z.string() });
const directJob = z.object({
  tenantId: z.uuid(),
  userId: z.uuid(),
  kind: z.enum(['kpi', 'portfolio']),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  manualDay: z.iso.date().optional(),
});

async function scheduleRetry(db: Database, job: DigestJob, result: DeliveryResult): Promise<void> {
  if (result.outcome !== 'failed' || !result.nextAttemptAt || !result.deliveryId) return;
  const startAfter = result.nextAttemptAt;
  const id = uuidv5(`${result.deliveryId}@${startAfter.toISOString()}`, RETRY_NAMESPACE);
  await withGlobal(db, (tx) => sendInTransaction(tx, QUEUES.digest.name, job, { id, startAfter }));
}

/** One `digest` job: an occurrence of a reader's schedule, or a direct delivery (retry, send me one now). */
export async function handleDigestJob(data: unknown, ctx: JobContext): Promise<string> {
  const env = { db: ctx.db, now: ctx.now };
  const direct = directJob.safeParse(data);
  if (direct.success) {
    const result = await deliverDigest(env, direct.data);
    await scheduleRetry(ctx.db, direct.data, result);
    return `${result.outcome}${result.nextAttemptAt ? ` (next attempt ${result.nextAttemptAt.toISOString()})` : ''}`;
  }
  const occurrence = occurrenceJob.parse(data);
  const due = (await findDueInTenant(ctx.db, occurrence.tenantId, ctx.now())).filter((d) => d.userId === occurrence.userId && d.kind === occurrence.kind);
  if (due.length === 0) return `nothing due for ${occurrence.scheduleKey} at ${ctx.now().toISOString()}`;
  const outcomes: string[] = [];
  for (const d of due) {
    const job: DigestJob = { tenantId: d.tenantId, userId: d.userId, kind: d.kind, periodStart: d.periodStart, periodEnd: d.periodEnd };
    const result = await deliverDigest(env, job);
    await scheduleRetry(ctx.db, job, result);
    outcomes.push(`${d.periodStart}: ${result.outcome}`);
  }
  return outcomes.join('; ');
}

export const digestHandlers: JobHandlerDefinition[] = [{ queue: QUEUES.digest.name, handle: (job, ctx) => handleDigestJob(job.data, ctx) }];

/** Worker start and hourly: every organization's digest schedules, then a sweep of what is due. */
export async function reconcileDigests(ctx: JobContext): Promise<void> {
  const now = ctx.now();
  const orgs = await withGlobal(ctx.db, (tx) => tx.select({ id: organizations.id }).from(organizations));
  let readers = 0;
  for (const org of orgs) readers += await syncTenantDigestSchedules(ctx.db, org.id, now);
  const swept = await deliverDueDigests({ db: ctx.db, now: ctx.now }, { now, concurrency: 2 });
  ctx.log.debug(`[jobs] digest schedules reconciled for ${readers} readers in ${orgs.length} organizations; sweep: ${JSON.stringify(swept.outcomes)}`);
  for (const error of swept.errors) ctx.log.warn(`[jobs] digest sweep: ${error}`);
}

export const digestJobs: JobModule = { name: 'digests', handlers: digestHandlers, reconcile: reconcileDigests };
