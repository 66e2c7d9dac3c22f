/** The first rows of a stored file, for an import's page (read again, not stored). */
import { mapHeader } from './columns';
import { CsvFileError, isBlankRecord, readCsvRecords } from './csv/read-records';
import type { EntityImporter } from './importer';

export interface FileSample {
  columns: string[];
  rows: { row: number; cells: Record<string, string> }[];
}

export async function readSample(source: AsyncIterable<Uint8Array | string>, importer: EntityImporter<unknown>, limit: number): Promise<FileSample> {
  const out: FileSample = { columns: [], rows: [] };
  let positions: { index: number; name: string }[] | null = null;
  try {
    for await (const records of readCsvRecords(source)) {
      for (const record of records) {
        if (!positions) {
          const { map } = mapHeader(record.cells, importer.columns);
          positions = map.positions.map((p) => ({ index: p.index, name: p.column.name }));
          out.columns = positions.map((p) => p.name);
          continue;
        }
        if (isBlankRecord(record.cells)) continue;
        const cells: Record<string, string> = {};
        for (const p of positions) cells[p.name] = (record.cells[p.index] ?? '').slice(0, 200);
        out.rows.push({ row: record.row, cells });
        if (out.rows.length >= limit) return out;
      }
    }
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
  }
  return out;
}
