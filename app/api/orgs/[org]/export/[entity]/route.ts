/**
 * GET /api/orgs/<org>/export/<entity>?sort=&direction=&search=&includeArchived=&filter.<key>=
 * A CSV download of the entity's list (all pages), read through the tRPC caller of the signed-in user,
 * so tenant resolution and roles are exactly the API's. Entities: server/csv/export-registry.ts.
 */
import { exportCsvResponse } from '@/server/csv/export-response';
import { createContext } from '@/server/trpc/context';
import { createCaller } from '@/server/trpc/root';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ org: string; entity: string }> }) {
  const { org, entity } = await params;
  const caller = createCaller(await createContext(request.headers));
  return exportCsvResponse({ caller, org, entity, searchParams: new URL(request.url).searchParams });
}
