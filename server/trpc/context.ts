import { getToken } from 'next-auth/jwt';
import { getDb } from '@/db/instance';
import { appOrigin, secureCookies } from '../auth/app-origin';
import { ensureAuthSecret } from '../auth/secret';
import { clientIp } from '../auth/client-ip';
import type { Context, SessionClaims } from './init';

/**
 * The claims of the signed-in user's session cookie, or null. Only decoded here: whether the session
 * still stands (its version, the user not disabled) is checked against the database by every authed
 * procedure (server/trpc/init.ts).
 */
export async function currentSessionClaims(requestHeaders?: Headers): Promise<SessionClaims | null> {
  const headers = requestHeaders ?? (await (await import('next/headers')).headers());
  const token = await getToken({ req: { headers }, secret: ensureAuthSecret(), secureCookie: secureCookies() });
  if (!token || typeof token.uid !== 'string') return null;
  return { userId: token.uid, sessionVersion: typeof token.sv === 'number' ? token.sv : 0 };
}

/** The tRPC context of a request. Links in emails use APP_ORIGIN, never the request's Host headers. */
export async function createContext(headers: Headers): Promise<Context> {
  return { db: await getDb(), session: await currentSessionClaims(headers), ip: clientIp(headers), origin: appOrigin() };
}
