/**
 * What Sheets does with a value written by a script, and how it shows one. `setValue("123")`
 * stores the number 123, `"TRUE"` a boolean, `"2024-01-31"` a date, `"'=x"` the text `=x`, and a
 * string starting with `=` a formula — the same as typing into the cell.
 *
 * Decisions:
 * - A cell whose number format is plain text (`@`) keeps a written string exactly as it is, as
 *   typing into such a cell does in Sheets: `"0012"`, `"1,000"`, `"TRUE"`, `"2025-01-31"`,
 *   `"=1+1"` (text, not a formula) and `"'x"` (the apostrophe included) all stay text. Numbers,
 *   booleans and dates written as such keep their type; the format only changes how they show.
 */
import { formatDatePattern, zonedParts, zonedTimeToDate } from './date-format';
import { formatGeneralNumber, formatNumber, formatText, isNumberPattern } from './number-format';
import { appsScriptError } from './messages';

export type CellValue = string | number | boolean | Date;

/** A value as stored: either a plain value or a formula. */
export type StoredInput =
  { kind: 'value'; value: CellValue } | { kind: 'formula'; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s?%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Interprets typed text the way Sheets (en_US locale) does. */
export function parseTypedText(text: string, timeZone: string): StoredInput {
  const first = text.charCodeAt(0);
  // Fast path: most text starts with a letter other than t/f (TRUE/FALSE).
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (isLetter && first !== 84 && first !== 116 && first !== 70 && first !== 102)
    return { kind: 'value', value: text };
  if (text === '') return { kind: 'value', value: '' };
  if (first === 39) return { kind: 'value', value: text.slice(1) }; // leading apostrophe = text
  if (first === 61 && text.length > 1) return { kind: 'formula', formula: text };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === 'FALSE') return { kind: 'value', value: false };
  if (NUMBER.test(trimmed)) return { kind: 'value', value: Number(trimmed) };
  if (GROUPED_NUMBER.test(trimmed))
    return { kind: 'value', value: Number(trimmed.replace(/,/g, '')) };
  const percent = PERCENT.exec(trimmed);
  if (percent) return { kind: 'value', value: Number(percent[1]) / 100 };
  const iso = ISO_DATE.exec(trimmed);
  const us = iso ? null : US_DATE.exec(trimmed);
  const match = iso ?? us;
  if (match) {
    const [year, month, day] = iso
      ? [Number(match[1]), Number(match[2]), Number(match[3])]
      : [Number(match[3]), Number(match[1]), Number(match[2])];
    if (validDate(year, month, day)) {
      const date = zonedTimeToDate(
        year,
        month,
        day,
        Number(match[4] ?? 0),
        Number(match[5] ?? 0),
        Number(match[6] ?? 0),
        timeZone,
      );
      return { kind: 'value', value: date };
    }
  }
  return { kind: 'value', value: text };
}

/**
 * The stored value for inputs that need no parsing (finite numbers, booleans, text starting with a
 * letter other than t/f); undefined when toStoredInput must decide. Keeps bulk writes allocation-free.
 */
export function plainStoredValue(value: unknown): CellValue | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return value;
    case 'string': {
      const first = value.charCodeAt(0);
      const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
      return isLetter && first !== 84 && first !== 116 && first !== 70 && first !== 102
        ? value
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The number format that makes a cell plain text. */
export const PLAIN_TEXT_FORMAT = '@';

/**
 * Converts any value a script passes to setValue(s) into what the cell stores; `plainText` is true
 * when the cell's number format is plain text, which stops the parsing of strings.
 * @example toStoredInput('0012', 'Etc/UTC', true) // { kind: 'value', value: '0012' }
 */
export function toStoredInput(value: unknown, timeZone: string, plainText = false): StoredInput {
  if (value === null || value === undefined) return { kind: 'value', value: '' };
  switch (typeof value) {
    case 'string':
      return plainText ? { kind: 'value', value } : parseTypedText(value, timeZone);
    case 'number':
      if (!Number.isFinite(value)) return { kind: 'value', value: '#NUM!' };
      return { kind: 'value', value };
    case 'boolean':
      return { kind: 'value', value };
    default:
      if (isDate(value)) return { kind: 'value', value: new Date((value as Date).getTime()) };
      if (Array.isArray(value)) throw appsScriptError('arrayAsCellValue');
      return plainText
        ? { kind: 'value', value: String(value) }
        : parseTypedText(String(value), timeZone);
  }
}

/** A fresh copy of a stored value, as getValues() hands it out. */
export function readValue(value: unknown): CellValue {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && isDate(value)) return new Date((value as Date).getTime());
  return value as CellValue;
}

/** Sheets date patterns use m for both month and minute; convert one to SimpleDateFormat. */
function sheetsDatePatternToJava(pattern: string): string {
  const tokens = pattern.match(/(y+|m+|d+|h+|s+|am\/pm|a\/p|[^ymdhs]+)/gi) ?? [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const lower = token.toLowerCase();
    if (lower.startsWith('m') && /^m+$/.test(lower)) {
      const previous =
        tokens
          .slice(0, i)
          .reverse()
          .find((t) => /^[ymdhs]+$/i.test(t)) ?? '';
      const next = tokens.slice(i + 1).find((t) => /^[ymdhs]+$/i.test(t)) ?? '';
      const isMinute = /^h/i.test(previous) || /^s/i.test(next);
      out += isMinute ? 'm'.repeat(token.length) : 'M'.repeat(token.length);
    } else if (/^y+$/i.test(token)) out += 'y'.repeat(token.length);
    else if (/^d+$/i.test(token))
      out += token.length >= 3 ? 'E'.repeat(token.length) : 'd'.repeat(token.length);
    else if (/^h+$/i.test(token))
      out += pattern.toLowerCase().includes('am/pm')
        ? 'h'.repeat(token.length)
        : 'H'.repeat(token.length);
    else if (/^s+$/i.test(token)) out += 's'.repeat(token.length);
    else if (lower === 'am/pm' || lower === 'a/p') out += 'a';
    else out += token.replace(/[A-Za-z]+/g, (letters) => `'${letters}'`);
  }
  return out;
}

/**
 * The text Sheets shows for a value under a number format (a useful subset of Sheets' formats).
 * @example displayText(0.256, '0.0%', 'Etc/UTC') // '25.6%'
 */
export function displayText(
  value: unknown,
  numberFormat: string | undefined,
  timeZone: string,
): string {
  if (value === '' || value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const format = numberFormat && numberFormat !== 'General' ? numberFormat : undefined;
  if (typeof value === 'string') return format ? formatText(value, format) : value;
  if (typeof value === 'number') {
    if (format && isNumberPattern(format)) return formatNumber(value, format);
    return formatGeneralNumber(value);
  }
  if (isDate(value)) {
    const date = value as Date;
    if (format && /[ymdhs]/i.test(format))
      return formatDatePattern(date, timeZone, sheetsDatePatternToJava(format));
    const parts = zonedParts(date, timeZone);
    const hasTime = parts.hour !== 0 || parts.minute !== 0 || parts.second !== 0;
    return formatDatePattern(date, timeZone, hasTime ? 'M/d/yyyy H:mm:ss' : 'M/d/yyyy');
  }
  return String(value);
}
