/**
 * Delivers one digest: one reader, one organization, one period. Claim the row, build the content, mark
 * sending, send, mark sent, each a short transaction of its own (claim.ts), so that three app instances
 * on one tick, a retry after an SMTP error and a worker killed after the send all end in one email.
 * The job is idempotent: calling it again for a delivered period does nothing.
 *
 * With no SMTP_URL the message goes to the outbox in the same transaction that marks the row sent:
 * exactly once with no window at all.
 */
import { and, eq } from 'drizzle-orm';
import { withTenant, type Database, type Tx } from '@/db/client';
import { digestSubscriptions, outboxMessages } from '@/db/schema';
import { renderDigestEmail } from '@/server/email/render-digest';
import { classifyMailError, sendMail } from '@/server/email/transport';
import { beginSend, claimDelivery, markFailed, markSent, markSkipped, type DeliveryRow } from './claim';
import { buildImporterDigest, buildPortfolioDigest, separateTransactions, type DigestContent } from './content';
import { appOrigin, digestLinks } from './links';
import { ensureSubscriptionRow, listEffectiveSubscriptions, loadDigestOrg, type DigestKind } from './subscriptions';
import { createUnsubscribeToken } from './unsubscribe-token';

export interface DigestJob {
  tenantId: string;
  userId: string;
  kind: DigestKind;
  /** The local days the digest covers. */
  periodStart: string;
  periodEnd: string;
  /** "Send me one now": keyed by this local day (one a day) instead of the period. */
  manualDay?: string;
}

export interface DigestCache {
  content: Map<string, Promise<DigestContent>>;
  chart: Map<string, Promise<Buffer | undefined>>;
}

export function newDigestCache(): DigestCache {
  return { content: new Map(), chart: new Map() };
}

export interface DeliveryEnv {
  db: Database;
  now?: () => Date;
  /** Unset: process.env.SMTP_URL; '' forces the outbox. */
  smtpUrl?: string;
  origin?: string;
  /** How long a claim is the holder's while it builds the digest (default 10 minutes). */
  leaseMs?: number;
  /** How long the SMTP send may take before another worker calls it unconfirmed (default 5 minutes). */
  sendLeaseMs?: number;
  /** Shares content and charts between the readers of one organization and period (one tick). */
  cache?: DigestCache;
  /** Test seam: runs after the SMTP server accepted the message and before the row is marked sent. */
  afterSmtpAccepted?: () => Promise<void>;
}

export type DeliveryOutcome =
  | 'sent'
  | 'skipped'
  | 'bounced'
  | 'failed'
  | 'unconfirmed'
  | 'already-sent'
  | 'busy'
  | 'not-yet'
  | 'gave-up'
  | 'no-access'
  | 'off';

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  deliveryId?: string;
  /** For a temporary failure: when to try again. */
  nextAttemptAt?: Date | null;
}

function cached<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let hit = map.get(key);
  if (!hit) {
    hit = make();
    map.set(key, hit);
    hit.catch(() => map.delete(key));
  }
  return hit;
}

export async function deliverDigest(env: DeliveryEnv, job: DigestJob): Promise<DeliveryResult> {
  const clock = env.now ?? (() => new Date());
  const origin = env.origin ?? appOrigin();
  const smtpUrl = env.smtpUrl ?? process.env.SMTP_URL ?? '';
  const cache = env.cache ?? newDigestCache();

  // 1. Claim, after checking the reader still reaches the organization and still wants this digest.
  const claim = await withTenant(env.db, job.tenantId, async (tx) => {
    const org = await loadDigestOrg(tx, job.tenantId);
    if (!org) return { outcome: 'no-access' as const };
    const [sub] = await listEffectiveSubscriptions(tx, org, job.userId);
    if (!sub || sub.reader.disabled || sub.kind !== job.kind) return { outcome: 'no-access' as const };
    if (!job.manualDay && (sub.schedule.cadence === 'off' || sub.pausedAt)) return { outcome: 'off' as const };
    const row = await ensureSubscriptionRow(tx, org, sub);
    const key = job.manualDay
      ? { tenantId: job.tenantId, userId: job.userId, kind: `${job.kind}.manual`, periodStart: job.manualDay, periodEnd: null }
      : { tenantId: job.tenantId, userId: job.userId, kind: job.kind, periodStart: job.periodStart, periodEnd: job.periodEnd };
    const result = await claimDelivery(tx, key, clock(), env.leaseMs ?? 10 * 60_000, origin);
    return { outcome: 'claim' as const, result, org, sub, subscriptionRow: row };
  });
  if (claim.outcome !== 'claim') return { outcome: claim.outcome };
  if (!claim.result.claimed) {
    const reason = claim.result.reason;
    return { outcome: reason === 'sent' ? 'already-sent' : reason, deliveryId: claim.result.row.id };
  }
  const delivery = claim.result.row;
  const { org, sub, subscriptionRow } = claim;

  // 2. The content: the same for every reader of this organization and period.
  const period = { from: job.periodStart, to: job.periodEnd };
  const contentKey = `${org.id}|${job.kind}|${period.from}|${period.to}`;
  const content = await cached(cache.content, contentKey, () =>
    job.kind === 'portfolio'
      ? buildPortfolioDigest(separateTransactions(env.db), org, period)
      : withTenant(env.db, org.id, (tx) => buildImporterDigest(tx, org, period)),
  );
  if (!content.hasActivity && sub.whenEmpty === 'skip' && !job.manualDay) {
    await withTenant(env.db, org.id, (tx) => markSkipped(tx, delivery, 'No orders in the period; the reader chose to skip empty digests.', clock()));
    return { outcome: 'skipped', deliveryId: delivery.id };
  }
  const chartPng =
    content.kind === 'kpi' && content.hasActivity && content.weekly.length
      ? await cached(cache.chart, contentKey, async () => (await import('@/server/email/digest-chart')).renderWeeklyChartPng(content.weekly))
      : undefined;
  const links = digestLinks(org.slug, origin);
  const unsubscribeUrl = links.unsubscribe(
    createUnsubscribeToken({ tenantId: org.id, subscriptionId: subscriptionRow.id, tokenVersion: subscriptionRow.tokenVersion }, clock()),
  );
  const email = await renderDigestEmail(content, { links, unsubscribeUrl, cadence: sub.schedule.cadence === 'daily' ? 'daily' : 'weekly', chartPng });
  const message = {
    to: sub.reader.email,
    subject: email.subject,
    text: email.text,
    html: email.html,
    attachments: email.attachments,
    messageId: delivery.messageId ?? undefined,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
      'X-Footprint-Digest': `${delivery.kind} ${delivery.periodStart}`,
      'X-Footprint-Organization': org.slug,
    },
  };

  // 3a. Outbox: the message and the mark are one transaction.
  if (!smtpUrl) {
    const sent = await withTenant(env.db, org.id, async (tx) => {
      if (!(await markSent(tx, delivery, 'claimed', 'outbox', clock()))) return false;
      await tx.insert(outboxMessages).values({ to: message.to, subject: message.subject, text: message.text, html: message.html, sent: false });
      return true;
    });
    return { outcome: sent ? 'sent' : 'busy', deliveryId: delivery.id };
  }

  // 3b. SMTP: sending is committed before the conversation starts, sent after it ends.
  const began = await withTenant(env.db, org.id, (tx) => beginSend(tx, delivery, clock(), env.sendLeaseMs ?? 5 * 60_000));
  if (!began) return { outcome: 'busy', deliveryId: delivery.id };
  try {
    await sendMail(env.db, message, smtpUrl);
  } catch (error) {
    const failure = classifyMailError(error);
    const marked = await withTenant(env.db, org.id, async (tx) => {
      const result = await markFailed(tx, delivery, failure.message, failure.permanent, clock());
      if (result?.status === 'bounced') await pauseSubscription(tx, subscriptionRow.tenantId, subscriptionRow.id, failure.message, clock());
      return result;
    });
    return { outcome: marked?.status ?? 'busy', deliveryId: delivery.id, nextAttemptAt: marked?.nextAttemptAt ?? null };
  }
  await env.afterSmtpAccepted?.();
  await withTenant(env.db, org.id, (tx) => markSent(tx, delivery, 'sending', 'smtp', clock()));
  return { outcome: 'sent', deliveryId: delivery.id };
}

async function pauseSubscription(tx: Tx, tenantId: string, id: string, reason: string, now: Date): Promise<void> {
  await tx
    .update(digestSubscriptions)
    .set({ pausedAt: now, pauseReason: `The mail server refused this address permanently: ${reason.slice(0, 300)}`, updatedAt: now })
    .where(and(eq(digestSubscriptions.tenantId, tenantId), eq(digestSubscriptions.id, id)));
}

export type { DeliveryRow };
