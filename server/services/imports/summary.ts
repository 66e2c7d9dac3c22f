/** What the procedures return of an `imports` row. */
import type { imports } from '@/db/schema';
import { IMPORT_ENTITIES, type ImportCounts, type ImportEntity } from '../../imports/importer';
import type { ImportIssue } from '../../imports/row-errors';

type ImportRecord = typeof imports.$inferSelect;

export interface ImportSummary {
  id: string;
  entity: ImportEntity;
  fileName: string;
  fileHash: string;
  sizeBytes: number;
  status: ImportRecord['status'];
  counts: ImportCounts;
  /** Problems kept (the first 1,000); `counts.errors` has them all. */
  errors: ImportIssue[];
  createdAt: Date;
  committedAt: Date | null;
  createdBy: string | null;
}

export function asEntity(entity: string): ImportEntity {
  if ((IMPORT_ENTITIES as readonly string[]).includes(entity)) return entity as ImportEntity;
  throw new Error(`unknown import entity ${entity}`);
}

export function toIssues(rowErrors: ImportRecord['rowErrors']): ImportIssue[] {
  return rowErrors.map((e) => (e.field ? { row: e.row, column: e.field, message: e.message } : { row: e.row, message: e.message }));
}

export function toRowErrors(issues: readonly ImportIssue[]): ImportRecord['rowErrors'] {
  return issues.map((i) => (i.column ? { row: i.row, field: i.column, message: i.message } : { row: i.row, message: i.message }));
}

export function toSummary(row: ImportRecord, createdBy: string | null = null): ImportSummary {
  const counts = { rows: 0, new: 0, updated: 0, unchanged: 0, errors: 0, errorRows: 0, ...row.counts } as ImportCounts;
  return {
    id: row.id,
    entity: asEntity(row.entity),
    fileName: row.fileName,
    fileHash: row.fileHash,
    sizeBytes: row.sizeBytes,
    status: row.status,
    counts,
    errors: toIssues(row.rowErrors),
    createdAt: row.createdAt,
    committedAt: row.committedAt,
    createdBy,
  };
}
