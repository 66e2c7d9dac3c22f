/**
 * Field schemas shared by every master-data entity (locations, regions, lanes, transfer lanes, suppliers,
 * SKUs). They accept what a form or a CSV cell gives (strings, blanks) as well as typed values, and
 * parsing their own output gives the same output, so one schema serves the form, the router and the
 * CSV importer. Messages name the field and say what to do.
 */
import { z } from 'zod';
import { COUNTRY_CODES } from './countries';

/** Codes: upper case, letters, digits and . _ - / (e.g. MEM-CDC, US-W, SKU-1001). */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9._\-/]*$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** A numeric text becomes a number; a blank becomes `blank`; anything else is left for the schema to refuse. */
function toNumber(blank: null | undefined) {
  return (value: unknown) => {
    const v = trimmed(value);
    if (v === '') return blank;
    if (typeof v === 'string' && NUMBER_TEXT.test(v)) return Number(v);
    return v;
  };
}

export interface NumberBounds {
  /** Inclusive lower bound. */
  min?: number;
  /** Inclusive upper bound. */
  max?: number;
  /** Exclusive lower bound. */
  gt?: number;
  /** Exclusive upper bound. */
  lt?: number;
  int?: boolean;
}

function boundedNumber(label: string, b: NumberBounds) {
  let s = z.number({ error: (issue) => (issue.input === undefined || issue.input === null ? `${label} is required.` : `${label} must be a number.`) });
  if (b.int) s = s.int(`${label} must be a whole number.`);
  if (b.min !== undefined) s = s.min(b.min, b.min === 0 ? `${label} cannot be negative.` : `${label} must be at least ${b.min}.`);
  if (b.gt !== undefined) s = s.gt(b.gt, `${label} must be greater than ${b.gt}.`);
  if (b.lt !== undefined) s = s.lt(b.lt, `${label} must be less than ${b.lt}.`);
  if (b.max !== undefined) s = s.max(b.max, `${label} must be at most ${b.max}.`);
  return s;
}

/** A number that must be given. */
export function requiredNumber(label: string, bounds: NumberBounds = {}) {
  return z.preprocess(toNumber(undefined), boundedNumber(label, bounds));
}

/** A number that may be left out (blank or absent): the column's default applies. */
export function optionalNumber(label: string, bounds: NumberBounds = {}) {
  return z.preprocess(toNumber(undefined), boundedNumber(label, bounds).optional());
}

/** A number that may be cleared: a blank is null. */
export function nullableNumber(label: string, bounds: NumberBounds = {}) {
  return z.preprocess(toNumber(null), boundedNumber(label, bounds).nullable().optional());
}

/** Limits of the database columns, so a value too large is a field message, not a failed insert. */
export const LIMITS = {
  /** numeric(14,4) */
  money: 9_999_999_999,
  /** numeric(6,2) */
  days: 9_999,
  /** int4 */
  integer: 2_147_483_647,
  /** numeric(12,4) */
  weightKg: 99_999_999,
  /** numeric(12,6) */
  volumeM3: 999_999,
} as const;

export const moneyField = (label: string) => optionalNumber(label, { min: 0, max: LIMITS.money });
/**
 * Lead and transit times: the column holds up to 9,999 days, but anything past two years is a typo
 * (days entered as hours, an extra zero), and would wreck every reorder point computed from it.
 */
export const MAX_PLANNING_DAYS = 730;
export const daysField = (label: string) => requiredNumber(label, { min: 0, max: MAX_PLANNING_DAYS });
export const optionalDaysField = (label: string) => optionalNumber(label, { min: 0, max: MAX_PLANNING_DAYS });

export function codeField(label = 'Code') {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .toUpperCase()
    .min(1, `${label} is required.`)
    .max(40, `${label} must be at most 40 characters.`)
    .regex(CODE_PATTERN, `${label} may use letters, digits and . _ - / only, and must start with a letter or digit.`);
}

export function nameField(label = 'Name') {
  return z.string({ error: `${label} is required.` }).trim().min(1, `${label} is required.`).max(200, `${label} must be at most 200 characters.`);
}

/** Free text that may be cleared: blank is null. */
export function optionalText(label: string, max = 2000) {
  return z.preprocess((v) => (trimmed(v) === '' ? null : trimmed(v)), z.string().max(max, `${label} must be at most ${max} characters.`).nullable().optional());
}

export function countryField(label = 'Country') {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .toUpperCase()
    .refine((c) => COUNTRY_CODES.has(c), `${label} must be a two-letter ISO 3166 code, such as US, DE or CN.`);
}

export const latitudeField = (label = 'Latitude') => nullableNumber(label, { min: -90, max: 90 });
export const longitudeField = (label = 'Longitude') => nullableNumber(label, { min: -180, max: 180 });

const TRUE_TEXT = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE_TEXT = new Set(['false', 'no', 'n', '0']);

/** true/false, also from CSV text (true, yes, 1 / false, no, 0); blank = not given. */
export function booleanField(label: string) {
  return z.preprocess(
    (value) => {
      const v = trimmed(value);
      if (v === '') return undefined;
      if (typeof v !== 'string') return v;
      const lower = v.toLowerCase();
      return TRUE_TEXT.has(lower) ? true : FALSE_TEXT.has(lower) ? false : v;
    },
    z.boolean({ error: `${label} must be true or false.` }).optional(),
  );
}

/** A reference chosen in a form (another row's id). */
export function idField(what: string) {
  return z.uuid({ error: `Choose a ${what}.` });
}

/** An optional reference: blank or null is none. */
export function optionalIdField(what: string) {
  return z.preprocess((v) => (trimmed(v) === '' ? null : v), z.uuid({ error: `Choose a valid ${what}.` }).nullable().optional());
}

/** A code that references another row (CSV files name rows by code). */
export const referenceCodeField = (label: string) => codeField(label);

/** An optional code reference in a CSV file: blank is none. */
export function optionalReferenceCodeField(label: string) {
  return z.preprocess((v) => (trimmed(v) === '' ? null : v), codeField(label).nullable().optional());
}

/** A calendar date, YYYY-MM-DD. */
export function dateField(label: string) {
  return z.iso.date({ error: `${label} must be a date like 2025-01-31.` });
}

/** A single-choice field over fixed values, with the values in the message. */
export function choiceField<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(values, { error: `${label} must be one of: ${values.join(', ')}.` }));
}

/** The same choice, optional: blank = the column's default. */
export function optionalChoiceField<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v), z.enum(values, { error: `${label} must be one of: ${values.join(', ')}.` }).optional());
}
