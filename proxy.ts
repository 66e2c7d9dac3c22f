/**
 * Runs before every page: a fresh CSP nonce (Next.js's documented pattern: the policy goes on the
 * request, where Next.js reads the nonce for its own scripts, and on the response), then the
 * optimistic redirect of signed-out visitors to /sign-in. It uses the database-free Auth.js config;
 * every page and procedure still checks the session (and its version) against the database.
 */
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { PUBLIC_PATHS, runtimeAuthConfig } from './server/auth/config';
import { newNonce, pageContentSecurityPolicy } from './server/http/csp';

const { auth } = NextAuth(() => runtimeAuthConfig());

function isPublic(pathname: string): boolean {
  return pathname === '/' || PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export default auth((request) => {
  const { pathname } = request.nextUrl;
  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce);
  let response: NextResponse;
  if (!request.auth?.user && !isPublic(pathname)) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = '/sign-in';
    signIn.search = '';
    signIn.searchParams.set('callbackUrl', request.nextUrl.href);
    response = NextResponse.redirect(signIn);
  } else {
    const headers = new Headers(request.headers);
    headers.set('x-nonce', nonce);
    headers.set('content-security-policy', csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set('content-security-policy', csp);
  return response;
});

export const config = {
  matcher: ['/((?!api/auth|api/trpc|api/orgs|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)'],
};
