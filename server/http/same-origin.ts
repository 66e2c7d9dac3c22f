/**
 * Cross-site request refusal for state-changing routes outside tRPC and Auth.js (which has its own
 * CSRF token): the browser's Origin (or, failing that, Referer) must be the app's own origin, i.e.
 * APP_ORIGIN or the Host the request was sent to. A cross-site form or fetch from another web page
 * a signed-in user visits always carries that page's origin, and cannot forge either header.
 */
import { appOrigin } from '../auth/app-origin';

export function isSameOrigin(request: Request): boolean {
  const source = request.headers.get('origin') ?? refererOrigin(request.headers.get('referer'));
  if (!source || source === 'null') return false;
  let origin: URL;
  try {
    origin = new URL(source);
  } catch {
    return false;
  }
  if (origin.origin === appOrigin()) return true;
  const host = request.headers.get('host');
  return host !== null && origin.host === host;
}

function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/** The answer to a refused cross-site request. */
export function crossOriginRefused(): Response {
  return Response.json(
    { error: { code: 'FORBIDDEN', message: 'This request came from another site and was refused. Use Footprint itself to upload or change data.' } },
    { status: 403 },
  );
}
