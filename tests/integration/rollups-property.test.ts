/** The rollups equal the raw-row KPIs for random histories, on PGlite (see support/rollups-property.ts). */
import { afterAll, beforeAll, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { checkRollupsAgainstRawRows } from './support/rollups-property';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

it('every KPI read from the rollups equals the same KPI from raw rows, after the write paths and after a rebuild', async () => {
  await checkRollupsAgainstRawRows(db, 12);
}, 300_000);
