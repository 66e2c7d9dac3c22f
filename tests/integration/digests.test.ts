/**
 * Digest preferences through the router on PGlite: the role defaults (owners and admins weekly on Monday
 * at 08:00 in the organization's time zone, others off; a 3PL's members get the portfolio digest), a
 * change writes the reader's row and starts the new schedule from now, bad input names its field, a
 * bounce pause shows and can be cleared, the preview renders the same email with the chart inline, and
 * "send me one now" queues one digest job (a second click the same day queues nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { digestSubscriptions } from '@/db/schema';
import { callerFor, makeUser } from './support/actors';
import { refusal } from './support/master-data';
import { openTestDatabase, type TestDatabase } from './support/database';
import { addMember, makeOrgWith, northWorld, type NorthWorld } from './digests-support';

let db: TestDatabase;
let north: NorthWorld;

beforeAll(async () => {
  db = await openTestDatabase();
  north = await northWorld(db.db);
});
afterAll(() => db.close());

describe('digest preferences', () => {
  it('default to weekly on Monday 08:00 in the organization time zone for owners, off for viewers', async () => {
    const owner = await (await callerFor(db.db, north.owner)).digests.preferences({ org: 'north' });
    expect(owner).toMatchObject({ kind: 'kpi', cadence: 'weekly', weekday: 1, hour: 8, timezone: 'America/Chicago', whenEmpty: 'note', isDefault: true, pausedAt: null });
    expect(owner.nextSendAt).toBeInstanceOf(Date);
    const viewer = await (await callerFor(db.db, north.viewer)).digests.preferences({ org: 'north' });
    expect(viewer).toMatchObject({ cadence: 'off', isDefault: true, nextSendAt: null });
  });

  it('give a 3PL account manager the weekly portfolio digest', async () => {
    const provider = await makeOrgWith(db.db, 'bluewave', { kind: 'provider' });
    const am = await makeUser(db.db, 'am@bluewave.test');
    await addMember(db.db, provider.id, am.id, 'account_manager');
    const prefs = await (await callerFor(db.db, am)).digests.preferences({ org: 'bluewave' });
    expect(prefs).toMatchObject({ kind: 'portfolio', cadence: 'weekly', weekday: 1, hour: 8 });
  });

  it('a change writes the reader’s own row, in their time zone, from now on', async () => {
    const caller = await callerFor(db.db, north.viewer);
    const before = Date.now();
    const prefs = await caller.digests.update({ org: 'north', cadence: 'daily', weekday: 3, hour: 7, timezone: 'Europe/Berlin', whenEmpty: 'skip' });
    expect(prefs).toMatchObject({ cadence: 'daily', hour: 7, timezone: 'Europe/Berlin', whenEmpty: 'skip', isDefault: false });
    const [row] = await withTenant(db.db, north.org.id, (tx) => tx.select().from(digestSubscriptions).where(eq(digestSubscriptions.userId, north.viewer.id)));
    expect(row).toMatchObject({ kind: 'kpi', cadence: 'daily', hour: 7, timezone: 'Europe/Berlin' });
    expect(row!.scheduleFrom.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The owner's default is untouched.
    expect((await (await callerFor(db.db, north.owner)).digests.preferences({ org: 'north' })).isDefault).toBe(true);
  });

  it('refuses an unknown time zone or hour with the field named, and writes nothing', async () => {
    const caller = await callerFor(db.db, north.owner);
    const bad = await refusal(caller.digests.update({ org: 'north', cadence: 'weekly', weekday: 1, hour: 8, timezone: 'Mars/Olympus', whenEmpty: 'note' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields.timezone).toMatch(/time zone/);
    const hour = await refusal(caller.digests.update({ org: 'north', cadence: 'weekly', weekday: 1, hour: 24, timezone: 'America/Chicago', whenEmpty: 'note' }));
    expect(hour.fields.hour).toBe('The hour is 0 to 23.');
    expect((await caller.digests.preferences({ org: 'north' })).isDefault).toBe(true);
  });

  it('shows a bounce pause and clears it on request', async () => {
    const caller = await callerFor(db.db, north.owner);
    await caller.digests.update({ org: 'north', cadence: 'weekly', weekday: 1, hour: 8, timezone: 'America/Chicago', whenEmpty: 'note' });
    await withTenant(db.db, north.org.id, (tx) =>
      tx.update(digestSubscriptions).set({ pausedAt: new Date('2026-11-02T14:00:05Z'), pauseReason: 'The mail server refused this address permanently: 550 mailbox unavailable' }).where(eq(digestSubscriptions.userId, north.owner.id)),
    );
    const paused = await caller.digests.preferences({ org: 'north' });
    expect(paused.pauseReason).toMatch(/550 mailbox unavailable/);
    expect(paused.nextSendAt).toBeNull();
    const resumed = await caller.digests.resume({ org: 'north' });
    expect(resumed).toMatchObject({ pausedAt: null, pauseReason: null });
    expect(resumed.nextSendAt).toBeInstanceOf(Date);
  });
});

describe('preview and send me one now', () => {
  it('previews the digest with the chart inline and absolute links', async () => {
    const preview = await (await callerFor(db.db, north.owner)).digests.preview({ org: 'north' });
    expect(preview.to).toBe('north-owner@x.test');
    expect(preview.html).toContain('<html');
    expect(preview.text).toContain('North');
    expect(preview.html).not.toContain('cid:');
  });

  it('queues one digest job; a second click the same day queues nothing', async () => {
    const caller = await callerFor(db.db, north.owner);
    const first = await caller.digests.sendNow({ org: 'north' });
    expect(first).toMatchObject({ queued: true, to: 'north-owner@x.test' });
    const second = await caller.digests.sendNow({ org: 'north' });
    expect(second.queued).toBe(false);
    const jobs = await db.ownerQuery<{ data: { userId: string; manualDay: string } }>(`select data from pgboss.job where name = 'digest'`);
    expect(jobs.map((j) => j.data.userId)).toEqual([north.owner.id]);
    expect(jobs[0]!.data.manualDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('an empty period, and the outbox', () => {
  it('sends the "no activity" note to readers who chose it and skips the others; without SMTP it goes to the outbox once', async () => {
    const { deliverDueDigests } = await import('@/server/services/digests/run-due');
    const { outboxMessages } = await import('@/db/schema');
    const { withGlobal } = await import('@/db/client');
    const world = await northWorld(db.db, 'quiet', 'quiet');
    const viewer = await callerFor(db.db, world.viewer);
    await viewer.digests.update({ org: 'quiet', cadence: 'weekly', weekday: 1, hour: 8, timezone: 'America/Chicago', whenEmpty: 'skip' });
    // The viewer's schedule starts now (wall clock); move it back so the pinned Monday below is after it.
    await withTenant(db.db, world.org.id, (tx) => tx.update(digestSubscriptions).set({ scheduleFrom: new Date('2026-01-01T00:00:00Z') }).where(eq(digestSubscriptions.userId, world.viewer.id)));
    const monday = new Date('2026-11-09T14:00:30Z'); // covers 2 - 8 Nov: no orders
    const before = (await withGlobal(db.db, (tx) => tx.select().from(outboxMessages))).length;
    const first = await deliverDueDigests({ db: db.db, smtpUrl: '', origin: 'https://footprint.example.com' }, { now: monday });
    // North's owner (an earlier test) is due too; Quiet's owner gets the note, its viewer is skipped.
    expect(first.outcomes).toEqual({ sent: 2, skipped: 1 });
    const again = await deliverDueDigests({ db: db.db, smtpUrl: '', origin: 'https://footprint.example.com' }, { now: new Date(monday.getTime() + 3_600_000) });
    expect(again.due).toBe(0);
    const outbox = (await withGlobal(db.db, (tx) => tx.select().from(outboxMessages))).slice(before).filter((m) => m.to.startsWith('quiet-'));
    expect(outbox.map((m) => [m.to, m.subject])).toEqual([['quiet-owner@x.test', 'Quiet, Nov 2 – Nov 8, 2026: no orders']]);
    expect(outbox[0]!.text).toContain('No orders were placed in Nov 2 – Nov 8, 2026.');
    const history = await viewer.digests.preferences({ org: 'quiet' });
    expect(history.deliveries.map((d) => d.status)).toEqual(['skipped']);
  });
});
