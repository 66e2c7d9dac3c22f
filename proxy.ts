/**
 * Optimistic redirect of signed-out visitors to /sign-in. It uses the database-free Auth.js config;
 * every page and procedure still checks the session (and its version) against the database.
 */
import NextAuth from 'next-auth';
import { authConfig } from './server/auth/config';

export default NextAuth(authConfig).auth;

export const config = {
  matcher: ['/((?!api/auth|api/trpc|api/orgs|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)'],
};
