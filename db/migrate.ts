/**
 * Migrations: drizzle-kit's committed SQL in db/migrations, then the row-level-security step that
 * keeps DESIGN.md §4's rules on every tenant table (any table with a `tenant_id` column), then the job
 * queue: pg-boss's schema and every queue of server/jobs/queues.ts, created by the owner, with usage and
 * DML granted to the app role (db/sql/jobs.sql).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { installJobQueue } from './job-queue';

export const APP_ROLE = 'footprint_app';
export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
const MIGRATION_LOCK_KEY = 7_240_511;

export interface MigrationTarget {
  kind: 'pglite' | 'postgres';
  exec: (text: string) => Promise<void>;
  /** One statement with $n parameters, as the owner; returns its rows. */
  query: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  runDrizzle: (migrationsFolder: string) => Promise<void>;
}

export async function migrateDatabase(target: MigrationTarget): Promise<void> {
  // Several app instances may start together on one server: one migrates, the others wait.
  if (target.kind === 'postgres') await target.exec(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    await target.exec(readSql('roles.sql'));
    await target.runDrizzle(MIGRATIONS_FOLDER);
    await target.exec(readSql('policies.sql'));
    await installJobQueue(target);
    await target.exec(readSql('jobs.sql'));
    await target.exec(readSql('functions.sql'));
  } finally {
    if (target.kind === 'postgres') await target.exec(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}

function readSql(name: string): string {
  return readFileSync(path.join(process.cwd(), 'db', 'sql', name), 'utf8');
}
