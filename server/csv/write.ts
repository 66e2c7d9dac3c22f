/**
 * CSV export (RFC 4180, CRLF line ends). Text cells that a spreadsheet would read as a formula —
 * starting with = + - @, a tab or a carriage return — are neutralised with a leading apostrophe
 * (OWASP "CSV injection"). Numbers are written as numbers: a negative number is not a formula.
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell as CSV text: neutralised when it could be a formula, quoted when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end (for streaming a file record by record). */
export function csvRecord(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** A whole CSV document: a header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map(csvRecord).join('');
}

/** A file name safe on every OS, with today's date: `members-northwind-2025-01-31.csv`. */
export function csvFileName(...parts: string[]): string {
  const stem = parts
    .map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('-');
  return `${stem || 'export'}-${new Date().toISOString().slice(0, 10)}.csv`;
}
