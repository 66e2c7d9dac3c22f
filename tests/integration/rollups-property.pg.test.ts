/** The rollup property of support/rollups-property.ts on a Postgres server (npm run test:pg). */
import { afterAll, beforeAll, it } from 'vitest';
import { onRealPostgres, openTestDatabase, type TestDatabase } from './support/database';
import { checkRollupsAgainstRawRows } from './support/rollups-property';

let db: TestDatabase;
beforeAll(async () => {
  if (!onRealPostgres) throw new Error('rollups-property.pg.test.ts runs on a Postgres server: npm run test:pg');
  db = await openTestDatabase();
});
afterAll(() => db.close());

it('every KPI read from the rollups equals the same KPI from raw rows, on Postgres', async () => {
  await checkRollupsAgainstRawRows(db, 20);
}, 600_000);
