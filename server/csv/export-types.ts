import type { Tx } from '@/db/client';
import type { TenantContext } from '../services/tenancy/resolve-tenant';
import type { createCaller } from '../trpc/root';
import type { RenderedQuery } from './stream/query-csv';
import type { ExportListParams } from './export-params';
import type { CsvCell } from './write';

/** A tRPC caller of the signed-in user: exports go through the same procedures as the app. */
export type AppCaller = ReturnType<typeof createCaller>;

/**
 * A large export streamed from the database: the list procedure checks access and the list input (and
 * counts the rows, for progress) before the response starts; then one query, whose columns are already
 * the cells' text, is streamed inside the tenant's transaction (server/csv/stream).
 */
export interface StreamedCsv {
  check(args: { caller: AppCaller; org: string; params: ExportListParams }): Promise<{ total: number; input: unknown }>;
  query(ctx: { tx: Tx; tenant: TenantContext }, input: unknown): RenderedQuery;
}

/** One downloadable entity: its CSV header and its rows, in batches, read through the caller. */
export interface CsvExport {
  header: readonly string[];
  rows: (args: { caller: AppCaller; org: string; params: ExportListParams }) => AsyncIterable<CsvCell[][]>;
  /** Streams from the database instead (large tables); `rows` stays the path without a database handle. */
  stream?: StreamedCsv;
}

/**
 * The list input of one export page. The procedure's own zod schema validates it (a bad sort key or
 * filter value is a 400), so the text values are passed through untyped here.
 */
export function listInputFor(org: string, params: ExportListParams, page: number, pageSize: number): never {
  return { org, ...params, page, pageSize } as never;
}
