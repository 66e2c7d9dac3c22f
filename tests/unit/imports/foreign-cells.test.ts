/**
 * The pure pieces that let other systems' exports import as they are: date formats (found and read),
 * country names and codes, placeholder cells, the COPY text encoding of staged rows, the literals of a
 * streamed export's query, and the rate and time left shown while a file is checked.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '@/server/services/master-data/countries';
import { alpha3Codes, countryCodeOf } from '@/server/imports/cells/country-names';
import { detectDateFormat, toIsoDateText } from '@/server/imports/cells/date-formats';
import { cellReaderFor } from '@/server/imports/read-cells';
import { copyTextOf } from '@/server/imports/staging/copy-rows';
import { inlineParameters } from '@/server/csv/stream/query-csv';
import { addSample, formatTimeLeft, progressFigures } from '@/app/_components/format/progress-rate';
import type { ColumnSpec } from '@/server/imports/columns';

describe('date formats', () => {
  it.each([
    ['2-Jun-06', 'd-mon-y', '2006-06-02'],
    ['02-June-2006', 'd-mon-y', '2006-06-02'],
    ['Jun 2, 2006', 'mon-d-y', '2006-06-02'],
    ['11/13/06', 'm/d/y', '2006-11-13'],
    ['6/2/2006', 'm/d/y', '2006-06-02'],
    ['13/11/2006', 'd/m/y', '2006-11-13'],
    ['13.11.2006', 'd/m/y', '2006-11-13'],
    ['2006/06/02', 'y/m/d', '2006-06-02'],
    ['11/13/06 2:05 PM', 'm/d/y', '2006-11-13 14:05'],
    ['11/13/06 12:30 am', 'm/d/y', '2006-11-13 00:30'],
    ['2-Jun-06 23:59:58', 'd-mon-y', '2006-06-02 23:59:58'],
    ['1/1/68', 'm/d/y', '2068-01-01'],
    ['1/1/69', 'm/d/y', '1969-01-01'],
  ] as const)('%s in %s is %s', (text, format, iso) => {
    expect(toIsoDateText(text, format)).toBe(iso);
  });

  it.each([
    ['31-Jun-06', 'd-mon-y'],
    ['2/30/2006', 'm/d/y'],
    ['13/13/2006', 'd/m/y'],
    ['11/13/06 13:05 PM', 'm/d/y'],
    ['2-Jnu-06', 'd-mon-y'],
    ['11/13/06', 'iso'],
  ] as const)('%s is not a date in %s', (text, format) => {
    expect(toIsoDateText(text, format)).toBeNull();
  });

  it('ISO text passes in every format', () => {
    expect(toIsoDateText('2025-03-03 09:14', 'd/m/y')).toBe('2025-03-03 09:14');
  });

  it('finds the one format that reads the dates; month and day first that both do are ambiguous', () => {
    expect(detectDateFormat(['2-Jun-06', '15-Jul-06'])).toMatchObject({ found: 'd-mon-y', ambiguous: false });
    expect(detectDateFormat(['6/2/06', '11/13/06'])).toMatchObject({ found: 'm/d/y', ambiguous: false });
    expect(detectDateFormat(['2/6/2006', '13/11/2006'])).toMatchObject({ found: 'd/m/y', ambiguous: false });
    expect(detectDateFormat(['03/04/2006', '05/04/2006'])).toMatchObject({ found: null, ambiguous: true, candidates: ['m/d/y', 'd/m/y'] });
    expect(detectDateFormat(['2025-01-02', '2025-01-03'])).toMatchObject({ found: 'iso', ambiguous: false });
    // A mistyped date among good ones does not hide the format: it becomes a row error.
    expect(detectDateFormat(['2-Jun-06', '31-Jun-06', '4-Jun-06'])).toMatchObject({ found: 'd-mon-y' });
    expect(detectDateFormat(['soon', 'later'])).toMatchObject({ found: null, candidates: [], ambiguous: false });
  });
});

describe('countries', () => {
  it.each([
    ["Côte d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
    ['cote divoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Vietnam', 'VN'],
    ['Viet Nam', 'VN'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['us', 'US'],
    ['CIV', 'CI'],
    ['vnm', 'VN'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['South Korea', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['The Netherlands', 'NL'],
    ['Türkiye', 'TR'],
    ['St. Lucia', 'LC'],
    ['Bosnia & Herzegovina', 'BA'],
  ])('%s is %s', (text, code) => {
    expect(countryCodeOf(text)).toBe(code);
  });

  it('unknown names and codes are null', () => {
    expect(countryCodeOf('Atlantis')).toBeNull();
    expect(countryCodeOf('ZZ')).toBeNull();
  });

  it('has an alpha-3 code for every country code, and no other', () => {
    const alpha3 = alpha3Codes();
    expect([...alpha3.keys()].sort()).toEqual([...COUNTRY_CODES].sort());
    expect(new Set(alpha3.values()).size).toBe(alpha3.size);
  });
});

describe('placeholder cells', () => {
  const column = (type: ColumnSpec['type'], required: boolean): ColumnSpec => ({ name: 'c', field: 'c', type, required, examples: ['', ''], description: '' });

  it('are blank, and counted, in optional date and money columns only', () => {
    const tally = { count: 0, texts: [] as string[] };
    const date = cellReaderFor(column('timestamp', false), 'iso');
    const money = cellReaderFor(column('money', false), 'iso');
    expect(date?.('N/A', tally)).toBe('');
    expect(date?.('not captured', tally)).toBe('');
    expect(money?.('-', tally)).toBe('');
    expect(money?.('none', tally)).toBe('');
    expect(money?.('-5', tally)).toBe('-5');
    expect(money?.('12.50', tally)).toBe('12.50');
    expect(tally).toEqual({ count: 4, texts: ['N/A', 'not captured', '-', 'none'] });
    const required = cellReaderFor(column('timestamp', true), 'iso');
    expect(required?.('N/A', tally)).toBe('N/A');
    expect(cellReaderFor(column('money', true), 'iso')).toBeNull();
    expect(tally.count).toBe(4);
  });

  it('a date in the file’s format is rewritten as ISO; one that is not is a problem naming the format', () => {
    const tally = { count: 0, texts: [] as string[] };
    const read = cellReaderFor(column('date', false), 'd-mon-y');
    expect(read?.('2-Jun-06', tally)).toBe('2006-06-02');
    expect(read?.('2-Jun-06 10:00', tally)).toBe('2006-06-02');
    expect(read?.('06/02/06', tally)).toEqual({ message: expect.stringMatching(/not a date in the file's date format \(Day, month name, year: 2-Jun-06\)/) });
  });
});

describe('COPY text of staged rows', () => {
  it('escapes backslash, tab and line ends; null is \\N; dates are ISO', () => {
    expect(copyTextOf([['a\tb', 'c\\d', 'e\nf\rg', null, 3.5, true, new Date('2025-01-02T03:04:05.006Z')]])).toBe('a\\tb\tc\\\\d\te\\nf\\rg\t\\N\t3.5\tt\t2025-01-02T03:04:05.006Z\n');
  });
});

describe('literals of a streamed export', () => {
  it('quotes text (a quote doubled), writes numbers and dates, refuses what it cannot write', () => {
    expect(inlineParameters({ sql: 'select $1, $2, $10, $3', params: ["O'Brien; drop table x", 5, null, 4, 5, 6, 7, 8, 9, new Date('2025-01-01T00:00:00Z')] })).toBe(
      "select 'O''Brien; drop table x', 5, '2025-01-01T00:00:00.000Z', null",
    );
    expect(() => inlineParameters({ sql: 'select $1', params: [{}] })).toThrow(/unsupported/);
    expect(() => inlineParameters({ sql: 'select $2', params: ['a'] })).toThrow(/no parameter/);
    expect(() => inlineParameters({ sql: 'select $1', params: ['a\u0000'] })).toThrow(/NUL/);
  });
});

describe('rows per second and time left', () => {
  it('measures over the last seconds and counts down the rows still to go', () => {
    let samples = addSample([], { at: 0, rows: 0, bytes: 0 });
    expect(progressFigures(samples, 100_000, null)).toEqual({ rowsPerSecond: null, secondsLeft: null });
    samples = addSample(samples, { at: 1000, rows: 10_000, bytes: 1_000_000 });
    samples = addSample(samples, { at: 2000, rows: 20_000, bytes: 2_000_000 });
    expect(progressFigures(samples, 100_000, null)).toEqual({ rowsPerSecond: 10_000, secondsLeft: 8 });
    // Without a row total (a file being checked), the bytes tell the time left.
    expect(progressFigures(samples, null, 10_000_000)).toEqual({ rowsPerSecond: 10_000, secondsLeft: 8 });
    for (let t = 3000; t <= 12_000; t += 1000) samples = addSample(samples, { at: t, rows: 20_000 + (t - 2000) * 2, bytes: 0 });
    expect(progressFigures(samples, null, null).rowsPerSecond).toBeCloseTo(2000, 0);
    expect(samples.length).toBeLessThanOrEqual(8);
  });

  it('says the time left in words', () => {
    expect(formatTimeLeft(3)).toBe('a few seconds left');
    expect(formatTimeLeft(42)).toBe('about 42 s left');
    expect(formatTimeLeft(130)).toBe('about 2 min 10 s left');
    expect(formatTimeLeft(3720)).toBe('about 1 h 02 min left');
    expect(formatTimeLeft(null)).toBeNull();
  });
});
