/**
 * The streaming CSV reader: records are the same whatever the chunking of the bytes (a property test
 * against papaparse's own whole-string parse), line ends and BOM are handled, and syntax problems are
 * reported on the row where they are.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvFileError, detectNewline, readCsvRecords, type CsvRecord } from '@/server/imports/csv/read-records';

async function readAll(chunks: (string | Uint8Array)[], maxRecordChars?: number): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  async function* source() {
    for (const c of chunks) yield c;
  }
  for await (const batch of readCsvRecords(source(), { maxRecordChars })) out.push(...batch);
  return out;
}

function chunked(bytes: Buffer, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  for (let k = 0; i < bytes.length; k++) {
    const size = Math.max(1, sizes[k % Math.max(1, sizes.length)] ?? 1);
    out.push(bytes.subarray(i, i + size));
    i += size;
  }
  return out;
}

const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', '"', 'a,b', 'x\ny', 'é漢', '""'));
const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

describe('readCsvRecords', () => {
  it('gives the records papaparse gives for the whole text, whatever the chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        async (rows, newline, sizes) => {
          const text = rows.map((r) => r.map(quote).join(',')).join(newline) + newline;
          const expected = Papa.parse<string[]>(text, { delimiter: ',', newline, skipEmptyLines: false }).data.filter((r, i, all) => !(i === all.length - 1 && r.length === 1 && r[0] === ''));
          const records = await readAll(chunked(Buffer.from(text, 'utf8'), sizes));
          expect(records.map((r) => r.cells)).toEqual(expected);
          expect(records.map((r) => r.row)).toEqual(expected.map((_, i) => i + 1));
          expect(records.every((r) => !r.formatError)).toBe(true);
        },
      ),
      { numRuns: process.env.CI ? 1000 : 300 },
    );
  });

  it('drops a BOM, split or not, and reads CRLF and CR line ends', async () => {
    const bom = Buffer.from('\uFEFFa,b\r\n1,2\r\n', 'utf8');
    expect((await readAll([bom.subarray(0, 1), bom.subarray(1, 2), bom.subarray(2)])).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect((await readAll(['a,b\r1,2\r'])).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect((await readAll(['\uFEFFa,b\n1,2'])).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports an unclosed quote on the row where it opens, and a stray quote on its row', async () => {
    const unclosed = await readAll(['a,b\n1,2\n3,"open\n4,5\n']);
    expect(unclosed.at(-1)).toMatchObject({ row: 3, formatError: expect.stringMatching(/starts on row 3 is never closed/) });
    const stray = await readAll(['a,b\n1,"x"y"\n2,3\n']);
    expect(stray[1]).toMatchObject({ row: 2, formatError: expect.stringMatching(/double quote inside a cell/) });
    expect(stray[2]).toEqual({ row: 3, cells: ['2', '3'] });
  });

  it('refuses a record longer than the limit (an open quote swallowing the file) with its row', async () => {
    const error = await readAll(['a,b\n1,"open', 'x'.repeat(200), 'y'.repeat(200)], 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvFileError);
    expect(error).toMatchObject({ row: 2, message: expect.stringMatching(/Row 2 is longer than/) });
  });

  it('refuses bytes that are not UTF-8, and binary files', async () => {
    await expect(readAll([Buffer.from([0x61, 0x2c, 0xe9, 0x0a])])).rejects.toThrow(/not UTF-8/);
    await expect(readAll([Buffer.from('PK\u0003\u0004\u0000\u0000', 'utf8')])).rejects.toThrow(/binary data/);
  });

  it('detects the line end from the first one', () => {
    expect(detectNewline('a\r\nb\nc')).toBe('\r\n');
    expect(detectNewline('a\nb\r\n')).toBe('\n');
    expect(detectNewline('a\rb')).toBe('\r');
    expect(detectNewline('abc')).toBeNull();
  });
});
