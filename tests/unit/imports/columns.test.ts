import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mapHeader, normalizeHeader, templateCsv, type ColumnSpec } from '@/server/imports/columns';
import { pgArray } from '@/server/imports/pg-array';

const COLUMNS: ColumnSpec[] = [
  { name: 'code', field: 'code', required: true, type: 'code', examples: ['A-1', 'B-2'], description: 'Code.' },
  { name: 'ship_from', field: 'shipFrom', required: false, type: 'code', examples: ['X', ''], description: 'From.', aliases: ['origin'] },
  { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['with, comma', 'with "quotes"'], description: 'Notes.' },
];

describe('headers', () => {
  it('match loosely: case, spaces, dashes, camelCase, BOM, aliases', () => {
    expect(['Ship From', 'ship-from', 'shipFrom', '\uFEFFSHIP_FROM ', 'ship.from'].map(normalizeHeader)).toEqual(Array(5).fill('ship_from'));
    const { map, issues } = mapHeader(['Code', 'Origin', 'Extra col', ''], COLUMNS);
    expect(issues).toEqual([]);
    expect(map.positions.map((p) => [p.index, p.column.name])).toEqual([
      [0, 'code'],
      [1, 'ship_from'],
    ]);
    expect(map.ignored).toEqual(['Extra col']);
    expect(map.width).toBe(4);
  });

  it('report a missing required column, a column twice, another delimiter, no header at all', () => {
    expect(mapHeader(['notes'], COLUMNS).issues).toEqual([{ row: 1, column: 'code', message: expect.stringMatching(/required column code is missing/) }]);
    expect(mapHeader(['code', 'CODE'], COLUMNS).issues).toEqual([{ row: 1, column: 'code', message: expect.stringMatching(/appears twice \(columns 1 and 2\)/) }]);
    expect(mapHeader(['code|notes'], COLUMNS).issues[0]?.message).toMatch(/pipes/);
    expect(mapHeader(['A-1', 'X'], COLUMNS).issues[0]?.message).toMatch(/first row must be the header/);
  });
});

describe('templateCsv', () => {
  it('is the header and two example rows, quoted where needed, that papaparse reads back', () => {
    const text = templateCsv(COLUMNS);
    expect(text.split('\r\n')[0]).toBe('code,ship_from,notes');
    expect(Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data).toEqual([
      ['code', 'ship_from', 'notes'],
      ['A-1', 'X', 'with, comma'],
      ['B-2', '', 'with "quotes"'],
    ]);
  });
});

describe('pgArray', () => {
  it('quotes and escapes every text element; null is NULL; numbers are bare', () => {
    expect(pgArray(['a', 'b"c', 'back\\slash', 'x,y', null, undefined, 3, 1.5, true, new Date('2025-01-01T00:00:00Z')])).toBe(
      '{"a","b\\"c","back\\\\slash","x,y",NULL,NULL,3,1.5,true,"2025-01-01T00:00:00.000Z"}',
    );
    expect(pgArray([])).toBe('{}');
    expect(() => pgArray([Number.NaN])).toThrow(/finite/);
  });
});
