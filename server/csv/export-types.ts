import type { createCaller } from '../trpc/root';
import type { ExportListParams } from './export-params';
import type { CsvCell } from './write';

/** A tRPC caller of the signed-in user: exports go through the same procedures as the app. */
export type AppCaller = ReturnType<typeof createCaller>;

/** One downloadable entity: its CSV header and its rows, in batches, read through the caller. */
export interface CsvExport {
  header: readonly string[];
  rows: (args: { caller: AppCaller; org: string; params: ExportListParams }) => AsyncIterable<CsvCell[][]>;
}

/**
 * The list input of one export page. The procedure's own zod schema validates it (a bad sort key or
 * filter value is a 400), so the text values are passed through untyped here.
 */
export function listInputFor(org: string, params: ExportListParams, page: number, pageSize: number): never {
  return { org, ...params, page, pageSize } as never;
}
