/**
 * pg-boss talks to the database through `{ executeSql(text, values) }`. This adapter runs its SQL on the app's
 * own drizzle handle (the one PGlite connection, or the postgres.js pool connected as the app role), or on an
 * open drizzle transaction, so a job sent inside a service's transaction exists iff that transaction commits.
 *
 * Values are passed the way node-postgres (pg-boss's own driver) would: untyped text, JSON for objects, an
 * array literal for arrays, so the server infers each parameter's type from the SQL exactly as pg-boss expects.
 * pg-boss's maintenance commands come as one `BEGIN; ...; COMMIT;` script; they run as one drizzle transaction
 * (postgres.js refuses a bare BEGIN on a pool, PGlite refuses several statements in one prepared query).
 */
import { SQL, sql } from 'drizzle-orm';
import { resultRows, type Queryable } from '@/db/client';

export interface ExecuteSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export function sqlAdapter(db: Queryable): ExecuteSql {
  return {
    async executeSql(text, values) {
      const script = transactionScript(text);
      if (script) {
        if (values && values.length) throw new Error('pg-boss: a transaction script with parameters is not supported');
        // A script is only ever sent on the root handle (maintenance), never inside a caller's transaction.
        await (db as { transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T> }).transaction(async (tx) => {
          for (const statement of script) await tx.execute(sql.raw(statement));
        });
        return { rows: [] };
      }
      const result = await db.execute(withParameters(text, values ?? []));
      return { rows: resultRows<Record<string, unknown>>(result) };
    },
  };
}

/** The statements between a leading BEGIN and a trailing COMMIT, or null when the text is one statement. */
export function transactionScript(text: string): string[] | null {
  if (!/^\s*BEGIN\s*;/i.test(text)) return null;
  const statements = splitStatements(text);
  const first = statements[0]?.toUpperCase();
  const last = statements[statements.length - 1]?.toUpperCase();
  if (first !== 'BEGIN' || last !== 'COMMIT') throw new Error('pg-boss: unexpected transaction script');
  return statements.slice(1, -1);
}

/** Splits SQL on top-level semicolons (outside quotes, identifiers, comments and dollar-quoted bodies). */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      i = text.indexOf(ch, i + 1);
      if (i < 0) i = text.length;
      i += 1;
      continue;
    }
    if (ch === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i))?.[0];
      if (tag) {
        const end = text.indexOf(tag, i + tag.length);
        i = end < 0 ? text.length : end + tag.length;
        continue;
      }
    }
    if (ch === ';') {
      const statement = text.slice(start, i).trim();
      if (statement) out.push(statement);
      start = i + 1;
    }
    i += 1;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

/** pg-boss SQL with `$n` placeholders as a drizzle query (each occurrence its own parameter). */
export function withParameters(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    const index = Number(match[1]) - 1;
    if (index < 0 || index >= values.length) throw new Error(`pg-boss: parameter $${index + 1} has no value`);
    chunks.push(sql.raw(text.slice(last, match.index)), sql`${toDriverValue(values[index])}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

/** node-postgres's conversion: every value becomes text (or null) and the server casts it. */
export function toDriverValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return arrayLiteral(v);
    const text = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}
