import { getDb } from '@/db/instance';
import { auth } from '../auth';
import { clientIp } from '../auth/client-ip';
import type { Context, SessionClaims } from './init';

/** The claims of the signed-in user's JWT, or null. */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return { userId, sessionVersion: (session as { sessionVersion?: number }).sessionVersion ?? 1 };
}

export async function createContext(headers: Headers): Promise<Context> {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return { db: await getDb(), session: await currentSessionClaims(), ip: clientIp(headers), origin: process.env.APP_ORIGIN ?? `${proto}://${host}` };
}
