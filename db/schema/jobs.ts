/**
 * Local-time schedules of the job machinery (server/jobs/schedules.ts): one row per thing that recurs at a
 * wall-clock time in some time zone (a tenant's nightly planning run, a member's digest). A global table: the
 * scheduler reads every tenant's rows in one query, before any tenant is chosen, so it carries
 * `organization_id`, never `tenant_id`.
 *
 * pg-boss 10 keys its own schedules by queue name (one schedule per queue), so per-tenant and per-recipient
 * schedules live here instead: `next_run_at` is the next occurrence (UTC instant), advanced in the same
 * transaction that sends the occurrence's job, so each occurrence is sent once however many workers tick.
 */
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { timestamptz } from './columns';
import { organizations } from './tenancy';
import { users } from './auth';

export const jobSchedules = pgTable(
  'job_schedules',
  {
    /** Unique per schedule, e.g. `planning-nightly:<organization id>`; two schedules never share a key. */
    key: text('key').primaryKey(),
    /** The pg-boss queue each occurrence is sent to. */
    queue: text('queue').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** IANA time zone the local time is read in. */
    timezone: text('timezone').notNull(),
    localHour: integer('local_hour').notNull(),
    localMinute: integer('local_minute').notNull().default(0),
    /** ISO weekday (1 = Monday ... 7 = Sunday) of a weekly schedule; null = every day. */
    isoWeekday: integer('iso_weekday'),
    /** Sent with every occurrence (plus scheduleKey and scheduledFor). */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    nextRunAt: timestamptz('next_run_at').notNull(),
    /** The occurrence last sent. */
    lastRunAt: timestamptz('last_run_at'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('job_schedules_due_idx').on(t.nextRunAt),
    index('job_schedules_organization_idx').on(t.organizationId),
    check('job_schedules_hour_range', sql`${t.localHour} between 0 and 23`),
    check('job_schedules_minute_range', sql`${t.localMinute} between 0 and 59`),
    check('job_schedules_weekday_range', sql`${t.isoWeekday} between 1 and 7`),
  ],
);
