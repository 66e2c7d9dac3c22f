/**
 * The database-free part of the Auth.js configuration: shared by proxy.ts (which must not open the
 * database) and by the full configuration in server/auth/index.ts, which adds the session-version
 * check to the jwt callback.
 */
import type { NextAuthConfig } from 'next-auth';
import { appOrigin, secureCookies } from './app-origin';

export const PUBLIC_PATHS = ['/sign-in', '/sign-up', '/verify', '/invite', '/outbox', '/api/auth', '/api/trpc', '/api/digests'];

export const authConfig = {
  pages: { signIn: '/sign-in', verifyRequest: '/verify', error: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  // Auth.js builds its URLs from AUTH_URL, which server/auth/index.ts sets from APP_ORIGIN (never
  // from Host or X-Forwarded-Host); trustHost only stops it refusing requests to that origin.
  trustHost: true,
  providers: [],
  callbacks: {
    /** Optimistic check in the proxy: signed-out visitors of app pages go to sign-in. */
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (pathname === '/' || PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      (session as { sessionVersion?: number }).sessionVersion = typeof token.sv === 'number' ? token.sv : 1;
      return session;
    },
  },
} satisfies NextAuthConfig;

/**
 * The parts that depend on the environment, resolved when Auth.js first runs (not at build time):
 * cookies are `Secure` (`__Secure-` names) whenever APP_ORIGIN is https, behind a proxy or not.
 */
export function runtimeAuthConfig() {
  // Auth.js takes every URL it builds (magic links, redirects) from AUTH_URL when it is set.
  process.env.AUTH_URL = appOrigin();
  return { ...authConfig, useSecureCookies: secureCookies() };
}
