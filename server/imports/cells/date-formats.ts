/**
 * Dates as other systems export them. ISO dates (2006-06-02, 2006-06-02 14:05, …T14:05:00Z) are always
 * read; a file's other dates are in ONE format, found from its first rows or chosen by the user:
 * `2-Jun-06`, `Jun 2, 2006`, `11/13/06` (month first), `13/11/2006` (day first), `2006/06/02`, each
 * with an optional time (`14:05`, `2:05 PM`). A cell in such a format is rewritten to ISO text, which
 * the columns' own cells then read (a time without a zone is the organization's local time).
 *
 * Two-digit years: 00-68 are 2000-2068, 69-99 are 1969-1999 (the POSIX rule): no "today" involved.
 */
export const DATE_FORMATS = ['iso', 'd-mon-y', 'mon-d-y', 'm/d/y', 'd/m/y', 'y/m/d'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  iso: 'ISO: 2006-06-02',
  'd-mon-y': 'Day, month name, year: 2-Jun-06',
  'mon-d-y': 'Month name, day, year: Jun 2, 2006',
  'm/d/y': 'Month first: 11/13/06 or 6/2/2006',
  'd/m/y': 'Day first: 13/11/2006 or 2/6/06',
  'y/m/d': 'Year first: 2006/06/02',
};

export function isDateFormat(value: unknown): value is DateFormat {
  return typeof value === 'string' && (DATE_FORMATS as readonly string[]).includes(value);
}

const ISO_START = /^\d{4}-\d{2}-\d{2}/;
const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?`;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})${TIME}$`);
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[\- ]([A-Za-z]{3,9})\.?[\- ,]+(\d{4}|\d{2})${TIME}$`);
const MONTH_NAME_DAY = new RegExp(String.raw`^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${TIME}$`);

const MONTHS = new Map<string, number>();
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach((name, i) => {
  MONTHS.set(name, i + 1);
  MONTHS.set(name.slice(0, 3), i + 1);
});
MONTHS.set('sept', 9);

export function isIsoDateText(text: string): boolean {
  return ISO_START.test(text);
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 69 ? 2000 + n : 1900 + n;
}

const two = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number, time: (string | undefined)[]): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  const date = `${year}-${two(month)}-${two(day)}`;
  const [h, mi, s, meridiem] = time;
  if (h === undefined) return date;
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem[0]?.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
  return `${date} ${two(hour)}:${mi}${s === undefined ? '' : `:${s}`}`;
}

/** The ISO text of a date written in `format`, or null when it is not such a date. ISO text is returned as it is. */
export function toIsoDateText(text: string, format: DateFormat): string | null {
  if (ISO_START.test(text)) return text;
  let m: RegExpExecArray | null;
  switch (format) {
    case 'iso':
      return null;
    case 'm/d/y':
    case 'd/m/y':
      m = NUMERIC.exec(text);
      if (!m) return null;
      return format === 'm/d/y'
        ? isoOf(fullYear(m[3] ?? ''), Number(m[1]), Number(m[2]), m.slice(4))
        : isoOf(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]), m.slice(4));
    case 'd-mon-y': {
      m = DAY_MONTH_NAME.exec(text);
      const month = m ? MONTHS.get((m[2] ?? '').toLowerCase()) : undefined;
      return m && month ? isoOf(fullYear(m[3] ?? ''), month, Number(m[1]), m.slice(4)) : null;
    }
    case 'mon-d-y': {
      m = MONTH_NAME_DAY.exec(text);
      const month = m ? MONTHS.get((m[1] ?? '').toLowerCase()) : undefined;
      return m && month ? isoOf(Number(m[3]), month, Number(m[2]), m.slice(4)) : null;
    }
    case 'y/m/d':
      m = YEAR_FIRST.exec(text);
      return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3]), m.slice(4)) : null;
  }
}

export interface DateDetection {
  /** The format of the file's non-ISO dates; null when none fits or two do (ambiguous). */
  found: DateFormat | null;
  /** The formats that read the most of the dates looked at (all of them, in a good file). */
  candidates: DateFormat[];
  /** Month first and day first both read every date: the user must choose. */
  ambiguous: boolean;
  /** A few of the dates looked at, as written. */
  examples: string[];
}

/** Which format the (non-blank) date cells of a file's first rows are in. */
export function detectDateFormat(values: readonly string[]): DateDetection {
  const others = values.filter((v) => !ISO_START.test(v));
  if (others.length === 0) return { found: 'iso', candidates: ['iso'], ambiguous: false, examples: values.slice(0, 3) };
  // The formats that read the most of the dates (every one, in a good file; a mistyped date is then a row error).
  const scores = DATE_FORMATS.filter((f) => f !== 'iso').map((f) => ({ f, n: others.filter((v) => toIsoDateText(v, f) !== null).length }));
  const best = Math.max(...scores.map((s) => s.n));
  const candidates = best === 0 ? [] : scores.filter((s) => s.n === best).map((s) => s.f);
  const ambiguous = candidates.includes('m/d/y') && candidates.includes('d/m/y');
  const found = candidates.length === 1 ? (candidates[0] ?? null) : null;
  const examples = [...new Set(others)].slice(0, 3);
  return { found, candidates, ambiguous, examples };
}
