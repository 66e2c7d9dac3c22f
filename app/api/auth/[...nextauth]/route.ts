import { NextResponse, type NextRequest } from 'next/server';
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
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get('email') ?? '');
    try {
      const db = await getDb();
      await withGlobal(db, (tx) => assertNotThrottled(tx, email, clientIp(request.headers)));
    } catch (error) {
      if (error instanceof RateLimited) {
        return NextResponse.json({ error: error.message, retryAfterSeconds: error.retryAfterSeconds }, { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } });
      }
      throw error;
    }
  }
  return handlers.POST(request);
}
