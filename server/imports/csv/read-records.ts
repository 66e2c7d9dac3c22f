/**
 * Streaming CSV reading on papaparse's core parser: bytes in (any chunking), records out, with memory
 * bounded by the chunk size plus one record. The parser is fed like papaparse's own ChunkStreamer does
 * (parse the text so far with `ignoreLastRow`, keep the unfinished tail for the next chunk), but driven
 * from an async iterator so the caller's awaits (database lookups, writes) give natural backpressure.
 *
 * What a user can get wrong is said in words, with the row: not UTF-8 (or an Excel workbook), a quoted
 * cell that is never closed, a stray quote inside a cell. Row numbers count the header as row 1, like a
 * spreadsheet does.
 */
import Papa from 'papaparse';

export interface CsvRecord {
  /** 1 = the header. */
  row: number;
  cells: string[];
  /** A problem of the CSV syntax of this record (its cells are not to be trusted). */
  formatError?: string;
}

export class CsvFileError extends Error {
  constructor(
    message: string,
    readonly row?: number,
  ) {
    super(message);
    this.name = 'CsvFileError';
  }
}

export interface ReadOptions {
  /** A record longer than this (in characters) is refused: a quote left open swallows the rest of the file. */
  maxRecordChars?: number;
}

const DEFAULT_MAX_RECORD_CHARS = 1_000_000;

/**
 * The line end of the file, from its first line break outside quotes: \r\n, \r (old Mac) or \n.
 * null while undecided: no line break yet, or a \r that ends the text (it may be half of \r\n).
 */
export function detectNewline(text: string): '\r\n' | '\r' | '\n' | null {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10) return '\n';
    else if (c === 13) {
      if (i + 1 >= text.length) return null;
      return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    }
  }
  return null;
}

const NOT_UTF8 =
  'The file is not UTF-8 text. If it is an Excel workbook, save it as "CSV UTF-8 (comma delimited)" first; if it is a CSV from another program, export it with UTF-8 encoding.';

/**
 * Yields the records of a CSV file in batches (one batch per input chunk). Throws CsvFileError for a
 * file that cannot be read as CSV at all.
 */
export async function* readCsvRecords(source: AsyncIterable<Uint8Array | string>, options: ReadOptions = {}): AsyncGenerator<CsvRecord[]> {
  const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let parser: Papa.Parser | null = null;
  let pending = '';
  let baseIndex = 0;
  let rowsSoFar = 0;

  const decode = (chunk: Uint8Array | string, last: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream: !last });
    } catch {
      throw new CsvFileError(NOT_UTF8);
    }
  };

  const parse = (text: string, final: boolean): CsvRecord[] => {
    if (!parser) {
      // The line end is known once a line break is seen whole: a lone \r at the end may be half of \r\n.
      const head = pending + text;
      const newline = detectNewline(head);
      if (newline === null && !final && head.length < maxRecordChars) {
        pending = head;
        return [];
      }
      pending = '';
      text = head;
      parser = new Papa.Parser({ delimiter: ',', newline: newline ?? '\n', quoteChar: '"' });
    }
    const aggregate = pending + text;
    const result = parser.parse(aggregate, baseIndex, !final) as {
      data: string[][];
      errors: { code: string; row: number }[];
      meta: { cursor: number };
    };
    if (!final) {
      pending = aggregate.substring(result.meta.cursor - baseIndex);
      baseIndex = result.meta.cursor;
      if (pending.length > maxRecordChars) {
        throw new CsvFileError(
          `Row ${rowsSoFar + 1} is longer than ${Math.round(maxRecordChars / 1000)} thousand characters: a quoted cell is probably never closed. Check the quotes on that row.`,
          rowsSoFar + 1,
        );
      }
    } else {
      pending = '';
    }
    const records: CsvRecord[] = result.data.map((cells, i) => ({ row: rowsSoFar + i + 1, cells }));
    for (const error of result.errors) {
      const record = records[error.row];
      const rowNumber = rowsSoFar + error.row + 1;
      if (error.code === 'MissingQuotes') {
        if (record) record.formatError = `A quoted cell that starts on row ${rowNumber} is never closed: add the closing double quote (").`;
        else throw new CsvFileError(`A quoted cell that starts on row ${rowNumber} is never closed: add the closing double quote (").`, rowNumber);
      } else if (record && !record.formatError) {
        record.formatError = 'A double quote inside a cell must be written twice ("") and the whole cell wrapped in double quotes.';
      }
    }
    rowsSoFar += records.length;
    return records;
  };

  let first = true;
  for await (const chunk of source) {
    let text = decode(chunk, false);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.includes('\u0000')) throw new CsvFileError(`${NOT_UTF8} (It contains binary data.)`);
      first = false;
    }
    if (text.length === 0) continue;
    const records = parse(text, false);
    if (records.length > 0) yield records;
  }
  const tail = decode(new Uint8Array(0), true);
  const records = parse(tail, true);
  if (records.length > 0) yield records;
}

/** True when every cell is blank (a spreadsheet's empty line): such rows are skipped. */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}
