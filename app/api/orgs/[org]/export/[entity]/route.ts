/**
 * GET /api/orgs/<org>/export/<entity>?sort=&direction=&search=&includeArchived=&filter.<key>=&progressKey=
 * A CSV download of the entity's list (all pages), read through the tRPC caller of the signed-in user,
 * so tenant resolution and roles are exactly the API's. Entities: server/csv/export-registry.ts.
 */
import { exportCsvResponse } from '@/server/csv/export-response';
import { createContext } from '@/server/trpc/context';
import { createCaller } from '@/server/trpc/root';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ org: string; entity: string }> }) {
  const { org, entity } = await params;
  const context = await createContext(request.headers);
  const caller = createCaller(context);
  // Large exports stream from the database as the signed-in user (access is checked through the caller first).
  const scope = context.session ? { db: context.db, userId: context.session.userId } : null;
  return exportCsvResponse({ caller, org, entity, searchParams: new URL(request.url).searchParams, scope });
}
