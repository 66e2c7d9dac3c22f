/** `npm run db:seed`: seeds the demo organizations (refuses when they already exist). */
import { openDatabase } from '../client';
import { isSeeded, seedDemo } from '../seed';
import { seedPlanningRun } from '../seed/planning-run';

const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined });
try {
  if (await isSeeded(handle.db)) {
    console.log('[db] the demo organization already exists; nothing to do.');
  } else {
    const summary = await seedDemo(handle.db);
    // PGlite runs no autovacuum: give the planner statistics for the rows just written.
    await handle.ownerQuery('analyze');
    const run = await seedPlanningRun(handle.db);
    if (run) console.log(`[db] demo planning run ${run.status} in ${run.seconds.toFixed(1)} s`);
    console.log(`[db] demo data seeded: ${JSON.stringify(summary)}`);
  }
} finally {
  await handle.close();
}
