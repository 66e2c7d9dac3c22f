/**
 * The in-app preview of the reader's digest (the same content and rendering as the email, with the
 * chart inline as a data URI), and "send me one now": a digest job for the latest period, keyed by
 * today's local date so a second click the same day sends nothing more.
 */
import { and, eq } from 'drizzle-orm';
import { v5 as uuidv5 } from 'uuid';
import { digestDeliveries } from '@/db/schema';
import { renderDigestEmail } from '@/server/email/render-digest';
import { sendInTransaction } from '@/server/jobs/boss';
import { QUEUES } from '@/server/jobs/queues';
import { Conflict } from '../../errors';
import type { TenantServiceContext } from '../context';
import { buildImporterDigest, buildPortfolioDigest, withinTransaction } from './content';
import type { DigestJob } from './deliver';
import { appOrigin, digestLinks } from './links';
import { latestOccurrence, wallTimeOf, type DigestSchedule } from './schedule';
import { mySubscription } from './preferences';

const SEND_NOW_NAMESPACE = '6f0d5c1e-2b7a-4f8e-9a43-1d2c3b4a5e6f';

/** The period a digest sent now would cover: the latest of the reader's schedule (weekly Monday when off). */
function periodNow(schedule: DigestSchedule, now: Date) {
  const effective: DigestSchedule = schedule.cadence === 'off' ? { ...schedule, cadence: 'weekly', weekday: 1 } : schedule;
  const occurrence = latestOccurrence(effective, now)!;
  return { from: occurrence.periodStart, to: occurrence.periodEnd, cadence: effective.cadence as 'daily' | 'weekly' };
}

export async function previewDigest({ ctx, now }: { ctx: TenantServiceContext; now: Date }) {
  const sub = await mySubscription(ctx);
  const period = periodNow(sub.schedule, now);
  const org = { id: ctx.tenant.id, slug: ctx.tenant.slug, name: ctx.tenant.name, currency: ctx.tenant.currency, timezone: ctx.tenant.timezone };
  const content = sub.kind === 'portfolio' ? await buildPortfolioDigest(withinTransaction(ctx.tx, ctx.tenant.id), org, period) : await buildImporterDigest(ctx.tx, org, period);
  const links = digestLinks(ctx.tenant.slug, appOrigin());
  const email = await renderDigestEmail(content, { links, unsubscribeUrl: links.preferences(), cadence: period.cadence, chartAs: 'data-uri' });
  return { period: { from: period.from, to: period.to }, subject: email.subject, html: email.html, text: email.text, hasActivity: content.hasActivity, to: ctx.user.email };
}

export async function sendDigestNow({ ctx, now }: { ctx: TenantServiceContext; now: Date }) {
  const sub = await mySubscription(ctx);
  const period = periodNow(sub.schedule, now);
  const today = wallTimeOf(now, sub.schedule.timezone).day;
  const [existing] = await ctx.tx
    .select({ status: digestDeliveries.status, claimedAt: digestDeliveries.claimedAt })
    .from(digestDeliveries)
    .where(and(eq(digestDeliveries.tenantId, ctx.tenant.id), eq(digestDeliveries.userId, ctx.user.id), eq(digestDeliveries.kind, `${sub.kind}.manual`), eq(digestDeliveries.periodStart, today)));
  if (existing) throw new Conflict('You already sent yourself a digest today. The preview below shows the latest figures; you can send another tomorrow.');
  const job: DigestJob = { tenantId: ctx.tenant.id, userId: ctx.user.id, kind: sub.kind, periodStart: period.from, periodEnd: period.to, manualDay: today };
  // One job id per reader, organization and day: pg-boss drops a second send with the same id.
  const jobId = await sendInTransaction(ctx.tx, QUEUES.digest.name, job, { id: uuidv5(`digest-now:${ctx.tenant.id}:${ctx.user.id}:${sub.kind}:${today}`, SEND_NOW_NAMESPACE) });
  return { queued: jobId !== null, to: ctx.user.email, period: { from: period.from, to: period.to } };
}
