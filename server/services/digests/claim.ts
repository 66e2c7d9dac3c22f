/**
 * The delivery row's state machine (docs/decisions/0011-digest-delivery-exactly-once.md). Every step is
 * a short transaction on the row; every write after the claim is fenced by the claim token, so a worker
 * whose lease ran out and was taken over cannot mark, send or fail a delivery it no longer holds.
 *
 *   (none) --claim--> claimed --begin send--> sending --ok--> sent
 *                        |                      |--5xx--> bounced (subscription paused)
 *                        |                      |--4xx/network--> failed (next_attempt_at) --retake--> claimed
 *                        |                      '--worker died, lease over--> unconfirmed (never resent)
 *                        |--nothing to say, reader chose skip--> skipped
 *                        '--worker died, lease over--> retaken by the next worker
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { digestDeliveries } from '@/db/schema';
import { newId } from '@/db/schema/ids';

export type DeliveryRow = typeof digestDeliveries.$inferSelect;

export interface ClaimKey {
  tenantId: string;
  userId: string;
  /** The subscription's kind, or `<kind>.manual` for "send me one now". */
  kind: string;
  periodStart: string;
  periodEnd: string | null;
}

export type ClaimResult =
  | { claimed: true; row: DeliveryRow }
  | { claimed: false; reason: 'sent' | 'skipped' | 'bounced' | 'unconfirmed' | 'busy' | 'not-yet' | 'gave-up'; row: DeliveryRow };

/** Temporary failures are retried after 1, 5, 15, 60 and 180 minutes; then the delivery gives up. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180] as const;

export function messageIdFor(deliveryId: string, origin: string): string {
  return `<digest.${deliveryId}@${new URL(origin).hostname || 'footprint.local'}>`;
}

/**
 * Claims the delivery of `key` for `leaseMs`: inserts the row, or takes over one whose holder's lease
 * ran out (claimed) or whose retry is due (failed). A row in `sending` whose lease ran out is marked
 * unconfirmed: the worker died during the SMTP conversation, so the message may have left.
 */
export async function claimDelivery(tx: Tx, key: ClaimKey, now: Date, leaseMs: number, origin: string): Promise<ClaimResult> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const id = newId();
  const [inserted] = await tx
    .insert(digestDeliveries)
    .values({
      tenantId: key.tenantId,
      id,
      userId: key.userId,
      kind: key.kind,
      periodStart: key.periodStart,
      periodEnd: key.periodEnd,
      status: 'claimed',
      claimedAt: now,
      leaseUntil,
      claimToken: randomUUID(),
      messageId: messageIdFor(id, origin),
      attempts: 1,
    })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { claimed: true, row: inserted };

  const [row] = await tx
    .select()
    .from(digestDeliveries)
    .where(
      and(
        eq(digestDeliveries.tenantId, key.tenantId),
        eq(digestDeliveries.userId, key.userId),
        eq(digestDeliveries.kind, key.kind),
        eq(digestDeliveries.periodStart, key.periodStart),
      ),
    )
    .for('update');
  if (!row) throw new Error('digest delivery row vanished after a conflicting insert');
  const leaseOver = !row.leaseUntil || row.leaseUntil.getTime() <= now.getTime();
  switch (row.status) {
    case 'sent':
    case 'skipped':
    case 'bounced':
    case 'unconfirmed':
      return { claimed: false, reason: row.status, row };
    case 'sending': {
      if (!leaseOver) return { claimed: false, reason: 'busy', row };
      const [marked] = await tx
        .update(digestDeliveries)
        .set({ status: 'unconfirmed', error: 'The worker stopped during the SMTP send; the message may have been delivered, so it is not sent again automatically.', updatedAt: now })
        .where(and(eq(digestDeliveries.tenantId, row.tenantId), eq(digestDeliveries.id, row.id), eq(digestDeliveries.status, 'sending')))
        .returning();
      return { claimed: false, reason: 'unconfirmed', row: marked ?? row };
    }
    case 'claimed':
      if (!leaseOver) return { claimed: false, reason: 'busy', row };
      break;
    case 'failed':
      if (!row.nextAttemptAt) return { claimed: false, reason: 'gave-up', row };
      if (row.nextAttemptAt.getTime() > now.getTime()) return { claimed: false, reason: 'not-yet', row };
      break;
  }
  const [taken] = await tx
    .update(digestDeliveries)
    .set({ status: 'claimed', claimedAt: now, leaseUntil, claimToken: randomUUID(), attempts: sql`${digestDeliveries.attempts} + 1`, nextAttemptAt: null, updatedAt: now })
    .where(and(eq(digestDeliveries.tenantId, row.tenantId), eq(digestDeliveries.id, row.id), eq(digestDeliveries.status, row.status)))
    .returning();
  if (!taken) return { claimed: false, reason: 'busy', row };
  return { claimed: true, row: taken };
}

function fenced(row: Pick<DeliveryRow, 'tenantId' | 'id' | 'claimToken'>, status: DeliveryRow['status']) {
  return and(
    eq(digestDeliveries.tenantId, row.tenantId),
    eq(digestDeliveries.id, row.id),
    eq(digestDeliveries.claimToken, row.claimToken ?? ''),
    eq(digestDeliveries.status, status),
  );
}

/** claimed -> sending, committed just before the SMTP conversation. False: the claim was lost. */
export async function beginSend(tx: Tx, row: DeliveryRow, now: Date, sendLeaseMs: number): Promise<boolean> {
  const done = await tx
    .update(digestDeliveries)
    .set({ status: 'sending', leaseUntil: new Date(now.getTime() + sendLeaseMs), updatedAt: now })
    .where(fenced(row, 'claimed'))
    .returning({ id: digestDeliveries.id });
  return done.length === 1;
}

/** claimed|sending -> sent. */
export async function markSent(tx: Tx, row: DeliveryRow, from: 'claimed' | 'sending', via: 'smtp' | 'outbox', now: Date): Promise<boolean> {
  const done = await tx
    .update(digestDeliveries)
    .set({ status: 'sent', sentAt: now, via, error: null, leaseUntil: null, updatedAt: now })
    .where(fenced(row, from))
    .returning({ id: digestDeliveries.id });
  return done.length === 1;
}

/** claimed -> skipped (nothing to report and the reader chose skip). */
export async function markSkipped(tx: Tx, row: DeliveryRow, reason: string, now: Date): Promise<boolean> {
  const done = await tx
    .update(digestDeliveries)
    .set({ status: 'skipped', error: reason, leaseUntil: null, updatedAt: now })
    .where(fenced(row, 'claimed'))
    .returning({ id: digestDeliveries.id });
  return done.length === 1;
}

/** sending -> bounced (permanent) or failed (temporary, with the next attempt unless attempts ran out). */
export async function markFailed(tx: Tx, row: DeliveryRow, error: string, permanent: boolean, now: Date): Promise<{ status: 'bounced' | 'failed'; nextAttemptAt: Date | null } | null> {
  const delay = RETRY_DELAYS_MINUTES[row.attempts - 1];
  const nextAttemptAt = permanent || delay === undefined ? null : new Date(now.getTime() + delay * 60_000);
  const status = permanent ? 'bounced' : 'failed';
  const done = await tx
    .update(digestDeliveries)
    .set({ status, error: error.slice(0, 500), nextAttemptAt, leaseUntil: null, updatedAt: now })
    .where(fenced(row, 'sending'))
    .returning({ id: digestDeliveries.id });
  return done.length === 1 ? { status, nextAttemptAt } : null;
}
