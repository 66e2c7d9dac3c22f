/**
 * A CSV download as an HTTP response: UTF-8 with a BOM, every cell neutralised, streamed. Access and the
 * list input are checked through the API before the response starts, so a signed-out caller, a foreign
 * organization, a missing role or a bad filter is an HTTP error with a message, not a broken file.
 * Exports with a `stream` read the database in one query for as long as the download runs (COPY … TO
 * STDOUT on a Postgres server); the others page through their list procedure. With `progressKey`, the rows
 * written so far are reported for the page to show (GET /api/orgs/<org>/imports/progress?key=…).
 */
import { TRPCError } from '@trpc/server';
import type { Database } from '@/db/client';
import { isProgressKey, reportProgress } from '../imports/progress';
import { exportListParams } from './export-params';
import { findCsvExport } from './export-registry';
import type { AppCaller, CsvExport } from './export-types';
import { streamQueryCsv } from './stream/query-csv';
import { tenantStream } from './stream/tenant-stream';
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

function failed(error: unknown): Response {
  if (error instanceof TRPCError) {
    const status = STATUS[error.code] ?? 500;
    return textResponse(status, status === 500 ? 'The export failed. It has been logged.' : error.message);
  }
  console.error('[export] failed before the first row', error);
  return textResponse(500, 'The export failed. It has been logged.');
}

function csvHeaders(entity: string, org: string, total?: number): Record<string, string> {
  return {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${csvFileName(entity, org)}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(total === undefined ? {} : { 'x-total-rows': String(total) }),
  };
}

/** The caller's database and user, for exports that stream from the database (the route has them). */
export interface ExportScope {
  db: Database;
  userId: string;
}

export async function exportCsvResponse({
  caller,
  org,
  entity,
  searchParams,
  scope,
}: {
  caller: AppCaller;
  org: string;
  entity: string;
  searchParams: URLSearchParams;
  scope?: ExportScope | null;
}): Promise<Response> {
  const definition = findCsvExport(entity);
  if (!definition) return textResponse(404, `There is no CSV export named “${entity}”.`);
  if (definition.stream && scope) return streamedResponse({ definition, caller, org, entity, searchParams, scope });

  const batches = definition.rows({ caller, org, params: exportListParams(searchParams) })[Symbol.asyncIterator]();
  let first: IteratorResult<CsvCell[][]>;
  try {
    first = await batches.next();
  } catch (error) {
    return failed(error);
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

  return new Response(stream, { status: 200, headers: csvHeaders(entity, org) });
}

async function streamedResponse(args: { definition: CsvExport; caller: AppCaller; org: string; entity: string; searchParams: URLSearchParams; scope: ExportScope }): Promise<Response> {
  const { definition, caller, org, entity, searchParams, scope } = args;
  const streamed = definition.stream;
  if (!streamed) return textResponse(500, 'The export failed. It has been logged.');
  let checked: { total: number; input: unknown };
  try {
    checked = await streamed.check({ caller, org, params: exportListParams(searchParams) });
  } catch (error) {
    return failed(error);
  }
  const key = searchParams.get('progressKey');
  const progressKey = isProgressKey(key) ? key : undefined;
  const total = checked.total;
  let bytes = 0;
  const report = (rows: number, stage: 'export' | 'done') =>
    reportProgress(scope.userId, progressKey, { stage, rows: Math.min(rows, total), totalRows: total, bytes, totalBytes: null });
  report(0, 'export');
  const body = tenantStream(
    { db: scope.db, userId: scope.userId, org },
    async (tx, tenant, push) => {
      const counted = async (chunk: Uint8Array | string) => {
        bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
        await push(chunk);
      };
      // COPY ends its lines with \n alone: the header must too (a reader takes the first line end for all).
      await counted('\uFEFF' + csvRecord(definition.header).replace(/\r\n$/, '\n'));
      await streamQueryCsv(tx, streamed.query({ tx, tenant }, checked.input), counted, (rows) => report(rows, 'export'));
    },
    () => report(total, 'done'),
  );
  return new Response(body, { status: 200, headers: csvHeaders(entity, org, total) });
}
