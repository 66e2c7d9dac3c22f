/**
 * The CSV writer: RFC 4180 quoting and OWASP "CSV injection" neutralisation (cells starting with = + - @,
 * tab or CR get a leading apostrophe). Property: papaparse reads back exactly what was written.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord, toCsv } from '@/server/csv/write';
import { camelCase, csvHeader, snakeCase } from '@/server/csv/columns';
import { exportListParams, exportQueryString } from '@/server/csv/export-params';
import { locationRow } from '@/server/services/locations/schemas';
import { laneRow } from '@/server/services/lanes/schemas';
import { regionRow, slaRow } from '@/server/services/regions/schemas';
import { skuRow } from '@/server/services/skus/schemas';
import { supplierRow } from '@/server/services/suppliers/schemas';
import { transferLaneRow } from '@/server/services/transfer-lanes/schemas';

describe('csvCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "\"'\rx\""],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('neutralises %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers, booleans, dates and blanks as values, not formulas', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(new Date('2025-01-31T00:00:00Z'))).toBe('2025-01-31T00:00:00.000Z');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('papaparse reads back every text cell as written (neutralised ones with their apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme-composite' }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const text = toCsv(['h'.repeat(1), ...Array.from({ length: width - 1 }, (_, i) => `h${i}`)], table);
        const parsed = Papa.parse<string[]>(text.replace(/\r\n$/, ''), { newline: '\r\n' });
        expect(parsed.errors).toEqual([]);
        const expected = table.map((r) => r.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
        expect(parsed.data.slice(1)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV columns', () => {
  it('every row schema key survives key → header → key, so an export imports back', () => {
    for (const schema of [locationRow, regionRow, slaRow, laneRow, transferLaneRow, supplierRow, skuRow]) {
      const keys = Object.keys(schema.shape);
      expect(csvHeader(keys).map(camelCase)).toEqual(keys);
    }
    expect(snakeCase('volumeM3')).toBe('volume_m3');
    expect(camelCase(' Location Code ')).toBe('locationCode');
  });

  it('export query strings round-trip through exportListParams', () => {
    const query = exportQueryString({ sort: 'code', direction: 'desc', search: ' a b ', includeArchived: true, filters: { kind: 'dc', country: '', x: null } });
    expect(exportListParams(new URLSearchParams(query.slice(1)))).toEqual({ sort: 'code', direction: 'desc', search: 'a b', includeArchived: true, filters: { kind: 'dc' } });
    expect(exportQueryString({})).toBe('');
  });
});
