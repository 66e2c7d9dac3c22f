/**
 * The before/after comparison of one audit entry, key by key (top level; nested values compared as a
 * whole). Pure: the audit page renders it side by side with the changed keys highlighted.
 */
export type DiffStatus = 'added' | 'removed' | 'changed' | 'same';

export interface DiffEntry {
  key: string;
  status: DiffStatus;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted, so {a,b} and {b,a} compare equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value) ?? 'null';
}

const isRecord = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/**
 * Entries in key order: a created record has only `added` keys, an archived one mostly `same` and one
 * `changed`. Values that are not objects (or absent) are compared under the key "(value)".
 */
export function diffAuditValues(before: unknown, after: unknown): DiffEntry[] {
  if (!isRecord(before) && !isRecord(after)) {
    if ((before === null || before === undefined) && (after === null || after === undefined)) return [];
    return [{ key: '(value)', before, after, status: statusOf(before, after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return keys.map((key) => ({ key, before: b[key], after: a[key], status: statusOf(b[key], a[key], key in b, key in a) }));
}

function statusOf(before: unknown, after: unknown, hadKey = before !== undefined && before !== null, hasKey = after !== undefined && after !== null): DiffStatus {
  if (!hadKey && hasKey) return 'added';
  if (hadKey && !hasKey) return 'removed';
  return stableJson(before) === stableJson(after) ? 'same' : 'changed';
}
