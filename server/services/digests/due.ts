/**
 * Which digests are due now, across every organization: for each reader with a digest on, the latest
 * send time at or before `now` (schedule.ts) names a period; the period is due unless its delivery row
 * says it is done or in someone's hands. Nothing here depends on when the tick runs:
 * - a server down at the scheduled hour finds the period still due when it is back and sends it once;
 *   the next tick finds the row and sends nothing (not once at start-up and again at the hour);
 * - several schedulers list the same periods, and the claim lets one of them through;
 * - the key is tenant, reader, kind and period, so a reader of two organizations gets both.
 * A send time older than the catch-up window (24 hours for weekly, 12 for daily) is not caught up: a
 * Monday digest arriving on Friday is noise. Send times before the reader's schedule_from (their
 * schedule changed, or their access began) never are.
 */
import { and, eq, gte, inArray } from 'drizzle-orm';
import { withGlobal, withTenant, type Database } from '@/db/client';
import { digestDeliveries, organizations } from '@/db/schema';
import { latestOccurrence } from './schedule';
import { listEffectiveSubscriptions, loadDigestOrg } from './subscriptions';
import type { DigestJob } from './deliver';

export const CATCH_UP_HOURS = { weekly: 24, daily: 12 } as const;

export interface DueDigest extends DigestJob {
  sendAt: Date;
  /** Why it is listed: a period never claimed, a retry that is due, or a claim whose holder went away. */
  reason: 'new' | 'retry' | 'stale-claim';
}

/** Digests due in one organization at `now`. */
export async function findDueInTenant(db: Database, tenantId: string, now: Date): Promise<DueDigest[]> {
  return withTenant(db, tenantId, async (tx) => {
    const org = await loadDigestOrg(tx, tenantId);
    if (!org) return [];
    const candidates: DueDigest[] = [];
    for (const sub of await listEffectiveSubscriptions(tx, org)) {
      if (sub.reader.disabled || sub.pausedAt || sub.schedule.cadence === 'off') continue;
      const occurrence = latestOccurrence(sub.schedule, now);
      if (!occurrence || occurrence.sendAt.getTime() < sub.scheduleFrom.getTime()) continue;
      const windowMs = CATCH_UP_HOURS[sub.schedule.cadence] * 3_600_000;
      if (now.getTime() - occurrence.sendAt.getTime() > windowMs) continue;
      candidates.push({
        tenantId,
        userId: sub.reader.userId,
        kind: sub.kind,
        periodStart: occurrence.periodStart,
        periodEnd: occurrence.periodEnd,
        sendAt: occurrence.sendAt,
        reason: 'new',
      });
    }
    if (candidates.length === 0) return [];
    const earliest = candidates.reduce((min, c) => (c.periodStart < min ? c.periodStart : min), candidates[0]!.periodStart);
    const rows = await tx
      .select({ userId: digestDeliveries.userId, kind: digestDeliveries.kind, periodStart: digestDeliveries.periodStart, status: digestDeliveries.status, leaseUntil: digestDeliveries.leaseUntil, nextAttemptAt: digestDeliveries.nextAttemptAt })
      .from(digestDeliveries)
      .where(
        and(
          eq(digestDeliveries.tenantId, tenantId),
          inArray(digestDeliveries.kind, ['kpi', 'portfolio']),
          gte(digestDeliveries.periodStart, earliest),
        ),
      );
    const byKey = new Map(rows.map((r) => [`${r.userId}|${r.kind}|${r.periodStart}`, r]));
    const due: DueDigest[] = [];
    for (const c of candidates) {
      const row = byKey.get(`${c.userId}|${c.kind}|${c.periodStart}`);
      if (!row) {
        due.push(c);
        continue;
      }
      const leaseOver = !row.leaseUntil || row.leaseUntil.getTime() <= now.getTime();
      if (row.status === 'failed' && row.nextAttemptAt && row.nextAttemptAt.getTime() <= now.getTime()) due.push({ ...c, reason: 'retry' });
      else if ((row.status === 'claimed' || row.status === 'sending') && leaseOver) due.push({ ...c, reason: 'stale-claim' });
    }
    return due;
  });
}

/** Digests due at `now` in every organization (one short transaction per organization). */
export async function findDueDigests(db: Database, now: Date): Promise<DueDigest[]> {
  const orgs = await withGlobal(db, (tx) => tx.select({ id: organizations.id }).from(organizations).orderBy(organizations.id));
  const due: DueDigest[] = [];
  for (const org of orgs) due.push(...(await findDueInTenant(db, org.id, now)));
  return due;
}
