/**
 * Runs before every page: a fresh CSP nonce (Next.js's documented pattern: the policy goes on the
 * request, where Next.js reads the nonce for its own scripts, and on the response), and the optimistic
 * redirect of signed-out visitors to /sign-in by Auth.js (database-free config; it also refreshes the
 * session cookie's expiry). Every page and procedure still checks the session and its version against
 * the database.
 */
import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { runtimeAuthConfig } from './server/auth/config';
import { newNonce, pageContentSecurityPolicy } from './server/http/csp';

const { auth } = NextAuth(() => runtimeAuthConfig());
const checkSession = auth as unknown as (request: NextRequest, event: unknown) => Promise<Response>;

export default async function proxy(request: NextRequest, event: unknown): Promise<Response> {
  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce);
  const verdict = await checkSession(request, event);
  let response: Response;
  if (verdict.headers.get('location')) {
    response = new Response(null, verdict);
  } else {
    const headers = new Headers(request.headers);
    headers.set('x-nonce', nonce);
    headers.set('content-security-policy', csp);
    response = NextResponse.next({ request: { headers } });
    for (const cookie of verdict.headers.getSetCookie()) response.headers.append('set-cookie', cookie);
  }
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!api/auth|api/trpc|api/orgs|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)'],
};
