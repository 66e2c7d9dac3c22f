/**
 * Local-time schedules (db/schema/jobs.ts `job_schedules`) and the scheduler that sends their occurrences.
 *
 * pg-boss 10 keys a schedule by its queue's name, so one queue has one schedule, in UTC unless given a zone.
 * A tenant's nightly run and a member's weekly digest are many schedules on one queue, so they are rows here,
 * keyed by what they are for (`planning-nightly:<tenant>`, never a shared name that would overwrite another).
 * pg-boss's cron only ticks the clock (`jobs-clock`, every minute, UTC, at most one tick per minute however many
 * instances run); each tick calls `fireDueSchedules`.
 *
 * Exactly once per occurrence: due rows are locked (`for update skip locked`), the occurrence's job is sent and
 * `next_run_at` advanced in one transaction, so two workers on one tick send it once, and a server that was
 * down at the scheduled time sends the missed occurrence once when it is back (then moves on to the next one).
 * Each job also has an id derived from (key, occurrence), so pg-boss itself drops a repeat.
 */
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { v5 as uuidv5 } from 'uuid';
import { withGlobal, type Database, type Queryable, type Tx } from '@/db/client';
import { jobSchedules } from '@/db/schema';
import { sendInTransaction } from './boss';
import { isKnownTimeZone, nextOccurrence, type LocalTimeRule } from './local-time';

/** Namespace of the job ids derived from (schedule key, occurrence). */
const OCCURRENCE_NAMESPACE = '4a0b2f6e-4a52-4d53-9f3c-6a1f0c9f2b10';

export interface ScheduleSpec extends LocalTimeRule {
  key: string;
  queue: string;
  organizationId?: string | null;
  userId?: string | null;
  data?: Record<string, unknown>;
}

/** What every occurrence's job carries, besides the schedule's own data. */
export interface OccurrenceData {
  scheduleKey: string;
  /** ISO instant of the occurrence (the local time it stands for, in the schedule's zone). */
  scheduledFor: string;
}

export function occurrenceJobId(key: string, scheduledFor: Date): string {
  return uuidv5(`${key}@${scheduledFor.toISOString()}`, OCCURRENCE_NAMESPACE);
}

/**
 * Creates or updates a schedule. An unchanged rule keeps its next occurrence (even an overdue one, which the
 * next tick sends); a new or changed rule starts from the first occurrence after `now`.
 */
export async function upsertSchedule(db: Queryable, spec: ScheduleSpec, now: Date): Promise<{ nextRunAt: Date }> {
  const minute = spec.minute ?? 0;
  const weekday = spec.isoWeekday ?? null;
  if (!isKnownTimeZone(spec.timezone)) throw new Error(`schedule ${spec.key}: unknown time zone ${spec.timezone}`);
  const [existing] = await db.select().from(jobSchedules).where(eq(jobSchedules.key, spec.key)).for('update');
  const sameRule =
    existing && existing.timezone === spec.timezone && existing.localHour === spec.hour && existing.localMinute === minute && existing.isoWeekday === weekday;
  const nextRunAt = sameRule ? existing.nextRunAt : nextOccurrence({ ...spec, minute, isoWeekday: weekday }, now);
  const values = {
    queue: spec.queue,
    organizationId: spec.organizationId ?? null,
    userId: spec.userId ?? null,
    timezone: spec.timezone,
    localHour: spec.hour,
    localMinute: minute,
    isoWeekday: weekday,
    data: spec.data ?? {},
    nextRunAt,
    updatedAt: now,
  };
  await db
    .insert(jobSchedules)
    .values({ key: spec.key, ...values })
    .onConflictDoUpdate({ target: jobSchedules.key, set: values });
  return { nextRunAt };
}

export async function removeSchedule(db: Queryable, key: string): Promise<void> {
  await db.delete(jobSchedules).where(eq(jobSchedules.key, key));
}

export async function getSchedule(db: Queryable, key: string) {
  const [row] = await db.select().from(jobSchedules).where(eq(jobSchedules.key, key));
  return row ?? null;
}

/**
 * Sends every occurrence due at `now` (at most `batch` per transaction, until none is left) and returns how
 * many were sent. Safe to call from any number of workers at once.
 */
export async function fireDueSchedules({ db, now, batch = 100 }: { db: Database; now: Date; batch?: number }): Promise<number> {
  let sent = 0;
  for (;;) {
    const fired = await withGlobal(db, (tx) => fireBatch(tx, now, batch));
    sent += fired;
    if (fired < batch) return sent;
  }
}

async function fireBatch(tx: Tx, now: Date, batch: number): Promise<number> {
  const due = await tx
    .select()
    .from(jobSchedules)
    .where(lte(jobSchedules.nextRunAt, now))
    .orderBy(asc(jobSchedules.nextRunAt))
    .limit(batch)
    .for('update', { skipLocked: true });
  for (const row of due) {
    const occurrence: OccurrenceData = { scheduleKey: row.key, scheduledFor: row.nextRunAt.toISOString() };
    await sendInTransaction(tx, row.queue, { ...row.data, ...occurrence }, { id: occurrenceJobId(row.key, row.nextRunAt) });
    const next = nextOccurrence({ timezone: row.timezone, hour: row.localHour, minute: row.localMinute, isoWeekday: row.isoWeekday }, now);
    await tx
      .update(jobSchedules)
      .set({ nextRunAt: next, lastRunAt: row.nextRunAt, updatedAt: sql`now()` })
      .where(and(eq(jobSchedules.key, row.key), eq(jobSchedules.nextRunAt, row.nextRunAt)));
  }
  return due.length;
}
