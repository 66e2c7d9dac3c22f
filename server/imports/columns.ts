/**
 * The documented columns of an import: one list per entity that drives the header check, the row object
 * handed to the entity's zod row schema, the downloadable template and the column docs on the page.
 */
import type { ImportIssue } from './row-errors';

export type ColumnType = 'text' | 'code' | 'integer' | 'number' | 'money' | 'days' | 'date' | 'timestamp' | 'boolean' | 'country' | 'list' | 'choice';

export interface ColumnSpec {
  /** The header, snake_case (matched case-insensitively; spaces, dashes and camelCase are accepted). */
  name: string;
  /** The key of the row object the row schema reads. */
  field: string;
  required: boolean;
  type: ColumnType;
  /** For `choice`: the accepted values. */
  choices?: readonly string[];
  /** The cells of the two example rows of the template ('' for a blank cell). */
  examples: readonly [string, string];
  description: string;
  /** Other headers accepted for this column. */
  aliases?: readonly string[];
  /** A code of another entity: the template's examples use the tenant's own codes when it has some. */
  references?: ReferencedEntity;
  /**
   * `reversed`: the tenant's codes in the other order (a transfer lane's destination differs from its
   * origin); `same`: one code in both rows (the two example rows are lines of one document).
   */
  referenceOrder?: 'reversed' | 'same';
}

export type ReferencedEntity = 'locations' | 'regions' | 'skus' | 'suppliers';

/** What the page shows of a column. */
export interface ColumnDoc {
  name: string;
  required: boolean;
  type: ColumnType;
  choices?: readonly string[];
  example: string;
  description: string;
}

export function columnDocs(columns: readonly ColumnSpec[]): ColumnDoc[] {
  return columns.map((c) => ({
    name: c.name,
    required: c.required,
    type: c.type,
    ...(c.choices ? { choices: c.choices } : {}),
    example: c.examples[0] || c.examples[1],
    description: c.description,
  }));
}

/** "Ship From", "ship-from", "shipFrom" → "ship_from". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export interface HeaderMap {
  /** The cell index of each known column present in the file. */
  positions: { index: number; column: ColumnSpec }[];
  /** Headers that match no column (their cells are ignored, and the preview says so). */
  ignored: string[];
  /** The number of cells of the header row. */
  width: number;
}

const OTHER_DELIMITERS: [string, string][] = [
  [';', 'semicolons (;)'],
  ['\t', 'tabs'],
  ['|', 'pipes (|)'],
];

/** A header cell as the mapping names it: trimmed, without a byte-order mark. */
export function headerLabel(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim();
}

/**
 * Matches the header row to the columns; problems of the header are file-level (row 1) issues.
 * `mapping` (file header -> column name, '' to ignore) overrides the matching by name for the headers it names.
 */
export function mapHeader(cells: readonly string[], columns: readonly ColumnSpec[], mapping: Readonly<Record<string, string>> = {}): { map: HeaderMap; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const byColumnName = new Map(columns.map((c) => [c.name, c]));
  const byName = new Map<string, ColumnSpec>();
  for (const c of columns) {
    byName.set(c.name, c);
    for (const alias of c.aliases ?? []) byName.set(normalizeHeader(alias), c);
  }
  const positions: HeaderMap['positions'] = [];
  const ignored: string[] = [];
  const seenAt = new Map<string, number>();
  cells.forEach((cell, index) => {
    const label = headerLabel(cell);
    const mapped = Object.hasOwn(mapping, label) ? mapping[label] : undefined;
    const name = normalizeHeader(cell);
    if (mapped === '' || (mapped === undefined && name === '')) {
      if (mapped === '' && label !== '') ignored.push(label);
      return;
    }
    const column = mapped !== undefined ? byColumnName.get(mapped) : byName.get(name);
    if (mapped !== undefined && !column) {
      issues.push({ row: 1, message: `The column "${label}" is mapped to ${mapped}, which is not a column of this file. Choose one of: ${columns.map((c) => c.name).join(', ')}.` });
      return;
    }
    if (!column) {
      ignored.push(cell.trim());
      return;
    }
    const earlier = seenAt.get(column.name);
    if (earlier !== undefined) {
      issues.push({ row: 1, column: column.name, message: `The column ${column.name} appears twice (columns ${earlier + 1} and ${index + 1}). Keep one, or map the other to another column.` });
      return;
    }
    seenAt.set(column.name, index);
    positions.push({ index, column });
  });

  if (positions.length === 0 && cells.length === 1) {
    const only = cells[0] ?? '';
    const other = OTHER_DELIMITERS.find(([d]) => only.includes(d));
    if (other) {
      issues.push({
        row: 1,
        message: `The columns are separated by ${other[1]}, not commas. Save the file as "CSV UTF-8 (comma delimited)", or download the template and paste your rows into it.`,
      });
      return { map: { positions, ignored: [], width: cells.length }, issues };
    }
  }
  if (positions.length === 0) {
    issues.push({
      row: 1,
      message: `The first row must be the header with the column names (${columns.filter((c) => c.required).map((c) => c.name).join(', ')}, …). Map your file's columns to them, or download the template to see them.`,
    });
    return { map: { positions, ignored, width: cells.length }, issues };
  }
  for (const c of columns) {
    if (c.required && !seenAt.has(c.name)) issues.push({ row: 1, column: c.name, message: `The required column ${c.name} is missing from the header. Map one of the file's columns to it, or add it.` });
  }
  return { map: { positions, ignored, width: cells.length }, issues };
}

/** The raw row object for the row schema: present columns only, cells as text. */
export function rowObject(cells: readonly string[], map: HeaderMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { index, column } of map.positions) out[column.field] = cells[index] ?? '';
  return out;
}

/** The column of a row-schema issue path (its first key), by field name. */
export function columnOfField(columns: readonly ColumnSpec[], field: PropertyKey | undefined): string | undefined {
  if (field === undefined) return undefined;
  return columns.find((c) => c.field === field)?.name;
}

function templateCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The template: the header and the two example rows, CRLF line ends (what spreadsheets write). */
export function templateCsv(columns: readonly ColumnSpec[]): string {
  const lines = [columns.map((c) => c.name), columns.map((c) => c.examples[0]), columns.map((c) => c.examples[1])];
  return lines.map((cells) => cells.map(templateCell).join(',')).join('\r\n') + '\r\n';
}
