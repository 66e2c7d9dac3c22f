/**
 * Two app instances on one Postgres server (real Postgres only, `npm run test:pg`): each its own connection
 * pool and its own pg-boss worker, as two `npm start` processes (or `npm run worker`s) would be. They reconcile
 * the schedules together at start, tick together at the same instant (several times), and work the same queues:
 * every tenant gets exactly one nightly run. The clock is pinned (a June night, 02:00 local); nothing reads
 * today's date.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, withGlobal, withTenant, type DatabaseHandle } from '@/db/client';
import { organizations } from '@/db/schema';
import { planningJobs } from '@/server/jobs/modules';
import { syncAllTenantSchedules } from '@/server/jobs/planning-nightly';
import type { JobWorker } from '@/server/jobs/worker';
import { queuePlanningRun } from '@/server/services/planning/request-run';
import { createBoss } from '@/server/jobs/boss';
import { makeOrg } from './support/actors';
import { onRealPostgres } from './support/database';
import { jobsIn, quietLog, testWorker, waitFor } from './jobs-support';

describe.skipIf(!onRealPostgres)('jobs with two app instances on one Postgres server', () => {
  let admin: { unsafe: (q: string) => Promise<unknown>; end: (o?: { timeout?: number }) => Promise<void> };
  let dbName = '';
  let dbUrl = '';
  let one: DatabaseHandle;
  let two: DatabaseHandle;
  const workers: JobWorker[] = [];

  beforeAll(async () => {
    const { default: postgres } = await import('postgres');
    admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} }) as never;
    dbName = `fp_jobs_${randomBytes(5).toString('hex')}`;
    await admin.unsafe(`create database ${dbName}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${dbName}`;
    // Both start at once, as two instances would: the migration lock lets one install, the other waits.
    dbUrl = url.toString();
    [one, two] = await Promise.all([openDatabase({ url: dbUrl }), openDatabase({ url: dbUrl })]);
  });

  afterAll(async () => {
    for (const w of workers) await w.stop();
    await one?.close();
    await two?.close();
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end({ timeout: 5 });
  });

  it('two workers on one tick start one nightly run per tenant, not two', async () => {
    const chicagoA = await makeOrg(one.db, 'nightly-a');
    const chicagoB = await makeOrg(one.db, 'nightly-b');
    const berlin = await makeOrg(one.db, 'nightly-c');
    await withGlobal(one.db, (tx) => tx.update(organizations).set({ timezone: 'Europe/Berlin' }).where(eq(organizations.id, berlin.id)));
    await makeOrg(one.db, 'nightly-provider', 'provider');
    const tenants = [chicagoA.id, chicagoB.id, berlin.id];

    // Start-up: both instances reconcile the schedules at the same time (Monday 15 June 2026, midday UTC).
    const startedAt = new Date('2026-06-15T12:00:00Z');
    await Promise.all([syncAllTenantSchedules(one.db, startedAt), syncAllTenantSchedules(two.db, startedAt)]);
    const schedules = await one.ownerQuery<{ key: string; next_run_at: string }>(`select key, next_run_at from job_schedules order by key`);
    expect(schedules).toHaveLength(3);

    // 02:00:20 CDT on 16 June (07:00:20 UTC): Chicago's 02:00 (07:00 UTC) and Berlin's (00:00 UTC) are both due.
    const tickAt = new Date('2026-06-16T07:00:20Z');
    const clock = () => tickAt;
    const w1 = await testWorker({ db: one.db, modules: [planningJobs], now: clock });
    const w2 = await testWorker({ db: two.db, modules: [planningJobs], now: clock });
    workers.push(w1, w2);
    const sent = await Promise.all([w1.tick(), w2.tick(), w1.tick(), w2.tick(), w1.tick(), w2.tick()]);
    expect(sent.reduce((a, b) => a + b, 0), 'occurrences sent across both instances').toBe(3);

    const finished = await waitFor(async () => {
      const rows = await one.ownerQuery<{ tenant_id: string; status: string; trigger: string; scheduled_for: string }>(
        `select tenant_id, status, trigger, parameters->>'scheduledFor' as scheduled_for from planning_runs order by tenant_id`,
      );
      return rows.length >= 3 && rows.every((r) => r.status === 'succeeded' || r.status === 'failed') ? rows : null;
    }, 'three nightly runs to finish', 90_000);
    // Let both workers poll a few more times: nothing else may appear.
    await new Promise((r) => setTimeout(r, 2000));
    const runs = await one.ownerQuery<{ tenant_id: string; n: number }>(`select tenant_id, count(*)::int as n from planning_runs group by tenant_id`);
    expect(Object.fromEntries(runs.map((r) => [r.tenant_id, r.n]))).toEqual(Object.fromEntries(tenants.map((t) => [t, 1])));
    expect(finished.every((r) => r.status === 'succeeded' && r.trigger === 'nightly')).toBe(true);
    expect(finished.find((r) => r.tenant_id === berlin.id)?.scheduled_for).toBe('2026-06-16T00:00:00.000Z');
    expect(finished.find((r) => r.tenant_id === chicagoA.id)?.scheduled_for).toBe('2026-06-16T07:00:00.000Z');
    expect(await jobsIn(one, 'planning-nightly')).toHaveLength(3);
    expect(await jobsIn(one, 'planning-run')).toHaveLength(3);
    // Every schedule moved on to the next night.
    const after = await one.ownerQuery<{ key: string; next_run_at: string }>(`select key, next_run_at from job_schedules order by key`);
    expect(after.every((s) => new Date(s.next_run_at).getTime() > tickAt.getTime())).toBe(true);
    expect(quietLog.errors).toEqual([]);
  });

  it('two instances asked to run planning for one tenant at the same moment queue one run and one job', async () => {
    const org = await makeOrg(one.db, 'race-run');
    const results = await Promise.all(
      [one, two, one, two].map((h) => withTenant(h.db, org.id, (tx) => queuePlanningRun(tx, { tenantId: org.id, trigger: 'manual' }))),
    );
    const ids = new Set(results.map((r) => r.runId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.alreadyActive)).toHaveLength(1);
    const jobs = (await jobsIn(one, 'planning-run')).filter((j) => j.singleton_key === org.id);
    expect(jobs.map((j) => j.id)).toEqual([...ids]);
  });

  it('a worker process killed mid-run (SIGKILL) leaves its run running until the job expires; the retry marks it failed', async () => {
    // Only the child may take this job: stop the workers of the tests before.
    while (workers.length) await workers.pop()!.stop();
    await one.ownerQuery(`delete from pgboss.job where name = 'planning-run' and state < 'active'`);
    const org = await makeOrg(one.db, 'killed-run');
    const { runId } = await withTenant(one.db, org.id, (tx) => queuePlanningRun(tx, { tenantId: org.id, trigger: 'manual' }));
    const child = spawn('npx', ['tsx', 'tests/integration/jobs-killed-worker.ts'], { env: { ...process.env, JOBS_TEST_URL: dbUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.stderr.on('data', (chunk) => (out += String(chunk)));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      await waitFor(async () => out.includes(`RUNNING ${runId}`), 'the child worker to start the run', 90_000).catch((error: Error) => {
        throw new Error(`${error.message}; the child said: ${out.slice(-2000)}`);
      });
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const [job] = (await jobsIn(one, 'planning-run')).filter((j) => j.id === runId);
    expect(job?.state, 'a killed process fails nothing: the job stays active').toBe('active');
    const [stuck] = await one.ownerQuery<{ status: string }>(`select status from planning_runs where id = $1`, [runId]);
    expect(stuck?.status).toBe('running');

    // Half an hour on (the queue's expiry), maintenance fails the job into a retry; the retry runs now.
    await one.ownerQuery(`update pgboss.job set started_on = now() - interval '31 minutes' where id = $1`, [runId]);
    const maintenance = createBoss(one.db, { schedule: false, supervise: false });
    await maintenance.start();
    await maintenance.maintain();
    await maintenance.stop({ graceful: false, close: false });
    await one.ownerQuery(`update pgboss.job set start_after = now() where id = $1 and state = 'retry'`, [runId]);

    const w = await testWorker({ db: two.db, modules: [planningJobs] });
    workers.push(w);
    const failed = await waitFor(async () => {
      const [row] = await one.ownerQuery<{ status: string; error: string | null }>(`select status, error from planning_runs where id = $1`, [runId]);
      return row?.status === 'failed' ? row : null;
    }, 'the run to be marked failed');
    expect(failed.error).toMatch(/^The planning run was interrupted: its worker stopped responding/);
  });
});
