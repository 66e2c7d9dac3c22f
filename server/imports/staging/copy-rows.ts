/**
 * Rows into an import's staging table, at the database's own bulk speed where the driver allows it:
 * on a Postgres server (postgres.js) one `COPY <table> FROM STDIN` per batch, streamed in the text
 * format; on the embedded database (PGlite has no COPY from a client stream) one multi-row
 * `insert … select from unnest(<one array per column>)` per batch. Either way a batch is one statement
 * inside the caller's transaction, and the caller may start parsing the next batch before it ends.
 *
 * Staging tables are temporary tables of the transaction (docs/decisions/0018): no row-level security to
 * get in the way of COPY, invisible to every other session, gone at commit or rollback.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { pgArray, type ArrayElement } from '../pg-array';

export type StageType = 'uuid' | 'text' | 'int' | 'numeric' | 'timestamptz' | 'boolean';

export interface StageColumn {
  name: string;
  type: StageType;
}

export type StageValue = ArrayElement;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function checkIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`staging: "${name}" is not a plain identifier`);
  return name;
}

interface CopyClient {
  unsafe(query: string): { writable(): Promise<NodeJS.WritableStream> };
}

/** The postgres.js connection under a drizzle transaction, or null on PGlite. */
function copyClient(tx: Tx): CopyClient | null {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client as Partial<CopyClient> | undefined;
  return client && typeof client.unsafe === 'function' ? (client as CopyClient) : null;
}

/** Whether batches go through COPY (a Postgres server) or multi-row inserts (PGlite). */
export function stagesWithCopy(tx: Tx): boolean {
  return copyClient(tx) !== null;
}

/** One value in COPY's text format: \N for null, backslash, tab and line ends escaped. */
function copyText(value: StageValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`staging: not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = value instanceof Date ? value.toISOString() : value;
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}

/** The rows of a batch in COPY's text format (tab-separated, one line each). */
export function copyTextOf(rows: readonly (readonly StageValue[])[]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) out += (i > 0 ? '\t' : '') + copyText(row[i]);
    out += '\n';
  }
  return out;
}

async function copyBatch(client: CopyClient, table: string, columns: readonly StageColumn[], rows: readonly (readonly StageValue[])[]): Promise<void> {
  const writable = await client.unsafe(`copy ${table} (${columns.map((c) => c.name).join(', ')}) from stdin`).writable();
  await new Promise<void>((resolve, reject) => {
    writable.on('error', reject);
    writable.on('finish', () => resolve());
    writable.end(copyTextOf(rows));
  });
}

async function insertBatch(tx: Tx, table: string, columns: readonly StageColumn[], rows: readonly (readonly StageValue[])[]): Promise<void> {
  const arrays = columns.map((c, i) => sql`${pgArray(rows.map((r) => r[i]))}::${sql.raw(c.type)}[]`);
  const names = sql.raw(columns.map((c) => c.name).join(', '));
  await tx.execute(sql`insert into ${sql.raw(table)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`);
}

/** Writes one batch of rows (values in the order of `columns`) into a staging table. */
export async function stageRows(tx: Tx, table: string, columns: readonly StageColumn[], rows: readonly (readonly StageValue[])[]): Promise<void> {
  if (rows.length === 0) return;
  checkIdentifier(table);
  for (const c of columns) checkIdentifier(c.name);
  const client = copyClient(tx);
  if (client) await copyBatch(client, table, columns, rows);
  else await insertBatch(tx, table, columns, rows);
}

export interface StageStream {
  /** Queues rows; resolves once the connection can take more (backpressure). */
  write(rows: readonly (readonly StageValue[])[]): Promise<void>;
  /** Ends the COPY (or the last insert); rejects with the database's error if it refused a row. */
  end(): Promise<void>;
}

/**
 * One COPY for the whole file on a Postgres server: rows are written as they are checked, the database
 * parses them while the next ones are read. No other statement may be sent on the transaction until
 * `end()` has resolved. On PGlite, each `write` is one multi-row insert.
 */
export async function openStageStream(tx: Tx, table: string, columns: readonly StageColumn[]): Promise<StageStream> {
  checkIdentifier(table);
  for (const c of columns) checkIdentifier(c.name);
  const client = copyClient(tx);
  if (!client) {
    return { write: (rows) => (rows.length > 0 ? insertBatch(tx, table, columns, rows) : Promise.resolve()), end: async () => undefined };
  }
  const writable = await client.unsafe(`copy ${table} (${columns.map((c) => c.name).join(', ')}) from stdin`).writable();
  let failure: unknown = null;
  let finished = false;
  const done = new Promise<void>((resolve, reject) => {
    writable.on('error', (error) => {
      failure = error;
      reject(error);
    });
    writable.on('finish', () => {
      finished = true;
      resolve();
    });
  });
  done.catch(() => undefined);
  return {
    async write(rows) {
      if (failure) throw failure;
      if (rows.length === 0) return;
      if (!writable.write(copyTextOf(rows))) {
        await new Promise<void>((resolve) => {
          const go = () => {
            writable.off('drain', go);
            writable.off('error', go);
            resolve();
          };
          writable.on('drain', go);
          writable.on('error', go);
        });
      }
      if (failure) throw failure;
    },
    async end() {
      if (!finished && !failure) writable.end();
      await done;
    },
  };
}

/** `create temporary table … on commit drop` with the staging columns (a table left by an earlier pass of the transaction is dropped first). */
export async function createStagingTable(tx: Tx, table: string, columns: readonly StageColumn[]): Promise<void> {
  checkIdentifier(table);
  const defs = columns.map((c) => `${checkIdentifier(c.name)} ${c.type}`).join(', ');
  await tx.execute(sql.raw(`drop table if exists ${table}`));
  await tx.execute(sql.raw(`create temporary table ${table} (${defs}) on commit drop`));
}
