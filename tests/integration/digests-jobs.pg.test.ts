/**
 * Digests through the real job machinery (pg-boss on a Postgres server, the local-time schedule rows, two
 * workers): each reader's schedule row is in their time zone; a worker that starts after the scheduled
 * hour sends the missed digest once (the start-up sweep and the overdue occurrence do not both send,
 * Metabase #47949); two workers ticking together send it once; a temporary SMTP error is retried by a
 * job that starts at the delivery's next attempt; a removed member's schedule row is gone after the
 * reconcile.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withGlobal, type Database } from '@/db/client';
import { jobSchedules, memberships } from '@/db/schema';
import { sendInTransaction } from '@/server/jobs/boss';
import { digestJobs, digestScheduleKey } from '@/server/jobs/digest';
import type { JobWorker } from '@/server/jobs/worker';
import { quietLog, testWorker, waitFor } from './jobs-support';
import { MONDAY_8AM, northWorld, openSharedServerDatabase, startSmtpPeer, type SmtpPeer } from './digests-support';

const onServer = Boolean(process.env.TEST_DATABASE_URL);
let shared: Awaited<ReturnType<typeof openSharedServerDatabase>>;
let db: Database;
let peer: SmtpPeer;
let current = new Date('2026-11-01T18:00:00Z');
/** Pinned, except in the retry test: pg-boss starts a delayed job by the server's own clock. */
let realTime = false;
const clock = () => (realTime ? new Date() : current);
const workers: JobWorker[] = [];

beforeAll(async () => {
  if (!onServer) return;
  shared = await openSharedServerDatabase(2);
  db = shared!.handles[0]!.db;
  peer = await startSmtpPeer();
  process.env.SMTP_URL = peer.url;
  process.env.APP_ORIGIN = 'https://footprint.example.com';
});
afterAll(async () => {
  for (const w of workers) await w.stop();
  delete process.env.SMTP_URL;
  delete process.env.APP_ORIGIN;
  await peer?.close();
  await shared?.close();
});
beforeEach(async () => {
  if (!onServer) return;
  for (const w of workers.splice(0)) await w.stop();
  peer.received.length = 0;
  quietLog.errors.length = 0;
  const owner = shared!.handles[0]!;
  const tables = (await owner.ownerQuery<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public' and tablename not like '__drizzle%'`)).map((r) => `"${r.tablename}"`);
  await owner.ownerQuery(`truncate ${tables.join(', ')} cascade`);
  await owner.ownerQuery(`delete from pgboss.job`);
});

async function startWorkers(count: number) {
  for (const h of shared!.handles.slice(0, count)) workers.push(await testWorker({ db: h.db, modules: [digestJobs], now: clock }));
  return workers;
}

async function digestJobsSettled() {
  return waitFor(async () => {
    const rows = await shared!.handles[0]!.ownerQuery<{ state: string; n: string }>(`select state, count(*) as n from pgboss.job where name = 'digest' group by state`);
    return rows.every((r) => r.state === 'completed' || r.state === 'failed') ? rows : null;
  }, 'digest jobs to finish');
}

describe.skipIf(!onServer)('digests on pg-boss', () => {
  it('keeps one schedule row per reader in their time zone, and drops a removed member’s', async () => {
    const north = await northWorld(db);
    const [w] = await startWorkers(1);
    await w!.reconcile();
    const key = digestScheduleKey(north.org.id, north.owner.id, 'kpi');
    const rows = await withGlobal(db, (tx) => tx.select().from(jobSchedules).where(eq(jobSchedules.queue, 'digest')));
    expect(rows.map((r) => [r.key, r.timezone, r.localHour, r.isoWeekday])).toEqual([[key, 'America/Chicago', 8, 1]]);
    expect(rows[0]!.nextRunAt.toISOString()).toBe(MONDAY_8AM.toISOString());
    await withGlobal(db, (tx) => tx.delete(memberships).where(and(eq(memberships.organizationId, north.org.id), eq(memberships.userId, north.owner.id))));
    await w!.reconcile();
    expect(await withGlobal(db, (tx) => tx.select().from(jobSchedules).where(eq(jobSchedules.queue, 'digest')))).toEqual([]);
  });

  it('a worker started after the scheduled hour sends the missed digest once, however many workers tick', async () => {
    await northWorld(db);
    const [w1, w2] = await startWorkers(2);
    await w1!.reconcile(); // Sunday: the schedule row exists, next run Monday 08:00 CST.
    current = new Date('2026-11-02T16:30:00Z'); // Back on Monday at 10:30 CST.
    await Promise.all([w1!.reconcile(), w1!.tick(), w2!.tick()]);
    await waitFor(async () => peer.received.length > 0, 'the digest');
    await digestJobsSettled();
    current = new Date('2026-11-02T17:00:00Z');
    await Promise.all([w1!.tick(), w2!.tick(), w2!.reconcile()]);
    await digestJobsSettled();
    await new Promise((r) => setTimeout(r, 1500));
    expect(peer.received).toHaveLength(1);
    expect(quietLog.errors).toEqual([]);
  });

  it('a temporary SMTP error is retried by a job starting at the next attempt', async () => {
    const north = await northWorld(db);
    realTime = true;
    try {
      await startWorkers(1);
      peer.refuseNext(451, 1);
      await withGlobal(db, (tx) =>
        sendInTransaction(tx, 'digest', { tenantId: north.org.id, userId: north.owner.id, kind: 'kpi', periodStart: '2026-10-26', periodEnd: '2026-11-01' }),
      );
      const failed = await waitFor(async () => {
        const rows = await shared!.handles[0]!.ownerQuery<{ next_attempt_at: Date | null }>(`select next_attempt_at from digest_deliveries where status = 'failed'`);
        return rows[0] ?? null;
      }, 'the failed attempt');
      const retry = await waitFor(async () => {
        const rows = await shared!.handles[0]!.ownerQuery<{ id: string; start_after: Date }>(`select id, start_after from pgboss.job where name = 'digest' and state = 'created'`);
        return rows[0] ?? null;
      }, 'the retry job');
      expect(new Date(retry.start_after).getTime()).toBe(new Date(failed.next_attempt_at!).getTime());
      expect(peer.received).toHaveLength(0);
      // A minute passes.
      await shared!.handles[0]!.ownerQuery(`update digest_deliveries set next_attempt_at = now() where status = 'failed'`);
      await shared!.handles[0]!.ownerQuery(`update pgboss.job set start_after = now() where id = $1`, [retry.id]);
      await waitFor(async () => peer.received.length === 1, 'the retried digest');
      await digestJobsSettled();
      expect(peer.received).toHaveLength(1);
      const [row] = await shared!.handles[0]!.ownerQuery<{ status: string; attempts: number }>(`select status, attempts from digest_deliveries`);
      expect(row).toEqual({ status: 'sent', attempts: 2 });
    } finally {
      realTime = false;
    }
  });
});
