/**
 * Upload of a CSV file for preview: `POST /api/orgs/<org>/imports?entity=orders&fileName=x.csv`, the
 * file as the raw request body (not JSON, not multipart). The caller's session and role are checked
 * through the same tRPC caller as every procedure before a byte is read; the body is then streamed to
 * disk (hashed, counted, refused past the size limit) and `imports.preview` runs on it. The answer is
 * the preview, superjson-encoded, or `{ error: { code, message, issues } }` with the HTTP status.
 * Requests from another origin are refused (403) before anything is read (server/http/same-origin.ts).
 */
import { Readable } from 'node:stream';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import superjson from 'superjson';
import { hasRole } from '@/server/auth/roles';
import { Invalid } from '@/server/errors';
import { reportProgress } from '@/server/imports/progress';
import { discardUpload, maxImportBytes, storeUpload } from '@/server/imports/storage';
import { createContext } from '@/server/trpc/context';
import { toTrpcError } from '@/server/trpc/error-mapping';
import { createCaller } from '@/server/trpc/root';
import { crossOriginRefused, isSameOrigin } from '@/server/http/same-origin';

export const dynamic = 'force-dynamic';

function failure(error: unknown): Response {
  const trpc = error instanceof TRPCError ? error : toTrpcError(error);
  const cause = trpc.cause as { issues?: unknown } | undefined;
  const issues = Array.isArray(cause?.issues) ? cause.issues : undefined;
  return Response.json({ error: { code: trpc.code, message: trpc.message, issues } }, { status: getHTTPStatusCodeFromError(trpc) });
}

export async function POST(request: Request, { params }: { params: Promise<{ org: string }> }): Promise<Response> {
  // A cross-site form or fetch (text/plain, multipart) from a page the user visits is refused unread.
  if (!isSameOrigin(request)) return crossOriginRefused();
  const { org } = await params;
  const url = new URL(request.url);
  const entity = url.searchParams.get('entity') ?? '';
  const fileName = url.searchParams.get('fileName') ?? 'upload.csv';
  const progressKey = url.searchParams.get('progressKey') ?? undefined;
  const declared = request.headers.get('content-length');
  const declaredBytes = declared === null ? undefined : Number(declared);

  const context = await createContext(request.headers);
  const caller = createCaller(context);
  try {
    // The same resolution as every tenant procedure: signed in, member or grantee, planner or above.
    const current = await caller.organization.current({ org });
    if (!hasRole(current.role, 'planner')) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Importing needs the planner role or higher; you are ${current.role}.` });
    }
    if (!request.body) throw new Invalid('The request has no file. Choose a CSV file to upload.');
  } catch (error) {
    return failure(error);
  }

  let uploadId: string | null = null;
  try {
    const userId = context.session?.userId ?? '';
    const onBytes = (bytes: number) => reportProgress(userId, progressKey, { stage: 'upload', rows: 0, totalRows: null, bytes, totalBytes: declaredBytes ?? null });
    const upload = await storeUpload(Readable.fromWeb(request.body as never), { maxBytes: maxImportBytes(), declaredBytes, onBytes }).catch((error: unknown) => {
      // The browser went away (tab closed, network lost): nothing to log, nothing kept.
      if ((error as { code?: string }).code === 'ECONNRESET' || (error as Error).message === 'aborted') throw new Invalid('The upload was interrupted. Try again.');
      throw error;
    });
    uploadId = upload.uploadId;
    if (declaredBytes !== undefined && upload.sizeBytes !== declaredBytes) {
      throw new Invalid(`The upload was cut short (${upload.sizeBytes} of ${declaredBytes} bytes arrived). Try again.`);
    }
    const preview = await caller.imports.preview({ org, entity: entity as never, uploadId, fileName, progressKey });
    return Response.json(superjson.serialize(preview));
  } catch (error) {
    return failure(error);
  } finally {
    // Claimed by the preview (moved into the tenant's folder), or refused: nothing is left in uploads/.
    if (uploadId) await discardUpload(uploadId);
  }
}
