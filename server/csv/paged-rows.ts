/**
 * Rows of an export, fetched page by page through a tRPC list procedure (so tenant, role and filters are
 * exactly the API's), yielded a page at a time so the response streams and memory stays flat.
 */
import type { CsvCell } from './write';

export const EXPORT_PAGE_SIZE = 200;
/** A safety stop: an export never loops past this many rows. */
export const EXPORT_MAX_ROWS = 2_000_000;

export interface PageAnswer<Row> {
  rows: Row[];
  total: number;
}

export async function* pagedRows<Row>(fetchPage: (page: number, pageSize: number) => Promise<PageAnswer<Row>>, toCells: (row: Row) => CsvCell[]): AsyncGenerator<CsvCell[][]> {
  for (let page = 1; (page - 1) * EXPORT_PAGE_SIZE < EXPORT_MAX_ROWS; page++) {
    const answer = await fetchPage(page, EXPORT_PAGE_SIZE);
    if (answer.rows.length > 0) yield answer.rows.map(toCells);
    if (answer.rows.length < EXPORT_PAGE_SIZE || page * EXPORT_PAGE_SIZE >= answer.total) return;
  }
}

/** The cells of a row in the order of `keys` (the CSV columns of the entity's row schema). */
export function cellsOf<Row extends object>(keys: readonly string[], row: Row): CsvCell[] {
  return keys.map((key) => {
    const value = (row as Record<string, unknown>)[key];
    if (Array.isArray(value)) return value.join(' ');
    return value as CsvCell;
  });
}
