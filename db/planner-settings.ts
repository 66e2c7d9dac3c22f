/**
 * One statement without nested-loop joins, inside the caller's transaction (`set_config(…, true)` is local
 * to it). For statements that read every row of a tenant, where hash joins are always right: just after a
 * bulk write (the seed, a large import) the statistics still describe the old tables, and the app role,
 * which owns no table, cannot ANALYZE them. Not reset on failure: the transaction is aborted then, and the
 * setting with it.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from './client';

export async function executeWithoutNestedLoops(tx: Tx, statement: SQL): Promise<void> {
  await tx.execute(sql`select set_config('enable_nestloop', 'off', true)`);
  await tx.execute(statement);
  await tx.execute(sql`select set_config('enable_nestloop', 'on', true)`);
}
