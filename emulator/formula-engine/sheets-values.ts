/**
 * Values crossing between the emulator (Sheets' values: numbers, text, booleans, `Date`s, "" for
 * blank) and HyperFormula (serial day numbers with a date subtype, `CellError`s, empty values).
 *
 * Decisions:
 * - Dates are serial day numbers counted from 1899-12-30, read on the spreadsheet's wall clock, as
 *   Sheets counts them; a date typed into a cell reaches the engine as date text it parses back
 *   into a date-typed number, so custom functions receive it as a `Date` again.
 * - Text gets a leading apostrophe so "2024-01-31" or "=x" stored as text stays text.
 */
import { CellError, DetailedCellError, type RawCellContent } from 'hyperformula';
import { zonedParts, zonedTimeToDate } from '../date-format';
import { errorText } from './error-messages';

/** The serial number of 1899-12-30, day 0 of Sheets' date system, in days since 1970-01-01. */
const SERIAL_EPOCH_DAYS = -25569;
const DAY_MS = 86_400_000;

/** The engine's number subtypes that stand for dates and times. */
const DATE_TYPES: ReadonlySet<string> = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Serial day number (with time as a fraction) of an instant, read in a time zone.
 * @example dateToSerial(new Date('2025-01-01T00:00:00Z'), 'Etc/UTC') // 45658
 */
export function dateToSerial(date: Date, timeZone: string): number {
  const parts = zonedParts(date, timeZone);
  const days = Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS - SERIAL_EPOCH_DAYS;
  const seconds = parts.hour * 3600 + parts.minute * 60 + parts.second;
  return days + seconds / 86_400;
}

/**
 * The instant a serial day number stands for, on the wall clock of a time zone.
 * @example serialToDate(45658, 'Etc/UTC').toISOString() // '2025-01-01T00:00:00.000Z'
 */
export function serialToDate(serial: number, timeZone: string): Date {
  const wholeDays = Math.floor(serial);
  const civil = new Date((wholeDays + SERIAL_EPOCH_DAYS) * DAY_MS);
  const seconds = Math.round((serial - wholeDays) * 86_400);
  return zonedTimeToDate(
    civil.getUTCFullYear(),
    civil.getUTCMonth() + 1,
    civil.getUTCDate(),
    Math.floor(seconds / 3600),
    Math.floor(seconds / 60) % 60,
    seconds % 60,
    timeZone,
  );
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * A stored (non-formula) value as typed engine input.
 * @example toEngineInput('007', 'Etc/UTC') // "'007": text stays text
 */
export function toEngineInput(content: unknown, timeZone: string): RawCellContent {
  if (content === '' || content === null || content === undefined) return null;
  if (typeof content === 'number' || typeof content === 'boolean') return content;
  if (typeof content === 'string') return `'${content}`;
  if (isDate(content)) {
    const parts = zonedParts(content, timeZone);
    const day = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
    if (parts.hour === 0 && parts.minute === 0 && parts.second === 0) return day;
    return `${day} ${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
  }
  return `'${String(content)}`;
}

/** Whether a formula string (a data-validation rule's custom formula) is written as a formula. */
export function isFormulaText(content: unknown): content is string {
  return typeof content === 'string' && content.length > 1 && content.startsWith('=');
}

/** The engine's rich number types carry a detailed type; plain numbers do not. */
interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}

export function isRichNumber(value: unknown): value is RichNumberLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<RichNumberLike>).val === 'number' &&
    typeof (value as Partial<RichNumberLike>).getDetailedType === 'function'
  );
}

/**
 * One engine value inside a formula as Sheets hands it to a custom function: blanks as "",
 * dates as `Date`s, errors as their text.
 * @example toSheetsArgument(EmptyValue, 'Etc/UTC') // ''
 */
export function toSheetsArgument(value: unknown, timeZone: string): unknown {
  if (typeof value === 'symbol' || value === null || value === undefined) return '';
  if (value instanceof CellError) return errorText(value.type);
  if (isRichNumber(value)) {
    if (DATE_TYPES.has(value.getDetailedType())) return serialToDate(value.val, timeZone);
    return value.val;
  }
  return value;
}

/**
 * How a computed cell value reads through getValue(), as in Sheets.
 * @example toSheetsValue(45658, 'NUMBER_DATE', 'Etc/UTC') // Date 2025-01-01
 */
export function toSheetsValue(value: unknown, detailedType: string, timeZone: string): unknown {
  if (value === null || value === undefined) return '';
  // Sheets' error text, not the engine's: a circular reference reads #REF!, not #CYCLE!.
  if (value instanceof DetailedCellError) return errorText(value.type);
  if (typeof value === 'number') {
    if (detailedType === 'NUMBER_DATE' || detailedType === 'NUMBER_DATETIME')
      return serialToDate(value, timeZone);
    return value;
  }
  return value;
}
