/**
 * One-click unsubscribe from a digest, without signing in (RFC 8058): `POST /api/digests/unsubscribe?token=…`
 * with `List-Unsubscribe=One-Click` (mail clients), or the button of the page a GET shows (the link in the
 * email body). The signed token is the credential; see server/services/digests/unsubscribe.ts.
 */
import { getDb } from '@/db/instance';
import { unsubscribePage, unsubscribeRequest } from '@/server/services/digests/unsubscribe';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return unsubscribePage(new URL(request.url));
}

export async function POST(request: Request): Promise<Response> {
  return unsubscribeRequest(await getDb(), request, new Date());
}
