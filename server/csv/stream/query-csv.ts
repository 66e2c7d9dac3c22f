/**
 * A query's rows as CSV, streamed from the database inside the caller's transaction. Every column of the
 * query is already the cell's text (services build such queries, e.g. services/orders/export-lines.ts).
 * - On a Postgres server (postgres.js): `COPY (<query>) TO STDOUT WITH (FORMAT csv)`; the database writes
 *   the CSV and the bytes are passed on as they come.
 * - On PGlite (no COPY to a client stream): a cursor, fetched 2,000 rows at a time, written here.
 * COPY takes no bind parameters, so the query's parameters are written into it as quoted literals
 * (standard_conforming_strings on: a quote doubled is the only escape).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { Push } from './tenant-stream';

export interface RenderedQuery {
  toSQL(): { sql: string; params: unknown[] };
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('export: a number parameter is not finite');
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new Error('export: a text parameter holds a NUL character');
    return `'${value.replace(/'/g, "''")}'`;
  }
  throw new Error(`export: unsupported parameter of type ${typeof value}`);
}

/** The query's text with its $n parameters written in as literals. */
export function inlineParameters(query: { sql: string; params: unknown[] }): string {
  return query.sql.replace(/\$(\d+)/g, (_m, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= query.params.length) throw new Error(`export: no parameter $${n}`);
    return literal(query.params[index]);
  });
}

interface CopyOutClient {
  unsafe(query: string): { readable(): Promise<AsyncIterable<Buffer> & { _read(): void }> };
}

function copyClient(tx: Tx): CopyOutClient | null {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client as Partial<CopyOutClient> | undefined;
  return client && typeof client.unsafe === 'function' ? (client as CopyOutClient) : null;
}

const NEEDS_QUOTES = /[",\r\n]/;
const csvText = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const t = String(v);
  return NEEDS_QUOTES.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

function countLines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

const FETCH_ROWS = 2000;

/**
 * Streams the rows of `query` as CSV records (no header; \n line ends, as COPY writes them) to `push`. `onRows` hears the rows sent so far
 * (on COPY, counted by line ends: a cell with a line break counts twice, so it is a progress figure).
 */
export async function streamQueryCsv(tx: Tx, query: RenderedQuery, push: Push, onRows?: (rows: number) => void): Promise<void> {
  await tx.execute(sql`set local standard_conforming_strings = on`);
  const text = inlineParameters(query.toSQL());
  let rows = 0;
  const client = copyClient(tx);
  if (client) {
    const readable = await client.unsafe(`copy (${text}) to stdout with (format csv)`).readable();
    let failure: unknown = null;
    try {
      for await (const chunk of readable) {
        // After a failed push (the client left) the COPY still has to run out before the connection can roll back.
        if (failure) continue;
        rows += countLines(chunk);
        try {
          await push(chunk);
          onRows?.(rows);
        } catch (error) {
          failure = error;
        }
      }
    } finally {
      // postgres.js may leave the socket paused after a COPY … TO STDOUT (porsager/postgres#917): resume it.
      readable._read();
    }
    if (failure) throw failure;
    return;
  }
  await tx.execute(sql.raw(`declare footprint_export no scroll cursor for ${text}`));
  for (;;) {
    const result = (await tx.execute(sql.raw(`fetch forward ${FETCH_ROWS} from footprint_export`))) as unknown as { rows?: Record<string, unknown>[] };
    const batch = result.rows ?? [];
    if (batch.length === 0) break;
    let out = '';
    for (const row of batch) out += Object.values(row).map(csvText).join(',') + '\n';
    rows += batch.length;
    await push(out);
    onRows?.(rows);
    if (batch.length < FETCH_ROWS) break;
  }
  await tx.execute(sql.raw('close footprint_export'));
}
