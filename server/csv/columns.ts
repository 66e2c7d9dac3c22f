/**
 * CSV column names. A CSV header is the snake_case of the row schema's key (`locationCode` ↔
 * `location_code`), for import templates, the importer and exports alike, so an exported file imports back.
 */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

export function camelCase(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/_+([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The CSV header of a row schema's keys, in order. */
export function csvHeader(keys: readonly string[]): string[] {
  return keys.map(snakeCase);
}
