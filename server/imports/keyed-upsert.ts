/**
 * The run shared by the master-data importers (locations, regions, SLAs, lanes, transfer lanes,
 * suppliers, SKUs): each row is one record named by a natural key. The tenant's current records are
 * read once (master data is thousands of rows, not millions); each row is new, updated (some given
 * value differs, or the record was archived) or unchanged (nothing to write). Commit writes new and
 * updated rows with multi-row `insert … on conflict (natural key) do update`, and one audit entry per
 * written record.
 *
 * A column absent from the file leaves the stored value alone; a blank cell clears a clearable value
 * (the row schema turns it into null) or falls back to the column default (undefined).
 */
import { sql } from 'drizzle-orm';
import { getTableColumns, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { auditLog } from '@/db/schema';
import type { ImportRun, RunEnv, ValidRow } from './importer';
import { KeySet } from './key-set';

type Values = Record<string, unknown>;

export interface ExistingRecord {
  id: string;
  archivedAt?: Date | null;
  [field: string]: unknown;
}

export interface KeyedUpsertSpec<T, R> {
  table: PgTable;
  /** The audit log's entity name, e.g. "locations". */
  auditEntity: string;
  /** The columns of the natural key's unique constraint (after tenant_id). */
  conflictTarget: PgColumn[];
  /** The fields an import writes (drizzle property names). */
  fields: readonly string[];
  /** Loads the stored records by natural key (what rows are compared with) and the references `resolve` needs. */
  load(env: RunEnv): Promise<{ existing: Map<string, ExistingRecord>; refs: R }>;
  /** The natural key of a row, and where to report a duplicate. */
  key(row: T): string;
  duplicate(row: T): { column: string; message: string };
  /** Database values of a row (references resolved to ids); reports problems and returns null when unusable. */
  resolve(row: ValidRow<T>, env: RunEnv, refs: R): Values | null;
}

const WRITE_BATCH = 500;

/** Equal as stored: numbers rounded to the column's scale, lists and dates compared by value. */
function sameValue(column: PgColumn | undefined, given: unknown, stored: unknown): boolean {
  if (given === stored) return true;
  if (given === null || stored === null || given === undefined || stored === undefined) return false;
  if (typeof given === 'number' && typeof stored === 'number') {
    const scale = (column as unknown as { scale?: number } | undefined)?.scale;
    const factor = 10 ** (scale ?? 6);
    return Math.round(given * factor) === Math.round(stored * factor);
  }
  if (Array.isArray(given) && Array.isArray(stored)) return given.length === stored.length && given.every((v, i) => v === stored[i]);
  if (given instanceof Date && stored instanceof Date) return given.getTime() === stored.getTime();
  return String(given) === String(stored);
}

export function keyedUpsertRun<T, R = null>(spec: KeyedUpsertSpec<T, R>) {
  return async (env: RunEnv): Promise<ImportRun<T>> => {
    const { existing, refs } = await spec.load(env);
    const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
    const seen = new KeySet(1024);
    let pending: { values: Values; before: ExistingRecord | null }[] = [];

    const flush = async () => {
      if (!env.writing || pending.length === 0) return;
      const rows = pending;
      pending = [];
      for (let i = 0; i < rows.length; i += WRITE_BATCH) await write(env, spec, columns, rows.slice(i, i + WRITE_BATCH));
    };

    return {
      async batch(rows) {
        for (const r of rows) {
          const key = spec.key(r.value);
          if (!seen.add(key)) {
            const d = spec.duplicate(r.value);
            env.errors.add(r.row, d.column, d.message);
            continue;
          }
          const values = spec.resolve(r, env, refs);
          if (!values) continue;
          const before = existing.get(key) ?? null;
          const changes = before ? changedFields(values, before, columns) : values;
          if (before && Object.keys(changes).length === 0) {
            env.outcome('unchanged', [r.row]);
            continue;
          }
          env.outcome(before ? 'updated' : 'new', [r.row]);
          pending.push({ values: before ? { ...pick(before, spec.fields), ...changes } : values, before });
        }
        if (pending.length >= WRITE_BATCH) await flush();
      },
      async finish() {
        await flush();
      },
    };
  };
}

function pick(record: ExistingRecord, fields: readonly string[]): Values {
  const out: Values = {};
  for (const f of fields) out[f] = record[f];
  return out;
}

function changedFields(values: Values, before: ExistingRecord, columns: Record<string, PgColumn>): Values {
  const changes: Values = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (!sameValue(columns[field], value, before[field])) changes[field] = value;
  }
  if (before.archivedAt) changes.archivedAt = null;
  return changes;
}

async function write<T, R>(env: RunEnv, spec: KeyedUpsertSpec<T, R>, columns: Record<string, PgColumn>, rows: { values: Values; before: ExistingRecord | null }[]) {
  const { ctx } = env;
  const set: Record<string, SQL> = { updatedAt: sql`now()` };
  for (const field of spec.fields) {
    const column = columns[field];
    if (column) set[field] = sql.raw(`excluded."${column.name}"`);
  }
  if (columns.archivedAt) set.archivedAt = sql`null`;
  const written = (await ctx.tx
    .insert(spec.table)
    .values(rows.map((r) => ({ ...r.values, tenantId: ctx.tenant.id })) as never)
    .onConflictDoUpdate({ target: [columns.tenantId as PgColumn, ...spec.conflictTarget], set })
    .returning()) as ExistingRecord[];
  const beforeById = new Map(rows.filter((r) => r.before).map((r) => [r.before?.id, r.before]));
  await ctx.tx.insert(auditLog).values(
    written.map((after) => {
      const before = beforeById.get(after.id) ?? null;
      const { tenantId: _t, ...afterFields } = after;
      return {
        tenantId: ctx.tenant.id,
        actorId: ctx.user.id,
        action: before ? 'update' : 'create',
        entity: spec.auditEntity,
        entityId: after.id,
        before: before ? pick(before, [...spec.fields, 'archivedAt']) : null,
        after: { ...afterFields, importId: env.importId },
      };
    }),
  );
}
