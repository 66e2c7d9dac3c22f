/**
 * Digest test support: a small importer whose KPIs can be computed by hand, and a real SMTP peer
 * (smtp-server) that records every message and can be told to refuse (4xx or 5xx) the next ones.
 *
 * The tenant "North" (America/Chicago, EUR): regions R1 (SLA 2 days, fill 95 %, service level 90 %) and
 * R2 (3 days, 90 %, 80 %), one location, one SKU (cost 10, price 25). In the week Mon 26 Oct - Sun 1 Nov
 * 2026 (the week before the Monday 2 Nov digest; the US clocks go back on Sun 1 Nov):
 *   A  R1  ordered Mon 26 Oct 10:00 CDT, delivered 2.0 days later (on time by the 2-day SLA), 10 of 10 first, ship 20
 *   B  R1  ordered Tue 27 Oct, delivered 3.0 days later (late), 5 of 10 on the first shipment (5 backordered), ship 30
 *   C  R2  ordered Thu 29 Oct, delivered 1.5 days later (on time), 20 of 20 first, ship 10
 * and in the week before, D in R1: 1.0 day, 10 of 10, ship 10.
 */
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { openDatabase, withGlobal, withTenant, type Database, type DatabaseHandle } from '@/db/client';
import { inventoryDaily, locations, memberships, orderLines, orders, organizations, providerGrants, regions, skus, slas } from '@/db/schema';
import { rollupKpiDaily } from '@/server/services/orders/rollup';
import { makeUser } from './support/actors';
import type { MemberRole } from '@/server/auth/roles';

/** Membership (or grant) dates are pinned: a default digest never catches up a send time before access began. */
export const ACCESS_SINCE = new Date('2026-01-01T00:00:00Z');

export async function addMember(db: Database, orgId: string, userId: string, role: MemberRole) {
  const [m] = await withGlobal(db, (tx) => tx.insert(memberships).values({ organizationId: orgId, userId, role, createdAt: ACCESS_SINCE }).returning());
  if (!m) throw new Error('no membership');
  return m;
}

export async function grantSince(db: Database, importerId: string, providerId: string, role: 'planner' | 'viewer') {
  const [g] = await withGlobal(db, (tx) => tx.insert(providerGrants).values({ importerId, providerId, role, createdAt: ACCESS_SINCE }).returning());
  if (!g) throw new Error('no grant');
  return g;
}

export const TZ = 'America/Chicago';
export const WEEK = { from: '2026-10-26', to: '2026-11-01' };
export const PREVIOUS_WEEK = { from: '2026-10-19', to: '2026-10-25' };
/** Monday 2 Nov 2026, 08:00 CST. */
export const MONDAY_8AM = new Date('2026-11-02T14:00:00Z');

export async function makeOrgWith(db: Database, slug: string, options: { kind?: 'importer' | 'provider'; currency?: string; timezone?: string } = {}) {
  const [org] = await withGlobal(db, (tx) =>
    tx
      .insert(organizations)
      .values({ slug, name: slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), kind: options.kind ?? 'importer', currency: options.currency ?? 'USD', timezone: options.timezone ?? TZ })
      .returning(),
  );
  if (!org) throw new Error('no org');
  return org;
}

export interface NorthWorld {
  org: Awaited<ReturnType<typeof makeOrgWith>>;
  owner: Awaited<ReturnType<typeof makeUser>>;
  viewer: Awaited<ReturnType<typeof makeUser>>;
  r1: string;
  r2: string;
}

const day = 86_400_000;

/** The hand-computable tenant above; `emailPrefix` keeps user emails unique when a test makes two. */
export async function northWorld(db: Database, slug = 'north', emailPrefix = 'north'): Promise<NorthWorld> {
  const org = await makeOrgWith(db, slug, { currency: 'EUR' });
  const owner = await makeUser(db, `${emailPrefix}-owner@x.test`);
  const viewer = await makeUser(db, `${emailPrefix}-viewer@x.test`);
  // Members since well before the period, so defaults catch up nothing unexpected.
  await addMember(db, org.id, owner.id, 'owner');
  await addMember(db, org.id, viewer.id, 'viewer');
  const ids = await withTenant(db, org.id, async (tx) => {
    const tenantId = org.id;
    const [r1, r2] = await tx
      .insert(regions)
      .values([
        { tenantId, code: 'R1', name: 'Region one', country: 'US', postalPrefixes: ['1'], centroidLat: 40, centroidLng: -75 },
        { tenantId, code: 'R2', name: 'Region two', country: 'US', postalPrefixes: ['9'], centroidLat: 37, centroidLng: -120 },
      ])
      .returning();
    const [l1] = await tx.insert(locations).values({ tenantId, code: 'L1', name: 'Central', country: 'US', isCentral: true, lat: 35, lng: -90 }).returning();
    const [s1] = await tx.insert(skus).values({ tenantId, code: 'S1', name: 'Widget', unitCost: 10, unitPrice: 25 }).returning();
    await tx.insert(slas).values([
      { tenantId, regionId: r1!.id, effectiveFrom: '2026-01-01', targetDeliveryDays: 2, targetFillRate: 0.95, targetCycleServiceLevel: 0.9 },
      { tenantId, regionId: r2!.id, effectiveFrom: '2026-01-01', targetDeliveryDays: 3, targetFillRate: 0.9, targetCycleServiceLevel: 0.8 },
    ]);
    const spec = [
      { ref: 'A', region: r1!.id, at: '2026-10-26T15:00:00Z', days: 2, ordered: 10, first: 10, back: 0, ship: 20 },
      { ref: 'B', region: r1!.id, at: '2026-10-27T15:00:00Z', days: 3, ordered: 10, first: 5, back: 5, ship: 30 },
      { ref: 'C', region: r2!.id, at: '2026-10-29T15:00:00Z', days: 1.5, ordered: 20, first: 20, back: 0, ship: 10 },
      { ref: 'D', region: r1!.id, at: '2026-10-20T15:00:00Z', days: 1, ordered: 10, first: 10, back: 0, ship: 10 },
    ];
    for (const o of spec) {
      const orderedAt = new Date(o.at);
      const [row] = await tx
        .insert(orders)
        .values({
          tenantId,
          externalRef: o.ref,
          regionId: o.region,
          orderedAt,
          shippedAt: orderedAt,
          deliveredAt: new Date(orderedAt.getTime() + o.days * day),
          shipFromLocationId: l1!.id,
          shippingCost: o.ship,
          status: 'delivered',
        })
        .returning();
      await tx.insert(orderLines).values({ tenantId, orderId: row!.id, skuId: s1!.id, qtyOrdered: o.ordered, qtyShipped: o.ordered, qtyShippedFirst: o.first, qtyBackordered: o.back, unitPrice: 25 });
    }
    await rollupKpiDaily({ tx, tenant: { id: tenantId, timezone: TZ } }, { days: { from: '2026-10-01', to: '2026-11-30' } });
    await tx.insert(inventoryDaily).values([
      { tenantId, day: '2026-10-20', locationId: l1!.id, units: 100, value: 1000 },
      { tenantId, day: '2026-10-30', locationId: l1!.id, units: 80, value: 800 },
      { tenantId, day: '2026-11-05', locationId: l1!.id, units: 50, value: 500 },
    ]);
    return { r1: r1!.id, r2: r2!.id };
  });
  return { org, owner, viewer, ...ids };
}

export interface ReceivedMail {
  to: string[];
  data: string;
}

export interface SmtpPeer {
  url: string;
  received: ReceivedMail[];
  /** Refuse the next `count` messages at RCPT with this reply code (e.g. 451 temporary, 550 permanent). */
  refuseNext: (code: number, count?: number) => void;
  /** Runs when a message has been received (before the 250 reply). */
  onMessage?: (mail: ReceivedMail) => void;
  close: () => Promise<void>;
}

export async function startSmtpPeer(): Promise<SmtpPeer> {
  const received: ReceivedMail[] = [];
  let refusal: { code: number; count: number } | null = null;
  const peer: Partial<SmtpPeer> = { received };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refusal && refusal.count > 0) {
        refusal.count -= 1;
        const error = Object.assign(new Error(refusal.code >= 500 ? 'mailbox unavailable' : 'try again later'), { responseCode: refusal.code });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mail = { to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString('utf8') };
        received.push(mail);
        peer.onMessage?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(peer, {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    refuseNext: (code: number, count = 1) => {
      refusal = { code, count };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as SmtpPeer;
}

/** Messages per recipient address. */
export function countByRecipient(received: ReceivedMail[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of received) for (const to of m.to) out[to] = (out[to] ?? 0) + 1;
  return out;
}

/** The value of one header of a raw message (unfolded). */
export function header(data: string, name: string): string | null {
  const head = data.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/**
 * `count` handles on ONE fresh database of the real Postgres server (TEST_DATABASE_URL): several app
 * instances. Null on PGlite (one process per database there).
 */
export async function openSharedServerDatabase(count: number): Promise<{ url: string; handles: DatabaseHandle[]; close: () => Promise<void> } | null> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return null;
  const { default: postgres } = await import('postgres');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const name = `fp_digests_${randomBytes(6).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handles: DatabaseHandle[] = [await openDatabase({ url: url.toString() })];
  for (let i = 1; i < count; i++) handles.push(await openDatabase({ url: url.toString(), migrate: false }));
  return {
    url: url.toString(),
    handles,
    close: async () => {
      for (const h of handles) await h.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
