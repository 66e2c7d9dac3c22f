/**
 * One-click unsubscribe without signing in (RFC 8058). The mail client POSTs
 * `List-Unsubscribe=One-Click` to the URL of the List-Unsubscribe header; the link in the email body
 * opens a page whose button POSTs the same form (a GET never changes anything, so link scanners that
 * prefetch URLs cannot unsubscribe anyone). The signed token is the only credential: no session and no
 * Origin check (a mail provider's POST comes from its servers, with no Origin), and a forged, expired or
 * superseded token is refused without touching anything.
 */
import { and, eq } from 'drizzle-orm';
import { withTenant, type Database } from '@/db/client';
import { digestSubscriptions, organizations } from '@/db/schema';
import { digestScheduleKey } from '@/server/jobs/digest';
import { removeSchedule } from '@/server/jobs/schedules';
import { verifyUnsubscribeToken } from './unsubscribe-token';

export type UnsubscribeResult =
  | { ok: true; organization: string; kind: string; alreadyOff: boolean }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' | 'superseded' | 'not-found' };

export async function unsubscribeWithToken(db: Database, token: string, now: Date): Promise<UnsubscribeResult> {
  const check = verifyUnsubscribeToken(token, now);
  if (!check.ok) return check;
  const { tenantId, subscriptionId, tokenVersion } = check.claims;
  return withTenant(db, tenantId, async (tx) => {
    const [row] = await tx
      .select({ id: digestSubscriptions.id, userId: digestSubscriptions.userId, kind: digestSubscriptions.kind, cadence: digestSubscriptions.cadence, tokenVersion: digestSubscriptions.tokenVersion, org: organizations.name })
      .from(digestSubscriptions)
      .innerJoin(organizations, eq(organizations.id, digestSubscriptions.tenantId))
      .where(and(eq(digestSubscriptions.tenantId, tenantId), eq(digestSubscriptions.id, subscriptionId)))
      .for('update', { of: digestSubscriptions });
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (row.tokenVersion !== tokenVersion) return { ok: false, reason: 'superseded' } as const;
    if (row.cadence !== 'off') {
      await tx
        .update(digestSubscriptions)
        .set({ cadence: 'off', updatedAt: now })
        .where(and(eq(digestSubscriptions.tenantId, tenantId), eq(digestSubscriptions.id, subscriptionId)));
      await removeSchedule(tx, digestScheduleKey(tenantId, row.userId, row.kind));
    }
    return { ok: true, organization: row.org, kind: row.kind, alreadyOff: row.cadence === 'off' } as const;
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · Footprint</title>
<style>body{font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a;margin:0;padding:48px 16px}main{max-width:480px;margin:0 auto;background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:24px}h1{font-size:20px;margin:0 0 12px}p{line-height:1.5}button{background:#1d4ed8;color:#fff;border:0;border-radius:6px;padding:10px 16px;font-size:15px;cursor:pointer}button:focus-visible{outline:3px solid #93c5fd;outline-offset:2px}a{color:#1d4ed8}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } });
}

const REFUSALS: Record<Exclude<UnsubscribeResult, { ok: true }>['reason'], string> = {
  malformed: 'This unsubscribe link is incomplete. Open it again from the email, or sign in and change your digest settings.',
  forged: 'This unsubscribe link is not valid. Open it again from the email, or sign in and change your digest settings.',
  expired: 'This unsubscribe link has expired. Sign in and turn the digest off in Settings → Digests, or use the link in a newer digest.',
  superseded: 'This unsubscribe link was replaced by a newer one. Use the link in your latest digest, or sign in and change your digest settings.',
  'not-found': 'This digest subscription no longer exists.',
};

/** GET: a page with one button (no change on GET). */
export function unsubscribePage(url: URL): Response {
  const token = url.searchParams.get('token') ?? '';
  if (!token) return page(400, 'Link incomplete', `<p>${REFUSALS.malformed}</p>`);
  return page(
    200,
    'Unsubscribe from this digest?',
    `<p>You will stop getting this KPI digest. You can turn it back on at any time in Settings → Digests.</p>
<form method="post" action="${escapeHtml(url.pathname)}?token=${encodeURIComponent(token)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
  );
}

/** POST (RFC 8058 one-click, or the page's button): the token from the query string, nothing else needed. */
export async function unsubscribeRequest(db: Database, request: Request, now: Date): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const result = await unsubscribeWithToken(db, token, now);
  if (!result.ok) return page(result.reason === 'not-found' ? 404 : result.reason === 'expired' ? 410 : 400, 'Link not valid', `<p>${REFUSALS[result.reason]}</p>`);
  const what = result.kind === 'portfolio' ? 'portfolio digest' : 'KPI digest';
  return page(200, 'Unsubscribed', `<p>You will no longer get the ${what} of ${escapeHtml(result.organization)}. To turn it back on, sign in and open Settings → Digests.</p>`);
}
