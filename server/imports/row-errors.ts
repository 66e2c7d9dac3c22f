/**
 * The problems found in a file, each with its row (1 = the header), column and message. Every problem
 * is counted; the first MAX_STORED_ERRORS are kept (stored on the import and shown), so a file where
 * every one of a million rows is wrong still costs little memory.
 */
export interface ImportIssue {
  row: number;
  column?: string;
  message: string;
}

export const MAX_STORED_ERRORS = 1000;

export class RowErrorLog {
  readonly issues: ImportIssue[] = [];
  private total = 0;
  private rows = new Uint8Array(1024);
  private distinctRows = 0;

  constructor(private readonly cap = MAX_STORED_ERRORS) {}

  /** Every problem found so far (also those not kept). */
  get count(): number {
    return this.total;
  }

  /** Rows with at least one problem. */
  get rowCount(): number {
    return this.distinctRows;
  }

  get truncated(): boolean {
    return this.total > this.issues.length;
  }

  add(row: number, column: string | undefined, message: string): void {
    this.total++;
    this.markRow(row);
    if (this.issues.length < this.cap) this.issues.push(column ? { row, column, message } : { row, message });
  }

  hasRow(row: number): boolean {
    const byte = row >>> 3;
    return byte < this.rows.length && ((this.rows[byte] ?? 0) & (1 << (row & 7))) !== 0;
  }

  private markRow(row: number): void {
    const byte = row >>> 3;
    if (byte >= this.rows.length) {
      let size = this.rows.length;
      while (size <= byte) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.rows);
      this.rows = grown;
    }
    const bit = 1 << (row & 7);
    const current = this.rows[byte] ?? 0;
    if ((current & bit) === 0) {
      this.rows[byte] = current | bit;
      this.distinctRows++;
    }
  }
}

/** Issues sorted by row, then column, for display and download. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
}
