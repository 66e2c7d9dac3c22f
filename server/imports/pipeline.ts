/**
 * One pass over a file, shared by preview and commit: read records as they stream in, match the header,
 * validate each row with the entity's row schema, hand valid rows to the entity's run in batches (which
 * checks them across the file and against the database and, when committing, writes them). Every
 * problem is reported with its row and column; nothing stops at the first one.
 */
import type { TenantServiceContext } from '../services/context';
import { columnOfField, mapHeader, rowObject, type HeaderMap } from './columns';
import { CsvFileError, isBlankRecord, readCsvRecords } from './csv/read-records';
import type { EntityImporter, ImportCounts, RowStatus, RunEnv, ValidRow } from './importer';
import { RowErrorLog } from './row-errors';

export const SAMPLE_ROWS = 20;
const DEFAULT_BATCH_ROWS = 2000;

export interface SampleRow {
  row: number;
  status: RowStatus | 'error';
  /** The cells of the known columns, by column name. */
  cells: Record<string, string>;
}

export interface PipelineResult {
  counts: ImportCounts;
  errors: RowErrorLog;
  /** Headers that match no column (ignored). */
  ignoredColumns: string[];
  /** The known columns present, in file order. */
  columns: string[];
  sample: SampleRow[];
}

export interface PipelineProgress {
  bytes: number;
  rows: number;
}

export interface PipelineInput {
  ctx: TenantServiceContext;
  importer: EntityImporter<unknown>;
  mode: 'preview' | 'commit';
  importId: string | null;
  fileName: string;
  source: AsyncIterable<Uint8Array | string>;
  onProgress?: (progress: PipelineProgress) => void;
}

export function emptyCounts(): ImportCounts {
  return { rows: 0, new: 0, updated: 0, unchanged: 0, errors: 0, errorRows: 0 };
}

async function* countingBytes(source: AsyncIterable<Uint8Array | string>, progress: PipelineProgress) {
  for await (const chunk of source) {
    progress.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    yield chunk;
  }
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const { importer } = input;
  const errors = new RowErrorLog();
  const counts = emptyCounts();
  const sample: SampleRow[] = [];
  const sampleStatus = new Map<number, RowStatus>();
  const markSample = (status: RowStatus, rows: readonly number[]) => {
    const end = sample[sample.length - 1]?.row ?? 0;
    for (const row of rows) if (row <= end) sampleStatus.set(row, status);
  };
  const env: RunEnv = {
    ctx: input.ctx,
    mode: input.mode,
    importId: input.importId,
    fileName: input.fileName,
    errors,
    counts,
    outcome(status, rows) {
      counts[status]++;
      markSample(status, rows);
    },
    tally(status, records) {
      counts[status] += records;
    },
    markSample,
    get sampleEnd() {
      return sample[sample.length - 1]?.row ?? 0;
    },
    get writing() {
      return input.mode === 'commit' && errors.count === 0;
    },
  };
  const progress: PipelineProgress = { bytes: 0, rows: 0 };
  let header: HeaderMap | null = null;
  let ignoredColumns: string[] = [];
  let batch: ValidRow<unknown>[] = [];
  const batchSize = importer.batchSize ?? DEFAULT_BATCH_ROWS;
  const rowSchema = typeof importer.rowSchema === 'function' ? importer.rowSchema(input.ctx) : importer.rowSchema;
  const run = await importer.open(env);

  try {
    for await (const records of readCsvRecords(countingBytes(input.source, progress))) {
      for (const record of records) {
        if (!header) {
          if (record.formatError) {
            errors.add(1, undefined, `The header row: ${record.formatError}`);
            return finishResult();
          }
          const mapped = mapHeader(record.cells, importer.columns);
          for (const issue of mapped.issues) errors.add(issue.row, issue.column, issue.message);
          if (mapped.issues.length > 0) return finishResult();
          header = mapped.map;
          ignoredColumns = mapped.map.ignored;
          continue;
        }
        if (isBlankRecord(record.cells) && !record.formatError) continue;
        counts.rows++;
        if (sample.length < SAMPLE_ROWS) sample.push({ row: record.row, status: 'unchanged', cells: sampleCells(record.cells, header) });
        const value = checkRecord(record.row, record.cells, record.formatError, header);
        if (value !== undefined) {
          batch.push({ row: record.row, value });
          if (batch.length >= batchSize) {
            const full = batch;
            batch = [];
            await run.batch(full);
          }
        }
      }
      progress.rows = counts.rows;
      input.onProgress?.(progress);
    }
    if (!header) {
      errors.add(1, undefined, 'The file is empty. The first row must be the header with the column names; download the template to see them.');
      return finishResult();
    }
    if (counts.rows === 0) {
      errors.add(2, undefined, 'The file has its header but no rows under it: add the rows to import.');
      return finishResult();
    }
    if (batch.length > 0) await run.batch(batch);
    await run.finish();
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    errors.add(error.row ?? Math.max(1, counts.rows + 1), undefined, error.message);
  }
  return finishResult();

  function checkRecord(row: number, cells: string[], formatError: string | undefined, map: HeaderMap): unknown {
    if (formatError) {
      errors.add(row, undefined, formatError);
      return undefined;
    }
    if (cells.length !== map.width && !(cells.length > map.width && isBlankRecord(cells.slice(map.width)))) {
      errors.add(
        row,
        undefined,
        `This row has ${cells.length} cells but the header has ${map.width}. A value that contains a comma must be wrapped in double quotes ("Dallas, TX").`,
      );
      return undefined;
    }
    const parsed = rowSchema.safeParse(rowObject(cells, map));
    if (parsed.success) return parsed.data;
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = columnOfField(importer.columns, issue.path[0]);
      const key = `${column ?? ''}|${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.add(row, column, issue.message);
    }
    return undefined;
  }

  function finishResult(): PipelineResult {
    counts.errors = errors.count;
    counts.errorRows = errors.rowCount;
    for (const s of sample) s.status = errors.hasRow(s.row) ? 'error' : (sampleStatus.get(s.row) ?? s.status);
    return { counts, errors, ignoredColumns, columns: header ? header.positions.map((p) => p.column.name) : [], sample };
  }
}

function sampleCells(cells: readonly string[], map: HeaderMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { index, column } of map.positions) out[column.name] = (cells[index] ?? '').slice(0, 200);
  return out;
}
