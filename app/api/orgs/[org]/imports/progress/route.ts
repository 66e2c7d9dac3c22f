/**
 * Progress of a running preview or commit: `GET /api/orgs/<org>/imports/progress?key=…`. It answers
 * from this process's memory without touching the database (on the embedded database a running
 * commit holds the only connection), and only to the user who started the operation: the key is theirs
 * and random. Unknown keys (or another instance's) are `{ progress: null }`.
 */
import { readProgress, isProgressKey } from '@/server/imports/progress';
import { currentSessionClaims } from '@/server/trpc/context';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const session = await currentSessionClaims();
  if (!session) return Response.json({ error: { code: 'UNAUTHORIZED', message: 'Please sign in.' } }, { status: 401 });
  const key = new URL(request.url).searchParams.get('key');
  if (!isProgressKey(key)) return Response.json({ error: { code: 'BAD_REQUEST', message: 'A progress key is 8 to 64 letters, digits, - or _.' } }, { status: 400 });
  return Response.json({ progress: readProgress(session.userId, key) }, { headers: { 'cache-control': 'no-store' } });
}
