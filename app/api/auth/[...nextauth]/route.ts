import { NextRequest, NextResponse } from 'next/server';
import { handlers } from '@/server/auth';
import { getDb } from '@/db/instance';
import { withGlobal } from '@/db/client';
import { assertNotThrottled } from '@/server/auth/throttle';
import { clientIp } from '@/server/auth/client-ip';
import { RateLimited } from '@/server/errors';

export const dynamic = 'force-dynamic';
export const GET = handlers.GET;

/** Credential sign-ins of a throttled account or IP get a real 429 with Retry-After. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith('/callback/credentials')) {
    // Read the body once and hand Auth.js a fresh request with the same bytes (a cloned stream loses them).
    const body = await request.text();
    const email = new URLSearchParams(body).get('email') ?? '';
    try {
      const db = await getDb();
      await withGlobal(db, (tx) => assertNotThrottled(tx, email, clientIp(request.headers)));
    } catch (error) {
      if (error instanceof RateLimited) {
        return NextResponse.json({ error: error.message, retryAfterSeconds: error.retryAfterSeconds }, { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } });
      }
      throw error;
    }
    return handlers.POST(new NextRequest(request.url, { method: 'POST', headers: request.headers, body }));
  }
  return handlers.POST(request);
}
