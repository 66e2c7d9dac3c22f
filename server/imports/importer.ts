/**
 * What an entity's importer is: documented columns, a zod row schema (the entity's own, shared with its
 * form and router), and a run that checks rows across the file and against the database, counts them
 * new / updated / unchanged, and in commit mode writes them in batches.
 */
import type { z } from 'zod';
import type { TenantServiceContext } from '../services/context';
import type { ColumnSpec } from './columns';
import type { RowErrorLog } from './row-errors';

export const IMPORT_ENTITIES = [
  'locations',
  'regions',
  'slas',
  'lanes',
  'transfer_lanes',
  'suppliers',
  'skus',
  'stock_levels',
  'orders',
  'purchase_orders',
] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export type RowStatus = 'new' | 'updated' | 'unchanged';

export interface ImportCounts {
  /** Data rows of the file (blank lines not counted). */
  rows: number;
  /** Records (rows; orders for orders, purchase orders for purchase orders) by what the import does to them. */
  new: number;
  updated: number;
  unchanged: number;
  /** Problems found, and rows with at least one. */
  errors: number;
  errorRows: number;
  [extra: string]: number;
}

export interface RunEnv {
  ctx: TenantServiceContext;
  mode: 'preview' | 'commit';
  /** The import being committed (null in preview). */
  importId: string | null;
  fileName: string;
  errors: RowErrorLog;
  counts: ImportCounts;
  /** Records what the import does to one record made of these rows. */
  outcome(status: RowStatus, rows: readonly number[]): void;
  /** Set-based runs: counts records by outcome at once, and names the outcome of the sample's rows. */
  tally(status: RowStatus, records: number): void;
  markSample(status: RowStatus, rows: readonly number[]): void;
  /** The last row of the preview's sample (0 while none): rows after it need no outcome of their own. */
  readonly sampleEnd: number;
  /** Says that the file has been read and the set-based writes begin (progress shows it). */
  writingStarted(): void;
  /** True in commit mode while the file has no problem: runs write only then. */
  readonly writing: boolean;
}

export interface ValidRow<T> {
  row: number;
  value: T;
}

export interface ImportRun<T> {
  /** Rows that passed the row schema, in file order. */
  batch(rows: ValidRow<T>[]): Promise<void>;
  /** End of the file: the last group, the last writes. */
  finish(): Promise<void>;
  /** Always called last, also when the file ended early (a header problem, a broken file): release what the run holds. */
  dispose?(): Promise<void>;
}

export interface EntityImporter<T = unknown> {
  entity: ImportEntity;
  label: string;
  /** One sentence: what a row is and what the import does with it. */
  description: string;
  /** Further rules shown with the column docs (grouping of lines, time zones, what is left alone). */
  notes: readonly string[];
  columns: readonly ColumnSpec[];
  /** The row schema, or a function of the tenant for schemas that need it (a time zone). */
  rowSchema: z.ZodType<T> | ((ctx: TenantServiceContext) => z.ZodType<T>);
  /** What the new/updated/unchanged counts count. */
  recordNoun: string;
  /** Rows per batch handed to the run. */
  batchSize?: number;
  open(env: RunEnv): Promise<ImportRun<T>>;
}

/** Lets a registry hold importers of different row types. */
export function defineImporter<T>(importer: EntityImporter<T>): EntityImporter<unknown> {
  return importer as unknown as EntityImporter<unknown>;
}
