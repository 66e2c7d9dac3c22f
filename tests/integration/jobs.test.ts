/**
 * The job machinery on a real pg-boss (server/jobs): PGlite here, a Postgres server under `npm run test:pg`.
 * Jobs are sent inside the caller's transaction, planning runs are queued once per tenant, a run whose worker
 * died is marked failed, and the nightly schedule fires once per occurrence at 02:00 local across DST.
 * Every instant is pinned; no test reads today's date.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { withGlobal, withTenant } from '@/db/client';
import { jobSchedules, planningRuns, planningSettings } from '@/db/schema';
import { newId } from '@/db/schema/ids';
import { createBoss, sendInTransaction } from '@/server/jobs/boss';
import { nightlyScheduleKey, syncAllTenantSchedules, syncTenantSchedules } from '@/server/jobs/planning-nightly';
import { planningRunHandlers, type ExecutePlanningRun } from '@/server/jobs/planning-run';
import { nightlyHandlers } from '@/server/jobs/planning-nightly';
import type { JobModule } from '@/server/jobs/registry';
import { fireDueSchedules, getSchedule } from '@/server/jobs/schedules';
import type { JobWorker } from '@/server/jobs/worker';
import { queuePlanningRun } from '@/server/services/planning/request-run';
import { DEFAULT_PLANNING_SETTINGS } from '@/server/services/planning-settings/schemas';
import { planningJobs } from '@/server/jobs/modules';
import { callerFor, twoTenants } from './support/actors';
import { stockWorld } from './support/stock-world';
import { openTestDatabase, type TestDatabase } from './support/database';
import { jobsIn, quietLog, resetJobs, testWorker, waitFor } from './jobs-support';

let db: TestDatabase;
const workers: JobWorker[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.reset();
  await resetJobs(db);
  quietLog.errors.length = 0;
  quietLog.warnings.length = 0;
});
afterEach(async () => {
  while (workers.length) await workers.pop()!.stop();
});

async function worker(modules: JobModule[], extra: Partial<Parameters<typeof testWorker>[0]> = {}) {
  const w = await testWorker({ db: db.db, modules, ...extra });
  workers.push(w);
  return w;
}

/** Stands in for the planning service's executePlanningRun: the run goes running, reports progress, succeeds. */
const executed: string[] = [];
const standInExecute: ExecutePlanningRun = async ({ db: database, tenantId, runId, onProgress }) => {
  executed.push(runId);
  await withTenant(database, tenantId, (tx) =>
    tx.update(planningRuns).set({ status: 'running', startedAt: new Date(), phase: 'load' }).where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId))),
  );
  await onProgress?.({ phase: 'forecast', percent: 50 });
  await withTenant(database, tenantId, (tx) =>
    tx
      .update(planningRuns)
      .set({ status: 'succeeded', finishedAt: new Date(), phase: 'done', progressPercent: 100 })
      .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId))),
  );
};

/** `planning.start` takes only the organization (its empty input types as Record<string, never> in zod 4). */
function orgOnly(org: string): never {
  return { org } as never;
}

function planningModule(execute: ExecutePlanningRun = standInExecute): JobModule {
  return { name: 'planning', handlers: [...planningRunHandlers(execute), ...nightlyHandlers] };
}

async function runRow(tenantId: string, runId: string) {
  const [row] = await withTenant(db.db, tenantId, (tx) => tx.select().from(planningRuns).where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId))));
  return row ?? null;
}

describe('sending inside a transaction', () => {
  it('a job sent in a transaction that rolls back never exists and never runs; one that commits runs once', async () => {
    const seen: unknown[] = [];
    await worker([{ name: 'probe', handlers: [{ queue: 'digest', handle: async (job) => void seen.push(job.data) }] }]);
    await expect(
      withGlobal(db.db, async (tx) => {
        await sendInTransaction(tx, 'digest', { n: 'rolled back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await withGlobal(db.db, (tx) => sendInTransaction(tx, 'digest', { n: 'committed' }));
    await waitFor(async () => seen.length >= 1, 'the committed job');
    // Give the worker a few more polls: the rolled-back job must still not appear.
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen).toEqual([{ n: 'committed' }]);
    const all = await db.ownerQuery<{ data: unknown }>(`select data from pgboss.job where name = 'digest' union all select data from pgboss.archive where name = 'digest'`);
    expect(all.map((r) => r.data)).toEqual([{ n: 'committed' }]);
  });

  it('a planning run queued in a transaction that rolls back leaves neither a run row nor a job', async () => {
    const t = await twoTenants(db.db);
    await expect(
      withTenant(db.db, t.a.id, async (tx) => {
        await queuePlanningRun(tx, { tenantId: t.a.id, trigger: 'manual' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await jobsIn(db, 'planning-run')).toEqual([]);
    expect((await db.snapshot()).planning_runs).toBe(0);
  });
});

describe('planning-run queue', () => {
  it('"Run planning" queues one job (id = run id, singleton key = tenant); the worker runs it and the run ends succeeded', async () => {
    const t = await twoTenants(db.db);
    const planner = await callerFor(db.db, t.people.plannerA);
    const started = await planner.planning.start(orgOnly(t.a.slug));
    expect(started.alreadyActive).toBe(false);
    const [job] = await jobsIn(db, 'planning-run');
    expect(job).toMatchObject({ id: started.runId, state: 'created', singleton_key: t.a.id, data: { tenantId: t.a.id, runId: started.runId } });

    await worker([planningModule()]);
    const done = await waitFor(async () => {
      const row = await runRow(t.a.id, started.runId);
      return row?.status === 'succeeded' ? row : null;
    }, 'the run to succeed');
    expect(done.finishedAt).not.toBeNull();
    await waitFor(async () => (await jobsIn(db, 'planning-run'))[0]?.state === 'completed', 'the job to complete');
  });

  it('with the real planning service: a small tenant’s run is picked up, reports its phases and ends succeeded', async () => {
    const world = await stockWorld(db.db);
    const started = await world.callers.planner.planning.start(orgOnly(world.orgA));
    await worker([planningJobs], { now: () => new Date('2026-06-15T12:00:00Z') });
    const done = await waitFor(async () => {
      const row = await runRow(world.a.id, started.runId);
      return row && (row.status === 'succeeded' || row.status === 'failed') ? row : null;
    }, 'the run to finish', 60_000);
    expect({ status: done.status, error: done.error }).toEqual({ status: 'succeeded', error: null });
    expect(done.phase).toBe('done');
    expect(done.progressPercent).toBe(100);
    // No order history in this little network: a finished run that says so, not an error.
    expect(done.outcome).toBe('insufficient_history');
    expect(done.message).toMatch(/Not enough history yet/);
    await waitFor(async () => (await jobsIn(db, 'planning-run'))[0]?.state === 'completed', 'the job to complete');
    expect(quietLog.errors).toEqual([]);
  });

  it('a second request while one is queued or running returns the same run and queues no second job', async () => {
    const t = await twoTenants(db.db);
    const planner = await callerFor(db.db, t.people.plannerA);
    const owner = await callerFor(db.db, t.people.ownerA);
    const first = await planner.planning.start(orgOnly(t.a.slug));
    const second = await owner.planning.start(orgOnly(t.a.slug));
    expect(second).toEqual({ runId: first.runId, alreadyActive: true });
    // While it is running, too.
    await withTenant(db.db, t.a.id, (tx) => tx.update(planningRuns).set({ status: 'running', startedAt: new Date() }).where(eq(planningRuns.id, first.runId)));
    const third = await planner.planning.start(orgOnly(t.a.slug));
    expect(third).toEqual({ runId: first.runId, alreadyActive: true });
    expect((await jobsIn(db, 'planning-run')).map((j) => j.id)).toEqual([first.runId]);
    // Another tenant is not held up.
    const ownerB = await callerFor(db.db, t.people.ownerB);
    const other = await ownerB.planning.start(orgOnly(t.b.slug));
    expect(other.alreadyActive).toBe(false);
    expect(await jobsIn(db, 'planning-run')).toHaveLength(2);
  });

  it('a run left running by a worker that died is marked failed with a readable reason when its job expires and is retried', async () => {
    const t = await twoTenants(db.db);
    const { runId } = await withTenant(db.db, t.a.id, (tx) => queuePlanningRun(tx, { tenantId: t.a.id, trigger: 'manual' }));
    // A worker takes the job and starts the run, then its process is killed: nothing completes the job.
    const dying = createBoss(db.db, { schedule: false, supervise: false });
    await dying.start();
    const [taken] = await dying.fetch('planning-run');
    expect(taken?.id).toBe(runId);
    await withTenant(db.db, t.a.id, (tx) => tx.update(planningRuns).set({ status: 'running', startedAt: new Date(), phase: 'forecast' }).where(eq(planningRuns.id, runId)));
    await dying.stop({ graceful: false, close: false });
    // Half an hour later pg-boss's maintenance expires the active job (retried after the queue's delay).
    await db.ownerQuery(`update pgboss.job set started_on = now() - interval '31 minutes' where id = $1`, [runId]);
    const maintenance = createBoss(db.db, { schedule: false, supervise: false });
    await maintenance.start();
    await maintenance.maintain();
    const [retried] = await jobsIn(db, 'planning-run');
    expect(retried?.state).toBe('retry');
    await db.ownerQuery(`update pgboss.job set start_after = now() where id = $1`, [runId]);
    await maintenance.stop({ graceful: false, close: false });

    executed.length = 0;
    await worker([planningModule()]);
    const failed = await waitFor(async () => {
      const row = await runRow(t.a.id, runId);
      return row?.status === 'failed' ? row : null;
    }, 'the abandoned run to be marked failed');
    expect(failed.error).toMatch(/interrupted: its worker stopped responding .* run planning again/i);
    expect(failed.finishedAt).not.toBeNull();
    expect(executed, 'the abandoned run is not started again behind the planner’s back').toEqual([]);
    await waitFor(async () => (await jobsIn(db, 'planning-run'))[0]?.state === 'completed', 'the retry to complete');
  });

  it('a job out of retries goes to planning-run-failed, which marks its still-queued run failed', async () => {
    const t = await twoTenants(db.db);
    const { runId } = await withTenant(db.db, t.a.id, (tx) => queuePlanningRun(tx, { tenantId: t.a.id, trigger: 'manual' }));
    await db.ownerQuery(`update pgboss.job set retry_limit = 0 where id = $1`, [runId]);
    const broken: ExecutePlanningRun = async () => {
      throw new Error('the engine crashed');
    };
    await worker([planningModule(broken)]);
    const failed = await waitFor(async () => {
      const row = await runRow(t.a.id, runId);
      return row?.status === 'failed' ? row : null;
    }, 'the run to be marked failed');
    expect(failed.error).toMatch(/could not be completed after several attempts/);
    expect((await jobsIn(db, 'planning-run'))[0]?.state).toBe('failed');
  });
});

describe('nightly planning schedule', () => {
  it('each importer gets one schedule at 02:00 in its time zone; settings move it or turn it off; providers get none', async () => {
    const t = await twoTenants(db.db);
    const now = new Date('2026-06-15T12:00:00Z');
    expect(await syncAllTenantSchedules(db.db, now)).toBe(2);
    const rows = await withGlobal(db.db, (tx) => tx.select().from(jobSchedules));
    expect(rows.map((r) => r.key).sort()).toEqual([nightlyScheduleKey(t.a.id), nightlyScheduleKey(t.b.id)].sort());
    const a = await getSchedule(db.db, nightlyScheduleKey(t.a.id));
    // America/Chicago (the organization default), CDT in June: 02:00 local = 07:00 UTC, the next day.
    expect(a).toMatchObject({ queue: 'planning-nightly', timezone: 'America/Chicago', localHour: 2, organizationId: t.a.id });
    expect(a?.nextRunAt.toISOString()).toBe('2026-06-16T07:00:00.000Z');

    await withTenant(db.db, t.a.id, async (tx) => {
      await tx.insert(planningSettings).values({ tenantId: t.a.id, id: newId(), settings: { ...DEFAULT_PLANNING_SETTINGS, nightlyHour: 4 } });
      await syncTenantSchedules(tx, { tenantId: t.a.id, now });
    });
    expect((await getSchedule(db.db, nightlyScheduleKey(t.a.id)))?.nextRunAt.toISOString()).toBe('2026-06-16T09:00:00.000Z');

    await withTenant(db.db, t.a.id, async (tx) => {
      await tx.update(planningSettings).set({ settings: { ...DEFAULT_PLANNING_SETTINGS, nightlyEnabled: false } }).where(eq(planningSettings.tenantId, t.a.id));
      await syncTenantSchedules(tx, { tenantId: t.a.id, now });
    });
    expect(await getSchedule(db.db, nightlyScheduleKey(t.a.id))).toBeNull();
    expect(await getSchedule(db.db, nightlyScheduleKey(t.p.id))).toBeNull();
  });

  it('fires at 02:00 Chicago time across the March change, once per occurrence, and queues one nightly run', async () => {
    const t = await twoTenants(db.db);
    await withTenant(db.db, t.a.id, (tx) => syncTenantSchedules(tx, { tenantId: t.a.id, now: new Date('2026-03-06T12:00:00Z') }));
    await withTenant(db.db, t.b.id, (tx) => syncTenantSchedules(tx, { tenantId: t.b.id, now: new Date('2026-03-06T12:00:00Z') }));
    const key = nightlyScheduleKey(t.a.id);
    expect((await getSchedule(db.db, key))?.nextRunAt.toISOString()).toBe('2026-03-07T08:00:00.000Z'); // 02:00 CST

    // A minute before: nothing. On the tick just after: one job per tenant, however many times the tick runs.
    expect(await fireDueSchedules({ db: db.db, now: new Date('2026-03-07T07:59:30Z') })).toBe(0);
    expect(await fireDueSchedules({ db: db.db, now: new Date('2026-03-07T08:00:20Z') })).toBe(2);
    expect(await fireDueSchedules({ db: db.db, now: new Date('2026-03-07T08:01:20Z') })).toBe(0);
    // The change night: 02:00 does not exist, the occurrence is 03:00 CDT (08:00 UTC); then 02:00 CDT (07:00 UTC).
    expect((await getSchedule(db.db, key))?.nextRunAt.toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(await fireDueSchedules({ db: db.db, now: new Date('2026-03-08T07:00:30Z') })).toBe(0);
    expect(await fireDueSchedules({ db: db.db, now: new Date('2026-03-08T08:00:30Z') })).toBe(2);
    expect((await getSchedule(db.db, key))?.nextRunAt.toISOString()).toBe('2026-03-09T07:00:00.000Z');

    const jobs = (await jobsIn(db, 'planning-nightly')).filter((j) => j.data.tenantId === t.a.id);
    expect(jobs.map((j) => j.data.scheduledFor)).toEqual(['2026-03-07T08:00:00.000Z', '2026-03-08T08:00:00.000Z']);

    // The worker turns each occurrence into a nightly run; the run job follows in the same transaction.
    await worker([planningModule(async () => {})]);
    await waitFor(async () => (await jobsIn(db, 'planning-nightly')).every((j) => j.state === 'completed'), 'the nightly jobs');
    const runs = await withTenant(db.db, t.a.id, (tx) => tx.select().from(planningRuns).where(eq(planningRuns.tenantId, t.a.id)));
    // The first occurrence's run is still queued (the stand-in executor does nothing), so the second finds it active.
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'nightly', createdBy: null, parameters: { scheduledFor: '2026-03-07T08:00:00.000Z' } });
  });

  it('a server down at 02:00 sends the missed occurrence once when it is back, then the next one at 02:00', async () => {
    const t = await twoTenants(db.db);
    await withTenant(db.db, t.a.id, (tx) => syncTenantSchedules(tx, { tenantId: t.a.id, now: new Date('2026-10-30T12:00:00Z') }));
    const key = nightlyScheduleKey(t.a.id);
    // Back at 09:15 local on 31 October (14:15 UTC): the reconcile at start keeps the overdue occurrence...
    await withTenant(db.db, t.a.id, (tx) => syncTenantSchedules(tx, { tenantId: t.a.id, now: new Date('2026-10-31T14:15:00Z') }));
    expect((await getSchedule(db.db, key))?.nextRunAt.toISOString()).toBe('2026-10-31T07:00:00.000Z');
    // ...and the first tick sends it once and moves on to the November change night (02:00 CST = 08:00 UTC).
    expect(await fireDueSchedules({ db: db.db, now: new Date('2026-10-31T14:15:30Z') })).toBe(1);
    expect(await fireDueSchedules({ db: db.db, now: new Date('2026-10-31T14:16:30Z') })).toBe(0);
    expect((await getSchedule(db.db, key))?.nextRunAt.toISOString()).toBe('2026-11-01T08:00:00.000Z');
  });

  it('a worker that dies right after queuing the nightly run leaves the occurrence done, not retried', async () => {
    const t = await twoTenants(db.db);
    await withTenant(db.db, t.a.id, (tx) => syncTenantSchedules(tx, { tenantId: t.a.id, now: new Date('2026-06-15T12:00:00Z') }));
    expect(await fireDueSchedules({ db: db.db, now: new Date('2026-06-16T07:00:30Z') })).toBe(1);
    const { handleNightlyOccurrence } = await import('@/server/jobs/planning-nightly');
    let attempts = 0;
    // The handler's transaction commits, then the attempt fails before pg-boss hears back (a crash).
    await worker([
      {
        name: 'crashing-nightly',
        handlers: [
          {
            queue: 'planning-nightly',
            handle: async (job, ctx) => {
              attempts += 1;
              await handleNightlyOccurrence(job as never, ctx);
              throw new Error('process killed after commit');
            },
          },
        ],
      },
    ]);
    await waitFor(async () => attempts >= 1 && (await jobsIn(db, 'planning-nightly'))[0]?.state !== 'active', 'the attempt to end');
    const [occurrence] = await jobsIn(db, 'planning-nightly');
    expect(occurrence?.state, 'completed with the run, in one transaction').toBe('completed');
    expect(occurrence?.output).toMatchObject({ summary: expect.stringMatching(/^queued run /) });
    const runs = await withTenant(db.db, t.a.id, (tx) => tx.select().from(planningRuns).where(eq(planningRuns.tenantId, t.a.id)));
    expect(runs).toHaveLength(1);
  });

  it('an occurrence whose job runs twice (a retry) queues one run', async () => {
    const t = await twoTenants(db.db);
    const { handleNightlyOccurrence } = await import('@/server/jobs/planning-nightly');
    const job = { id: newId(), retryCount: 0, output: null, data: { tenantId: t.a.id, scheduleKey: nightlyScheduleKey(t.a.id), scheduledFor: '2026-06-16T07:00:00.000Z' } };
    const ctx = { db: db.db, now: () => new Date('2026-06-16T07:00:30Z'), log: quietLog };
    const first = await handleNightlyOccurrence(job, ctx);
    expect(first).toMatch(/^queued run /);
    // The first run finishes before the retry arrives: the retry still must not queue another.
    await withTenant(db.db, t.a.id, (tx) => tx.update(planningRuns).set({ status: 'succeeded', startedAt: new Date(), finishedAt: new Date() }).where(eq(planningRuns.tenantId, t.a.id)));
    const again = await Promise.all([handleNightlyOccurrence({ ...job, retryCount: 1 }, ctx), handleNightlyOccurrence({ ...job, retryCount: 1 }, ctx)]);
    expect(again.every((s) => /already queued/.test(s))).toBe(true);
    const runs = await withTenant(db.db, t.a.id, (tx) => tx.select().from(planningRuns).where(eq(planningRuns.tenantId, t.a.id)));
    expect(runs).toHaveLength(1);
    expect(await jobsIn(db, 'planning-run')).toHaveLength(1);
  });
});

describe('the worker', () => {
  it('starts pg-boss as the app role with migrate off (the owner installed schema and queues)', async () => {
    const boss = createBoss(db.db, { schedule: false, supervise: false });
    await boss.start();
    expect(await boss.schemaVersion()).toBeGreaterThan(0);
    const names = (await boss.getQueues()).map((q) => q.name).sort();
    expect(names).toEqual(expect.arrayContaining(['digest', 'jobs-clock', 'planning-nightly', 'planning-run', 'planning-run-failed']));
    // The app role cannot create a queue (a table) itself.
    const refused: unknown = await boss.createQueue('made-up-queue').then(() => null, (error: unknown) => error);
    const cause = (refused as { cause?: { message?: string } } | null)?.cause?.message ?? String(refused);
    expect(cause).toMatch(/permission denied/);
    expect(await boss.getQueue('made-up-queue')).toBeNull();
    await boss.stop({ graceful: false, close: false });
    expect(PgBoss.states.active).toBe('active');
  });

  it('stops gracefully: a running job finishes before stop resolves', async () => {
    let finished = false;
    let started = false;
    const w = await testWorker({
      db: db.db,
      modules: [
        {
          name: 'slow',
          handlers: [
            {
              queue: 'digest',
              handle: async () => {
                started = true;
                await new Promise((r) => setTimeout(r, 1200));
                finished = true;
              },
            },
          ],
        },
      ],
    });
    await withGlobal(db.db, (tx) => sendInTransaction(tx, 'digest', { slow: true }));
    await waitFor(async () => started, 'the job to start');
    await w.stop();
    expect(finished).toBe(true);
    await waitFor(async () => (await jobsIn(db, 'digest'))[0]?.state === 'completed', 'the job to be completed, not failed by the stop');
  });
});
