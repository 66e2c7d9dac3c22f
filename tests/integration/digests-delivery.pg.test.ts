/**
 * Digest delivery on a real Postgres server with a real SMTP peer (smtp-server): exactly one email per
 * reader and period when three app instances run one tick, when a worker is killed after the SMTP
 * server accepted the message and before the row was marked sent, and when the first attempt met a
 * temporary SMTP error; a permanent refusal pauses the subscription. And the failures reported in other
 * products: a server down at the scheduled hour sends the missed digest once (Metabase #47949), several
 * schedulers never multiply a digest (Metabase #45622, Superset #36264), a reader of two organizations
 * gets both (PostHog #53748); a removed member or a revoked grant gets nothing; a Monday 08:00 digest in
 * America/Chicago goes out at 08:00 local on both sides of the November change.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { and, eq, sql } from 'drizzle-orm';
import { withGlobal, withTenant, type Database } from '@/db/client';
import { digestDeliveries, digestSubscriptions, memberships, providerGrants } from '@/db/schema';
import { deliverDueDigests } from '@/server/services/digests/run-due';
import { unsubscribeRequest } from '@/server/services/digests/unsubscribe';
import { createUnsubscribeToken } from '@/server/services/digests/unsubscribe-token';
import { makeUser } from './support/actors';
import {
  addMember,
  countByRecipient,
  grantSince,
  header,
  makeOrgWith,
  MONDAY_8AM,
  northWorld,
  openSharedServerDatabase,
  startSmtpPeer,
  type SmtpPeer,
} from './digests-support';

const ORIGIN = 'https://footprint.example.com';
const MINUTE = 60_000;
const onServer = Boolean(process.env.TEST_DATABASE_URL);

let shared: Awaited<ReturnType<typeof openSharedServerDatabase>>;
let db: Database;
let peer: SmtpPeer;

beforeAll(async () => {
  if (!onServer) return;
  shared = await openSharedServerDatabase(3);
  db = shared!.handles[0]!.db;
  peer = await startSmtpPeer();
});
afterAll(async () => {
  await peer?.close();
  await shared?.close();
});
beforeEach(async () => {
  if (!onServer) return;
  peer.received.length = 0;
  peer.refuseNext(0, 0);
  const owner = shared!.handles[0]!;
  const tables = (await owner.ownerQuery<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public' and tablename not like '__drizzle%'`)).map((r) => `"${r.tablename}"`);
  await owner.ownerQuery(`truncate ${tables.join(', ')} cascade`);
});

const tick = (at: Date, database: Database = db) => deliverDueDigests({ db: database, smtpUrl: peer.url, origin: ORIGIN }, { now: at, concurrency: 4 });
const later = (minutes: number, from = MONDAY_8AM) => new Date(from.getTime() + minutes * MINUTE);

async function deliveryRows(tenantId: string) {
  return withTenant(db, tenantId, (tx) => tx.select().from(digestDeliveries).where(eq(digestDeliveries.tenantId, tenantId)));
}

describe.skipIf(!onServer)('digest delivery, exactly once', () => {
  it('three app instances on one tick send one email per reader and period', async () => {
    const north = await northWorld(db);
    const admin = await makeUser(db, 'north-admin@x.test');
    await addMember(db, north.org.id, admin.id, 'admin');
    const south = await northWorld(db, 'south', 'south');
    const at = later(1);
    const results = await Promise.all(shared!.handles.map((h) => tick(at, h.db)));
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.reduce((n, r) => n + (r.outcomes.sent ?? 0), 0)).toBe(3);
    expect(countByRecipient(peer.received)).toEqual({ 'north-owner@x.test': 1, 'north-admin@x.test': 1, 'south-owner@x.test': 1 });
    // Again, from every instance: nothing more.
    await Promise.all(shared!.handles.map((h) => tick(later(5), h.db)));
    expect(peer.received).toHaveLength(3);
    expect((await deliveryRows(north.org.id)).map((r) => r.status).sort()).toEqual(['sent', 'sent']);
    expect((await deliveryRows(south.org.id)).map((r) => [r.status, r.periodStart, r.periodEnd])).toEqual([['sent', '2026-10-26', '2026-11-01']]);
  });

  it('a worker killed after the SMTP send and before marking it sent never causes a second email', async () => {
    const north = await northWorld(db);
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/digests-worker-child.ts'], {
      env: { ...process.env, CHILD_DATABASE_URL: shared!.url, CHILD_SMTP_URL: peer.url, CHILD_ORIGIN: ORIGIN, CHILD_NOW: later(1).toISOString() },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ACCEPTED')) resolve();
        if (chunk.toString().includes('DONE')) reject(new Error('the child finished without sending'));
      });
      child.on('exit', () => reject(new Error('the child exited before the send')));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(peer.received).toHaveLength(1);
    expect((await deliveryRows(north.org.id)).map((r) => r.status)).toEqual(['sending']);

    // While the send lease runs, nobody touches it; after it, the delivery is unconfirmed, never resent.
    await tick(later(2));
    expect(peer.received).toHaveLength(1);
    const after = await tick(later(8));
    expect(after.outcomes).toEqual({ unconfirmed: 1 });
    await tick(later(60));
    expect(peer.received).toHaveLength(1);
    const [row] = await deliveryRows(north.org.id);
    expect(row).toMatchObject({ status: 'unconfirmed', attempts: 1 });
    expect(row!.error).toMatch(/may have been delivered/);
  });

  it('a temporary SMTP error is retried with backoff and ends in one email', async () => {
    const north = await northWorld(db);
    peer.refuseNext(451, 1);
    const first = await tick(later(1));
    expect(first.outcomes).toEqual({ failed: 1 });
    expect(peer.received).toHaveLength(0);
    const [failed] = await deliveryRows(north.org.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed!.nextAttemptAt!.getTime()).toBe(later(2).getTime());
    expect((await tick(later(1.5))).due).toBe(0);
    const retry = await tick(later(2));
    expect(retry.outcomes).toEqual({ sent: 1 });
    await tick(later(30));
    expect(countByRecipient(peer.received)).toEqual({ 'north-owner@x.test': 1 });
    const [sent] = await deliveryRows(north.org.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, error: null });
    // The Message-ID is the row's, whatever attempt sent it.
    expect(header(peer.received[0]!.data, 'Message-ID')).toBe(sent!.messageId);
  });

  it('a permanent (5xx) refusal pauses the subscription and sends nothing more', async () => {
    const north = await northWorld(db);
    peer.refuseNext(550, 1);
    expect((await tick(later(1))).outcomes).toEqual({ bounced: 1 });
    const [sub] = await withTenant(db, north.org.id, (tx) => tx.select().from(digestSubscriptions).where(eq(digestSubscriptions.tenantId, north.org.id)));
    expect(sub!.pausedAt).not.toBeNull();
    expect(sub!.pauseReason).toMatch(/refused this address permanently/);
    expect((await tick(later(60))).due).toBe(0);
    expect((await tick(later(7 * 24 * 60))).due).toBe(0);
    expect(peer.received).toHaveLength(0);
  });
});

describe.skipIf(!onServer)('digest schedule', () => {
  it('a server down at the scheduled hour sends the missed digest once when back, not again at the hour (Metabase #47949)', async () => {
    await northWorld(db);
    // Down from Sunday night to Monday 10:30: the first tick after start-up sends it.
    expect((await tick(later(150))).outcomes).toEqual({ sent: 1 });
    for (const minutes of [151, 180, 240, 24 * 60]) expect((await tick(later(minutes))).due).toBe(0);
    expect(peer.received).toHaveLength(1);
    // Next Monday at 08:00: the next week's digest, once.
    const nextMonday = later(7 * 24 * 60);
    expect((await tick(new Date(nextMonday.getTime() - MINUTE))).due).toBe(0);
    expect((await tick(nextMonday)).outcomes).toEqual({ sent: 1 });
    expect(peer.received.map((m) => header(m.data, 'X-Footprint-Digest'))).toEqual(['kpi 2026-10-26', 'kpi 2026-11-02']);
  });

  it('a send time older than the catch-up window is not sent late', async () => {
    await northWorld(db);
    expect((await tick(later(25 * 60))).due).toBe(0);
    expect(peer.received).toHaveLength(0);
  });

  it('several schedulers ticking at once never multiply a digest (Metabase #45622, Superset #36264)', async () => {
    await northWorld(db);
    const at = later(0);
    await Promise.all([...shared!.handles, ...shared!.handles].map((h) => tick(at, h.db)));
    expect(peer.received).toHaveLength(1);
  });

  it('a reader of two organizations gets both digests (PostHog #53748)', async () => {
    const north = await northWorld(db);
    const south = await northWorld(db, 'south', 'south');
    await addMember(db, south.org.id, north.owner.id, 'admin');
    expect((await tick(later(1))).outcomes).toEqual({ sent: 3 });
    const mine = peer.received.filter((m) => m.to.includes('north-owner@x.test'));
    expect(mine.map((m) => header(m.data, 'X-Footprint-Organization')).sort()).toEqual(['north', 'south']);
  });

  it('a Monday 08:00 digest in America/Chicago goes out at 08:00 local across the November change', async () => {
    await northWorld(db);
    const cdt = new Date('2026-10-26T13:00:00Z'); // Monday 26 Oct, 08:00 CDT (UTC-5)
    const cst = new Date('2026-11-02T14:00:00Z'); // Monday 2 Nov, 08:00 CST (UTC-6)
    expect((await tick(new Date(cdt.getTime() - MINUTE))).due).toBe(0);
    expect((await tick(cdt)).outcomes).toEqual({ sent: 1 });
    // 13:00 UTC on 2 Nov is 07:00 CST: an hour early if the schedule had been kept in UTC.
    expect((await tick(new Date('2026-11-02T13:00:00Z'))).due).toBe(0);
    expect((await tick(new Date(cst.getTime() - MINUTE))).due).toBe(0);
    expect((await tick(cst)).outcomes).toEqual({ sent: 1 });
    expect(peer.received.map((m) => header(m.data, 'X-Footprint-Digest'))).toEqual(['kpi 2026-10-19', 'kpi 2026-10-26']);
  });
});

describe.skipIf(!onServer)('who gets a digest', () => {
  it('a removed member gets nothing, even with a delivery already due', async () => {
    const north = await northWorld(db);
    await withGlobal(db, (tx) => tx.delete(memberships).where(and(eq(memberships.organizationId, north.org.id), eq(memberships.userId, north.owner.id))));
    expect((await tick(later(1))).due).toBe(0);
    expect(peer.received).toHaveLength(0);
  });

  it('a revoked grant stops an account manager’s digest of that client; the portfolio digest goes on', async () => {
    const north = await northWorld(db);
    const provider = await makeOrgWith(db, 'bluewave', { kind: 'provider' });
    const am = await makeUser(db, 'am@bluewave.test');
    await addMember(db, provider.id, am.id, 'account_manager');
    const grant = await grantSince(db, north.org.id, provider.id, 'viewer');
    // The account manager opted in to North's own digest too.
    await withTenant(db, north.org.id, (tx) =>
      tx.insert(digestSubscriptions).values({ tenantId: north.org.id, userId: am.id, kind: 'kpi', cadence: 'weekly', weekday: 1, hour: 8, timezone: 'America/Chicago', scheduleFrom: new Date('2026-01-01T00:00:00Z') }),
    );
    await tick(later(1));
    expect(countByRecipient(peer.received)).toEqual({ 'north-owner@x.test': 1, 'am@bluewave.test': 2 });
    await withGlobal(db, (tx) => tx.update(providerGrants).set({ revokedAt: new Date() }).where(eq(providerGrants.id, grant.id)));
    peer.received.length = 0;
    await tick(later(7 * 24 * 60 + 1));
    expect(countByRecipient(peer.received)).toEqual({ 'north-owner@x.test': 1, 'am@bluewave.test': 1 });
    expect(header(peer.received.find((m) => m.to.includes('am@bluewave.test'))!.data, 'X-Footprint-Digest')).toBe('portfolio 2026-11-02');
  });
});

describe.skipIf(!onServer)('unsubscribe', () => {
  it('the List-Unsubscribe one-click POST turns the digest off without signing in', async () => {
    const north = await northWorld(db);
    await tick(later(1));
    const mail = peer.received[0]!.data;
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = header(mail, 'List-Unsubscribe')!.replace(/^<|>$/g, '');
    expect(new URL(url).origin).toBe(ORIGIN);
    const response = await unsubscribeRequest(db, new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), later(2));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('You will no longer get the KPI digest of North');
    const [sub] = await withTenant(db, north.org.id, (tx) => tx.select().from(digestSubscriptions).where(eq(digestSubscriptions.userId, north.owner.id)));
    expect(sub!.cadence).toBe('off');
    peer.received.length = 0;
    expect((await tick(later(7 * 24 * 60))).due).toBe(0);
  });

  it('refuses a forged, an expired and a superseded token and changes nothing', async () => {
    const north = await northWorld(db);
    await tick(later(1));
    const url = new URL(header(peer.received[0]!.data, 'List-Unsubscribe')!.replace(/^<|>$/g, ''));
    const token = url.searchParams.get('token')!;
    const [sub] = await withTenant(db, north.org.id, (tx) => tx.select().from(digestSubscriptions).where(eq(digestSubscriptions.userId, north.owner.id)));
    const post = (t: string, at = later(2)) => unsubscribeRequest(db, new Request(`${ORIGIN}/api/digests/unsubscribe?token=${encodeURIComponent(t)}`, { method: 'POST' }), at);
    const flipped = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    expect((await post(flipped)).status).toBe(400);
    const otherTenant = createUnsubscribeToken({ tenantId: sub!.tenantId, subscriptionId: sub!.id, tokenVersion: 1 }, later(0), 'another secret');
    expect((await post(otherTenant)).status).toBe(400);
    expect((await post(token, later(91 * 24 * 60))).status).toBe(410);
    expect((await post('')).status).toBe(400);
    await withTenant(db, north.org.id, (tx) => tx.update(digestSubscriptions).set({ tokenVersion: sql`${digestSubscriptions.tokenVersion} + 1` }).where(eq(digestSubscriptions.id, sub!.id)));
    expect((await post(token)).status).toBe(400);
    const [still] = await withTenant(db, north.org.id, (tx) => tx.select().from(digestSubscriptions).where(eq(digestSubscriptions.id, sub!.id)));
    expect(still!.cadence).toBe('weekly');
  });
});
