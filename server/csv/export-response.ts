/**
 * A CSV download as an HTTP response: UTF-8 with a BOM, every cell through the neutralising writer,
 * streamed page by page. The first page is read before the response starts, so a signed-out caller, a
 * foreign organization, a missing role or a bad filter is an HTTP error with a message, not a broken file.
 */
import { TRPCError } from '@trpc/server';
import { exportListParams } from './export-params';
import { findCsvExport } from './export-registry';
import type { AppCaller } from './export-types';
import { csvFileName, csvRecord, type CsvCell } from './write';

const STATUS: Partial<Record<TRPCError['code'], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  TOO_MANY_REQUESTS: 429,
};

function textResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function exportCsvResponse({ caller, org, entity, searchParams }: { caller: AppCaller; org: string; entity: string; searchParams: URLSearchParams }): Promise<Response> {
  const definition = findCsvExport(entity);
  if (!definition) return textResponse(404, `There is no CSV export named “${entity}”.`);

  const batches = definition.rows({ caller, org, params: exportListParams(searchParams) })[Symbol.asyncIterator]();
  let first: IteratorResult<CsvCell[][]>;
  try {
    first = await batches.next();
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = STATUS[error.code] ?? 500;
      return textResponse(status, status === 500 ? 'The export failed. It has been logged.' : error.message);
    }
    console.error('[export] failed before the first row', error);
    return textResponse(500, 'The export failed. It has been logged.');
  }

  const encoder = new TextEncoder();
  const encodeBatch = (rows: CsvCell[][]) => encoder.encode(rows.map(csvRecord).join(''));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('\uFEFF' + csvRecord(definition.header)));
      if (first.done) controller.close();
      else controller.enqueue(encodeBatch(first.value));
    },
    async pull(controller) {
      if (first.done) return;
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encodeBatch(next.value));
      } catch (error) {
        console.error('[export] failed while streaming', error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return?.();
    },
  });

  return new Response(stream, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFileName(entity, org)}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
