/**
 * Nightly planning: one run per importer at its planning settings' hour (default 02:00) in the organization's
 * time zone, unless the settings turn it off.
 *
 * Each tenant has one schedule row, `planning-nightly:<tenant id>` (server/jobs/schedules.ts). Keep it in step
 * with the data by calling `syncTenantSchedules(tx, { tenantId })` in the transaction that creates a tenant,
 * changes its time zone or saves its planning settings; the worker also reconciles every tenant at start and
 * hourly, so a missed call heals within the hour.
 *
 * An occurrence's job (`planning-nightly`) queues the run through the planning service and completes itself in
 * the same transaction, so a crash after the commit does not retry it; a retry after a crash before the commit
 * (or any other repeat) finds the run already queued for that occurrence, under a per-tenant lock.
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { setTenant, withGlobal, withTenant, type Database, type Tx } from '@/db/client';
import { organizations, planningRuns } from '@/db/schema';
import { loadPlanningSettings } from '@/server/services/planning-settings/load';
import { queuePlanningRun } from '@/server/services/planning/request-run';
import { completeInTransaction } from './boss';
import { isKnownTimeZone } from './local-time';
import { QUEUES } from './queues';
import type { JobContext, JobHandlerDefinition, JobInfo } from './registry';
import { removeSchedule, upsertSchedule, type OccurrenceData } from './schedules';

export function nightlyScheduleKey(tenantId: string): string {
  return `planning-nightly:${tenantId}`;
}

export interface NightlyJob extends OccurrenceData {
  tenantId: string;
}

/**
 * Brings the tenant's nightly schedule in line with its organization (kind, time zone) and planning settings,
 * inside `tx` (it scopes `tx` to the tenant). Returns the next occurrence, or null when there is none
 * (nightly runs off, not an importer, organization gone). `now` defaults to the wall clock.
 */
export async function syncTenantSchedules(tx: Tx, args: { tenantId: string; now?: Date }): Promise<{ nextRunAt: Date | null }> {
  const now = args.now ?? new Date();
  const key = nightlyScheduleKey(args.tenantId);
  const [org] = await tx
    .select({ kind: organizations.kind, timezone: organizations.timezone })
    .from(organizations)
    .where(eq(organizations.id, args.tenantId));
  if (!org || org.kind !== 'importer') {
    await removeSchedule(tx, key);
    return { nextRunAt: null };
  }
  await setTenant(tx, args.tenantId);
  const { settings } = await loadPlanningSettings(tx, args.tenantId);
  if (!settings.nightlyEnabled) {
    await removeSchedule(tx, key);
    return { nextRunAt: null };
  }
  const { nextRunAt } = await upsertSchedule(
    tx,
    {
      key,
      queue: QUEUES.planningNightly.name,
      organizationId: args.tenantId,
      timezone: isKnownTimeZone(org.timezone) ? org.timezone : 'UTC',
      hour: settings.nightlyHour,
      minute: 0,
      data: { tenantId: args.tenantId },
    },
    now,
  );
  return { nextRunAt };
}

/** Every importer's schedules, one transaction per tenant (worker start and hourly). */
export async function syncAllTenantSchedules(db: Database, now: Date): Promise<number> {
  const tenants = await withGlobal(db, (tx) => tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.kind, 'importer')));
  for (const t of tenants) await withTenant(db, t.id, (tx) => syncTenantSchedules(tx, { tenantId: t.id, now }));
  return tenants.length;
}

export async function handleNightlyOccurrence(job: JobInfo<NightlyJob>, ctx: JobContext): Promise<string> {
  const { tenantId } = job.data;
  return withTenant(ctx.db, tenantId, async (tx) => {
    const summary = await queueNightlyRun(tx, job.data);
    await completeInTransaction(tx, QUEUES.planningNightly.name, job.id, { summary });
    return summary;
  });
}

async function queueNightlyRun(tx: Tx, { tenantId, scheduledFor }: NightlyJob): Promise<string> {
  // Two attempts of one occurrence never both queue a run.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${nightlyScheduleKey(tenantId)}, 0))`);
  const [org] = await tx.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, tenantId));
  if (!org || org.kind !== 'importer') return 'not an importer';
  const { settings } = await loadPlanningSettings(tx, tenantId);
  if (!settings.nightlyEnabled) return 'nightly runs are off';
  const [already] = await tx
    .select({ id: planningRuns.id })
    .from(planningRuns)
    .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.trigger, 'nightly'), sql`${planningRuns.parameters}->>'scheduledFor' = ${scheduledFor}`))
    .limit(1);
  if (already) return `run ${already.id} already queued for ${scheduledFor}`;
  const result = await queuePlanningRun(tx, { tenantId, trigger: 'nightly', parameters: { trigger: 'nightly', scheduledFor } });
  return result.alreadyActive ? `run ${result.runId} was already active` : `queued run ${result.runId}`;
}

const nightlyJobSchema = z.object({ tenantId: z.uuid(), scheduleKey: z.string(), scheduledFor: z.iso.datetime() });

export const nightlyHandlers: JobHandlerDefinition[] = [
  { queue: QUEUES.planningNightly.name, handle: (job, ctx) => handleNightlyOccurrence({ ...job, data: nightlyJobSchema.parse(job.data) }, ctx), pollingIntervalSeconds: 5 },
];

export async function reconcileNightlySchedules(ctx: JobContext): Promise<void> {
  const count = await syncAllTenantSchedules(ctx.db, ctx.now());
  ctx.log.debug(`[jobs] nightly planning schedules reconciled for ${count} organizations`);
}
