/**
 * A batch of rows sent as one array parameter per column (`unnest($1::text[], $2::int[], …)`): one
 * statement and a handful of parameters for thousands of rows, whatever the driver (postgres.js and
 * PGlite both receive plain text). Elements are quoted and escaped as Postgres array syntax requires;
 * null is NULL.
 */
export type ArrayElement = string | number | boolean | Date | null | undefined;

function element(value: ArrayElement): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`array element is not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = value instanceof Date ? value.toISOString() : value;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `{"a","b\"c",NULL,3}` */
export function pgArray(values: readonly ArrayElement[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    out += element(values[i]);
  }
  return `${out}}`;
}
