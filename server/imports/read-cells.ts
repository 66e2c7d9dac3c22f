/**
 * What is done to a cell before the entity's row schema reads it, by the type of its column, so files
 * exported by other systems import as they are:
 * - a country written as a name, an alias or an alpha-3 code becomes its alpha-2 code;
 * - a date in the file's date format (found or chosen) becomes ISO text;
 * - placeholder text ("N/A", "not captured", "-", "none"…) in a date or money cell of a column that may
 *   be blank becomes blank, and is counted (the preview says how many).
 * Everything else is passed through unchanged: the row schema's own messages stay the ones users see.
 */
import { countryCodeOf } from './cells/country-names';
import { DATE_FORMAT_LABELS, isIsoDateText, toIsoDateText, type DateFormat } from './cells/date-formats';
import type { ColumnSpec } from './columns';

export const PLACEHOLDER_TEXTS = ['n/a', 'na', 'n.a.', 'not captured', 'not available', 'not applicable', 'none', 'null', 'nil', '-', '--', '—', 'unknown', 'tbd', '?'] as const;
const PLACEHOLDERS = new Set<string>(PLACEHOLDER_TEXTS);

export interface CellProblem {
  message: string;
}

export interface PlaceholderTally {
  count: number;
  /** The texts met, as written (the first few). */
  texts: string[];
}

export type CellReader = (text: string, tally: PlaceholderTally) => string | CellProblem;

const MAX_TEXTS = 6;

function placeholderOf(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 16) return false;
  const c = t.charCodeAt(0);
  // Digits never start a placeholder: the common case (a real value) costs one comparison.
  if (c >= 48 && c <= 57) return false;
  return PLACEHOLDERS.has(t.toLowerCase());
}

function countPlaceholder(tally: PlaceholderTally, text: string): void {
  tally.count++;
  const t = text.trim();
  if (tally.texts.length < MAX_TEXTS && !tally.texts.includes(t)) tally.texts.push(t);
}

/** The reader of a column's cells, or null when its cells are passed through as they are. */
export function cellReaderFor(column: ColumnSpec, dateFormat: DateFormat): CellReader | null {
  const blankable = !column.required;
  switch (column.type) {
    case 'country':
      return (text) => {
        const t = text.trim();
        if (t === '') return text;
        return countryCodeOf(t) ?? text;
      };
    case 'date':
    case 'timestamp':
      return (text, tally) => {
        const t = text.trim();
        if (t === '' || isIsoDateText(t)) return text;
        if (blankable && placeholderOf(t)) {
          countPlaceholder(tally, t);
          return '';
        }
        if (dateFormat === 'iso') return text;
        const iso = toIsoDateText(t, dateFormat);
        if (iso !== null) return column.type === 'date' ? iso.slice(0, 10) : iso;
        return { message: `${column.name} "${t.slice(0, 40)}" is not a date in the file's date format (${DATE_FORMAT_LABELS[dateFormat]}). Correct it, or choose another date format.` };
      };
    case 'money':
      if (!blankable) return null;
      return (text, tally) => {
        if (!placeholderOf(text)) return text;
        countPlaceholder(tally, text);
        return '';
      };
    default:
      return null;
  }
}
