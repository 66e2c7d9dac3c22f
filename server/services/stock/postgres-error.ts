/**
 * Reading Postgres errors through the driver wrappers: drizzle wraps the driver's error in `.cause`
 * (DrizzleQueryError), postgres.js and PGlite both put the SQLSTATE in `.code` and the constraint in
 * `.constraint_name` / `.constraint`.
 */
interface PgErrorLike {
  code?: unknown;
  constraint_name?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

function findPgError(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as PgErrorLike;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}

/** The SQLSTATE of a Postgres error (e.g. '23505'), wherever a wrapper put it. */
export function postgresErrorCode(error: unknown): string | undefined {
  const code = findPgError(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The name of the constraint a Postgres error is about, when the driver reports it. */
export function postgresConstraint(error: unknown): string | undefined {
  const e = findPgError(error);
  const name = e?.constraint_name ?? e?.constraint;
  return typeof name === 'string' ? name : undefined;
}

export const UNIQUE_VIOLATION = '23505';
export const SERIALIZATION_FAILURE = '40001';
export const DEADLOCK_DETECTED = '40P01';
