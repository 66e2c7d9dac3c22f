/**
 * One pass over a file, shared by preview and commit: read records as they stream in, match the header,
 * validate each row with the entity's row schema, hand valid rows to the entity's run in batches (which
 * checks them across the file and against the database and, when committing, writes them). Every
 * problem is reported with its row and column; nothing stops at the first one.
 */
import { createHash } from 'node:crypto';
import type { TenantServiceContext } from '../services/context';
import { detectDateFormat, type DateDetection, type DateFormat } from './cells/date-formats';
import { columnOfField, headerLabel, mapHeader, type HeaderMap } from './columns';
import { cellReaderFor, type CellReader, type PlaceholderTally } from './read-cells';
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

/** How a file is read (stored on the import, so commit reads it as the preview did). */
export interface ReadOptions {
  mapping?: Record<string, string>;
  dateFormat?: DateFormat;
}

/** What the pipeline found of the file's layout: its headers and how they matched, its date format. */
export interface FileLayout {
  headers: string[];
  /** sha-256 of the header row (trimmed cells, in order): the key a mapping is remembered by. */
  headerHash: string;
  /** Each header with the column it was matched or mapped to (null: ignored). */
  matches: { header: string; column: string | null }[];
  /** Every required column is there and no column is twice: the rows can be read. */
  complete: boolean;
  /** The dates of the first rows (null when the file has no date column, or no dates there). */
  dates: (DateDetection & { used: DateFormat; chosen: boolean }) | null;
  placeholders: PlaceholderTally;
}

export interface PipelineResult {
  counts: ImportCounts;
  layout: FileLayout | null;
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
  /** `writing`: the file is read; the staged rows are being written. */
  phase?: 'writing';
}

export interface PipelineInput {
  ctx: TenantServiceContext;
  importer: EntityImporter<unknown>;
  mode: 'preview' | 'commit';
  importId: string | null;
  fileName: string;
  source: AsyncIterable<Uint8Array | string>;
  readOptions?: ReadOptions;
  onProgress?: (progress: PipelineProgress) => void;
}

/** Rows of the file's start looked at to find its date format. */
const DATE_SAMPLE_ROWS = 2000;

export function headerHash(cells: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(cells.map(headerLabel))).digest('hex');
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
    writingStarted() {
      progress.phase = 'writing';
      input.onProgress?.(progress);
    },
    get sampleEnd() {
      return sample[sample.length - 1]?.row ?? 0;
    },
    get writing() {
      return input.mode === 'commit' && errors.count === 0;
    },
  };
  const progress: PipelineProgress = { bytes: 0, rows: 0 };
  let header: HeaderMap | null = null;
  let layout: FileLayout | null = null;
  let readers: (CellReader | null)[] = [];
  let datesSettled = false;
  const tally: PlaceholderTally = { count: 0, texts: [] };
  let ignoredColumns: string[] = [];
  let batch: ValidRow<unknown>[] = [];
  const batchSize = importer.batchSize ?? DEFAULT_BATCH_ROWS;
  const rowSchema = typeof importer.rowSchema === 'function' ? importer.rowSchema(input.ctx) : importer.rowSchema;
  const run = await importer.open(env);
  try {
    return await readFile();
  } finally {
    await run.dispose?.();
  }

  async function readFile(): Promise<PipelineResult> {
    try {
      for await (const records of readCsvRecords(countingBytes(input.source, progress))) {
        for (let r = 0; r < records.length; r++) {
          const record = records[r] as (typeof records)[number];
          if (!header) {
            if (record.formatError) {
              errors.add(1, undefined, `The header row: ${record.formatError}`);
              return finishResult();
            }
            const mapped = mapHeader(record.cells, importer.columns, input.readOptions?.mapping);
            layout = layoutOf(record.cells, mapped.map, mapped.issues.length === 0);
            for (const issue of mapped.issues) errors.add(issue.row, issue.column, issue.message);
            if (mapped.issues.length > 0) return finishResult();
            header = mapped.map;
            ignoredColumns = mapped.map.ignored;
            continue;
          }
          if (!datesSettled) {
            datesSettled = true;
            if (!settleDates(header, records.slice(r, r + DATE_SAMPLE_ROWS))) return finishResult();
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
  }

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
    const raw: Record<string, string> = {};
    let reported: Set<string> | null = null;
    for (let i = 0; i < map.positions.length; i++) {
      const { index, column } = map.positions[i] as HeaderMap['positions'][number];
      const text = cells[index] ?? '';
      const reader = readers[i];
      const read = reader ? reader(text, tally) : text;
      if (typeof read === 'string') raw[column.field] = read;
      else {
        errors.add(row, column.name, read.message);
        (reported ??= new Set()).add(column.name);
        raw[column.field] = '';
      }
    }
    const parsed = rowSchema.safeParse(raw);
    if (parsed.success) return reported ? undefined : parsed.data;
    const seen = new Set<string>(reported ?? []);
    for (const issue of parsed.error.issues) {
      const column = columnOfField(importer.columns, issue.path[0]);
      if (column && reported?.has(column)) continue;
      const key = `${column ?? ''}|${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.add(row, column, issue.message);
    }
    return undefined;
  }

  /** Finds (or takes) the date format and makes the cell readers; false when the user must choose first. */
  function settleDates(map: HeaderMap, head: readonly { cells: string[] }[]): boolean {
    const dated = map.positions.filter((p) => p.column.type === 'date' || p.column.type === 'timestamp');
    const chosen = input.readOptions?.dateFormat;
    let used: DateFormat = chosen ?? 'iso';
    if (dated.length > 0 && layout) {
      const values: string[] = [];
      for (const rec of head) for (const p of dated) {
        const v = (rec.cells[p.index] ?? '').trim();
        if (v !== '' && /\d/.test(v)) values.push(v);
      }
      const detection = detectDateFormat(values);
      if (!chosen && detection.found) used = detection.found;
      layout.dates = values.length > 0 || chosen ? { ...detection, used, chosen: chosen !== undefined } : null;
      if (!chosen && detection.ambiguous) {
        const column = dated.find((p) => head.some((rec) => (rec.cells[p.index] ?? '').trim() === detection.examples[0]))?.column.name;
        errors.add(
          1,
          column,
          `The dates (such as ${detection.examples.join(', ')}) can be read month first or day first: choose the date format, and the file is checked again.`,
        );
        return false;
      }
    }
    readers = map.positions.map((p) => cellReaderFor(p.column, used));
    return true;
  }

  function finishResult(): PipelineResult {
    counts.errors = errors.count;
    counts.errorRows = errors.rowCount;
    counts.placeholders = tally.count;
    if (layout) layout.placeholders = tally;
    for (const s of sample) s.status = errors.hasRow(s.row) ? 'error' : (sampleStatus.get(s.row) ?? s.status);
    return { counts, layout, errors, ignoredColumns, columns: header ? header.positions.map((p) => p.column.name) : [], sample };
  }
}

function layoutOf(cells: readonly string[], map: HeaderMap, complete: boolean): FileLayout {
  const columnAt = new Map(map.positions.map((p) => [p.index, p.column.name]));
  const headers = cells.map(headerLabel);
  return {
    headers,
    headerHash: headerHash(cells),
    matches: headers.map((header, i) => ({ header, column: columnAt.get(i) ?? null })),
    complete,
    dates: null,
    placeholders: { count: 0, texts: [] },
  };
}

function sampleCells(cells: readonly string[], map: HeaderMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { index, column } of map.positions) out[column.name] = (cells[index] ?? '').slice(0, 200);
  return out;
}
