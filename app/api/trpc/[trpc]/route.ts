import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/trpc/root';
import { createContext } from '@/server/trpc/context';
import { MAX_BATCH_SIZE } from '@/server/trpc/limits';
import { crossOriginRefused, isSameOrigin } from '@/server/http/same-origin';

export const dynamic = 'force-dynamic';

function handler(req: Request) {
  // Mutations come from the app's own pages; a cross-site POST is refused before any procedure runs.
  if (req.method === 'POST' && !isSameOrigin(req)) return crossOriginRefused();
  return fetchRequestHandler({ endpoint: '/api/trpc', req, router: appRouter, createContext: () => createContext(req.headers), maxBatchSize: MAX_BATCH_SIZE });
}

export { handler as GET, handler as POST };
