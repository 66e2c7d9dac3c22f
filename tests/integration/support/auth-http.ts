/**
 * The app's real HTTP handlers (Auth.js under /api/auth, tRPC under /api/trpc, the import upload)
 * called in-process on a test database, with a cookie jar: what a browser would send, minus the socket.
 */
import { NextRequest } from 'next/server';
import type { DatabaseHandle } from '@/db/client';

export const TEST_ORIGIN = 'http://localhost:3000';

/** Makes the app's one database handle (db/instance.ts) the test database. */
export function useTestDatabaseForApp(handle: DatabaseHandle) {
  (globalThis as unknown as { __footprintDb?: Promise<DatabaseHandle> }).__footprintDb = Promise.resolve(handle);
}

export class CookieJar {
  readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  copy(): CookieJar {
    const jar = new CookieJar();
    for (const [k, v] of this.cookies) jar.cookies.set(k, v);
    return jar;
  }
}

export function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit; jar?: CookieJar } = {}) {
  const headers = new Headers(init.headers);
  if (init.jar?.cookies.size) headers.set('cookie', init.jar.header());
  if (!headers.has('x-footprint-peer')) headers.set('x-footprint-peer', '127.0.0.1');
  return new NextRequest(`${TEST_ORIGIN}${path}`, { method: init.method ?? 'GET', headers, body: init.body });
}

async function authHandlers() {
  return (await import('@/server/auth')).handlers;
}

export async function csrfToken(jar: CookieJar): Promise<string> {
  const res = await (await authHandlers()).GET(request('/api/auth/csrf', { jar }));
  jar.take(res);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** POST /api/auth/callback/credentials through the route (the 429 pre-check, then Auth.js). */
export async function signInOverHttp(jar: CookieJar, email: string, password: string, headers: Record<string, string> = {}) {
  const token = await csrfToken(jar);
  const { POST } = await import('@/app/api/auth/[...nextauth]/route');
  const res = await POST(
    request('/api/auth/callback/credentials', {
      method: 'POST',
      jar,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ csrfToken: token, email, password, callbackUrl: '/' }).toString(),
    }),
  );
  jar.take(res);
  return res;
}

export async function signOutOverHttp(jar: CookieJar) {
  const token = await csrfToken(jar);
  const { POST } = await import('@/app/api/auth/[...nextauth]/route');
  const res = await POST(
    request('/api/auth/signout', { method: 'POST', jar, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrfToken: token, callbackUrl: '/' }).toString() }),
  );
  jar.take(res);
  return res;
}

export async function sessionOverHttp(jar: CookieJar): Promise<{ user?: { email?: string } } | null> {
  const res = await (await authHandlers()).GET(request('/api/auth/session', { jar }));
  return (await res.json()) as { user?: { email?: string } } | null;
}

/** A tRPC query through the real route handler (GET /api/trpc/<path>), answering the HTTP status. */
export async function trpcOverHttp(jar: CookieJar, path: string, input?: unknown): Promise<{ status: number; body: unknown }> {
  const { GET } = await import('@/app/api/trpc/[trpc]/route');
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await GET(request(`/api/trpc/${path}${query}`, { jar }));
  return { status: res.status, body: await res.json() };
}

/** POST /api/auth/signin/nodemailer (the magic-link request), with any extra headers (a forged Host). */
export async function requestMagicLinkOverHttp(jar: CookieJar, email: string, init: { url?: string; headers?: Record<string, string> } = {}) {
  const token = await csrfToken(jar);
  const { POST } = await import('@/app/api/auth/[...nextauth]/route');
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), 'x-footprint-peer': '127.0.0.1', ...init.headers });
  const res = await POST(new NextRequest(`${init.url ?? TEST_ORIGIN}/api/auth/signin/nodemailer`, { method: 'POST', headers, body: new URLSearchParams({ csrfToken: token, email, callbackUrl: '/' }).toString() }));
  jar.take(res);
  return res;
}

/** POST /api/orgs/<org>/imports, the raw CSV upload route, as `jar`'s user from `origin`. */
export async function uploadOverHttp(jar: CookieJar, org: string, csv: string, origin: string | null) {
  const { POST } = await import('@/app/api/orgs/[org]/imports/route');
  const headers: Record<string, string> = { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(csv)) };
  if (origin) headers.origin = origin;
  const res = await POST(request(`/api/orgs/${org}/imports?entity=suppliers&fileName=suppliers.csv`, { method: 'POST', jar, headers, body: csv }), { params: Promise.resolve({ org }) });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
}
