/**
 * Reading Postgres constraint errors (drizzle wraps the driver's error in `.cause`; postgres.js names the
 * constraint `constraint_name`, PGlite `constraint`), so services can answer with a message naming the field.
 */
interface PgErrorLike {
  code?: unknown;
  constraint?: unknown;
  constraint_name?: unknown;
  cause?: unknown;
}

function pgError(error: unknown, code: string): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const e = current as PgErrorLike;
    if (e.code === code) return e;
    current = e.cause;
  }
  return null;
}

/** The violated unique constraint's name (or '' when the driver did not say), or null when it is another error. */
export function uniqueViolation(error: unknown): string | null {
  const e = pgError(error, '23505');
  if (!e) return null;
  const name = e.constraint_name ?? e.constraint;
  return typeof name === 'string' ? name : '';
}
