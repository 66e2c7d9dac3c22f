/**
 * Who gets which digest from an organization, and when. A reader is anyone who can reach the tenant now:
 * a member, or (importers only) an owner or account manager of a 3PL with an active grant. Removing the
 * member or revoking the grant removes them from this list, so their digests stop on the next tick (and
 * a delivery already queued checks again before it sends).
 *
 * A reader without a subscription row gets their role's default: importer owners and admins a weekly
 * KPI digest on Monday at 08:00, members of a 3PL (owners, account managers) a weekly portfolio digest
 * at the same time, everyone else nothing; all in the organization's time zone. The row is written when
 * they change it or their first digest is claimed.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { digestSubscriptions, memberships, organizations, providerGrants, users } from '@/db/schema';
import type { DigestSchedule } from './schedule';

export type DigestKind = 'kpi' | 'portfolio';
export type SubscriptionRow = typeof digestSubscriptions.$inferSelect;

export interface DigestOrg {
  id: string;
  slug: string;
  name: string;
  kind: 'importer' | 'provider';
  currency: string;
  timezone: string;
}

export interface Reader {
  userId: string;
  email: string;
  name: string | null;
  disabled: boolean;
  role: string;
  via: 'membership' | 'grant';
  /** When their access began: defaults never catch up a digest due before it. */
  since: Date;
}

export interface EffectiveSubscription {
  reader: Reader;
  kind: DigestKind;
  schedule: DigestSchedule;
  whenEmpty: 'note' | 'skip';
  scheduleFrom: Date;
  pausedAt: Date | null;
  pauseReason: string | null;
  tokenVersion: number;
  /** The stored row, or null while the reader has the default. */
  row: SubscriptionRow | null;
}

export const DEFAULT_WEEKDAY = 1;
export const DEFAULT_HOUR = 8;

export function digestKindOf(org: Pick<DigestOrg, 'kind'>): DigestKind {
  return org.kind === 'provider' ? 'portfolio' : 'kpi';
}

export function defaultCadence(org: Pick<DigestOrg, 'kind'>, reader: Pick<Reader, 'role' | 'via'>): 'weekly' | 'off' {
  if (reader.via === 'grant') return 'off';
  if (org.kind === 'provider') return reader.role === 'owner' || reader.role === 'account_manager' ? 'weekly' : 'off';
  return reader.role === 'owner' || reader.role === 'admin' ? 'weekly' : 'off';
}

export async function loadDigestOrg(tx: Tx, tenantId: string): Promise<DigestOrg | null> {
  const [org] = await tx
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, kind: organizations.kind, currency: organizations.currency, timezone: organizations.timezone })
    .from(organizations)
    .where(eq(organizations.id, tenantId))
    .limit(1);
  return org ?? null;
}

/** Everyone who can reach the organization now (optionally just one user). */
export async function listReaders(tx: Tx, org: DigestOrg, userId?: string): Promise<Reader[]> {
  const members = await tx
    .select({ userId: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, org.id), userId ? eq(memberships.userId, userId) : undefined));
  const readers = new Map<string, Reader>(
    members.map((m) => [m.userId, { userId: m.userId, email: m.email, name: m.name, disabled: Boolean(m.disabledAt), role: m.role, via: 'membership' as const, since: m.since }]),
  );
  if (org.kind === 'importer') {
    const granted = await tx
      .select({ userId: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt, role: providerGrants.role, since: providerGrants.createdAt })
      .from(providerGrants)
      .innerJoin(memberships, eq(memberships.organizationId, providerGrants.providerId))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(providerGrants.importerId, org.id),
          isNull(providerGrants.revokedAt),
          inArray(memberships.role, ['owner', 'account_manager']),
          userId ? eq(memberships.userId, userId) : undefined,
        ),
      );
    for (const g of granted) {
      if (!readers.has(g.userId)) readers.set(g.userId, { userId: g.userId, email: g.email, name: g.name, disabled: Boolean(g.disabledAt), role: g.role, via: 'grant', since: g.since });
    }
  }
  return [...readers.values()];
}

export function effectiveSubscription(org: DigestOrg, reader: Reader, row: SubscriptionRow | null): EffectiveSubscription {
  const kind = digestKindOf(org);
  if (row) {
    return {
      reader,
      kind,
      schedule: { cadence: row.cadence, weekday: row.weekday, hour: row.hour, timezone: row.timezone },
      whenEmpty: row.whenEmpty === 'skip' ? 'skip' : 'note',
      // Access given back after a removal starts a new schedule: nothing from before it is caught up.
      scheduleFrom: row.scheduleFrom > reader.since ? row.scheduleFrom : reader.since,
      pausedAt: row.pausedAt,
      pauseReason: row.pauseReason,
      tokenVersion: row.tokenVersion,
      row,
    };
  }
  return {
    reader,
    kind,
    schedule: { cadence: defaultCadence(org, reader), weekday: DEFAULT_WEEKDAY, hour: DEFAULT_HOUR, timezone: org.timezone },
    whenEmpty: 'note',
    scheduleFrom: reader.since,
    pausedAt: null,
    pauseReason: null,
    tokenVersion: 1,
    row: null,
  };
}

/** The effective subscription of every reader of the organization (or of one user). */
export async function listEffectiveSubscriptions(tx: Tx, org: DigestOrg, userId?: string): Promise<EffectiveSubscription[]> {
  const readers = await listReaders(tx, org, userId);
  if (readers.length === 0) return [];
  const kind = digestKindOf(org);
  const rows = await tx
    .select()
    .from(digestSubscriptions)
    .where(and(eq(digestSubscriptions.tenantId, org.id), eq(digestSubscriptions.kind, kind), userId ? eq(digestSubscriptions.userId, userId) : undefined));
  const byUser = new Map(rows.map((r) => [r.userId, r]));
  return readers.map((reader) => effectiveSubscription(org, reader, byUser.get(reader.userId) ?? null));
}

/** Writes the reader's subscription row with their current (default) settings if it does not exist yet. */
export async function ensureSubscriptionRow(tx: Tx, org: DigestOrg, sub: EffectiveSubscription): Promise<SubscriptionRow> {
  if (sub.row) return sub.row;
  const [inserted] = await tx
    .insert(digestSubscriptions)
    .values({
      tenantId: org.id,
      userId: sub.reader.userId,
      kind: sub.kind,
      cadence: sub.schedule.cadence,
      weekday: sub.schedule.weekday,
      hour: sub.schedule.hour,
      timezone: sub.schedule.timezone,
      whenEmpty: sub.whenEmpty,
      scheduleFrom: sub.scheduleFrom,
    })
    .onConflictDoNothing()
    .returning();
  if (inserted) return inserted;
  const [row] = await tx
    .select()
    .from(digestSubscriptions)
    .where(and(eq(digestSubscriptions.tenantId, org.id), eq(digestSubscriptions.userId, sub.reader.userId), eq(digestSubscriptions.kind, sub.kind)));
  if (!row) throw new Error('digest subscription row missing after insert');
  return row;
}
