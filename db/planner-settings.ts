/**
 * Planner settings for one statement, inside the caller's transaction (`set_config(…, true)` is local to
 * it). For statements whose right plan does not depend on the data: right after a bulk write (the seed, a
 * large import) the statistics still describe the old tables, and the app role, which owns no table,
 * cannot ANALYZE them. Not reset on failure: the transaction is aborted then, and the settings with it.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from './client';

type Setting = 'enable_nestloop' | 'enable_hashjoin' | 'enable_mergejoin' | 'enable_seqscan';

export async function withPlannerSettings<T>(tx: Tx, settings: Partial<Record<Setting, boolean>>, fn: () => Promise<T>): Promise<T> {
  const entries = Object.entries(settings) as [Setting, boolean][];
  for (const [name, on] of entries) await tx.execute(sql`select set_config(${name}, ${on ? 'on' : 'off'}, true)`);
  const result = await fn();
  for (const [name] of entries) await tx.execute(sql`select set_config(${name}, 'on', true)`);
  return result;
}
