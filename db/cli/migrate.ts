/**
 * `npm run db:migrate`: applies the migrations and row-level security to DATABASE_URL, or to the
 * embedded database in .data/pglite. With --seed-if-empty, seeds the demo organization on a new database.
 */
import { openDatabase } from '../client';
import { seedDemo, isSeeded } from '../seed';
import { seedPlanningRun } from '../seed/planning-run';

const seedIfEmpty = process.argv.includes('--seed-if-empty');
const url = process.env.DATABASE_URL || undefined;
const handle = await openDatabase({ url, dataDir: process.env.PGLITE_DIR || undefined });
try {
  console.log(`[db] migrations applied (${url ? 'Postgres server' : 'embedded PGlite'})`);
  if (seedIfEmpty && !(await isSeeded(handle.db))) {
    const started = Date.now();
    const summary = await seedDemo(handle.db);
    // PGlite runs no autovacuum: give the planner statistics for the rows just written.
    await handle.ownerQuery('analyze');
    const run = await seedPlanningRun(handle.db);
    if (run) console.log(`[db] demo planning run ${run.status} in ${run.seconds.toFixed(1)} s`);
    console.log(`[db] demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
  }
} finally {
  await handle.close();
}
