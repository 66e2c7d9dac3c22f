/**
 * The job queue's part of a migration, run as the owner: pg-boss's schema (`pgboss`) created or migrated to
 * the installed pg-boss version, then every queue of server/jobs/queues.ts created (a queue is a partition
 * table) and its options brought up to date. The app role only gets usage and DML (db/sql/jobs.sql), so
 * workers start pg-boss with `migrate: false`.
 */
import type { MigrationTarget } from './migrate';
import { ALL_QUEUES, JOB_SCHEMA, type QueueSpec } from '../server/jobs/queues';

export async function installJobQueue(target: Pick<MigrationTarget, 'exec' | 'query'>): Promise<void> {
  const { default: PgBoss } = await import('pg-boss');
  const construction = PgBoss.getConstructionPlans(JOB_SCHEMA);
  const wanted = Number(/\.version\s*\(version\)\s*VALUES\s*\('(\d+)'\)/i.exec(construction)?.[1]);
  if (!Number.isInteger(wanted)) throw new Error('pg-boss: could not read the schema version of its construction plan');
  const [installed] = await target.query(`select to_regclass('${JOB_SCHEMA}.version') is not null as installed`);
  if (!installed?.installed) {
    await target.exec(construction);
  } else {
    const [row] = await target.query(`select version from ${JOB_SCHEMA}.version`);
    const version = Number(row?.version);
    if (version > wanted) throw new Error(`pg-boss schema is at version ${version}, newer than this app's pg-boss (${wanted}).`);
    if (version < wanted) await target.exec(PgBoss.getMigrationPlans(JOB_SCHEMA, version as unknown as string));
  }
  // A dead-letter queue must exist before the queue that names it.
  const ordered = [...ALL_QUEUES].sort((a, b) => Number(Boolean(a.deadLetter)) - Number(Boolean(b.deadLetter)));
  for (const spec of ordered) await ensureQueue(target, spec);
}

async function ensureQueue(target: Pick<MigrationTarget, 'query'>, spec: QueueSpec): Promise<void> {
  const options = {
    policy: spec.policy,
    retryLimit: spec.retryLimit,
    retryDelay: spec.retryDelay,
    retryBackoff: spec.retryBackoff,
    expireInSeconds: spec.expireInSeconds,
    retentionMinutes: spec.retentionMinutes,
    deadLetter: spec.deadLetter ?? null,
  };
  await target.query(`select ${JOB_SCHEMA}.create_queue($1, $2::json)`, [spec.name, JSON.stringify(options)]);
  // create_queue leaves an existing queue alone: keep its options in step with queues.ts.
  await target.query(
    `update ${JOB_SCHEMA}.queue set policy = $2, retry_limit = $3::int, retry_delay = $4::int, retry_backoff = $5::bool,
       expire_seconds = $6::int, retention_minutes = $7::int, dead_letter = $8, updated_on = now()
     where name = $1 and (policy, retry_limit, retry_delay, retry_backoff, expire_seconds, retention_minutes, coalesce(dead_letter, ''))
       is distinct from ($2, $3::int, $4::int, $5::bool, $6::int, $7::int, coalesce($8, ''))`,
    [spec.name, spec.policy, String(spec.retryLimit), String(spec.retryDelay), String(spec.retryBackoff), String(spec.expireInSeconds), String(spec.retentionMinutes), spec.deadLetter ?? null],
  );
}
