/**
 * Reading cell values the way Google Sheets hands them to a custom function.
 *
 * Sheets sends numbers, text, booleans, `Date` objects and `""` for a blank cell; percent cells
 * arrive as fractions (30% = 0.3) but text cells may still hold `"85%"` or `"1,200"`. Everything
 * here turns one such value into the number or text a KPI function needs, or throws a
 * {@link KpiInputError} that says what is wrong and how to fix it.
 *
 * Values may come from another JavaScript realm (the spreadsheet runtime), so nothing here uses
 * `instanceof` on them.
 */

/**
 * A problem with what the person typed into a formula or a cell: the message says what is
 * wrong and how to fix it. Array formulas show it in the cell as `#KPI! <message>`; anything
 * else thrown is a defect and is never turned into cell text.
 *
 * @example
 * throw new KpiInputError('Target is blank — enter the value that scores 100%.');
 */
export class KpiInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KpiInputError';
  }
}

/**
 * Whether a cell is blank: Sheets sends `""`; `null` and `undefined` (an omitted optional
 * argument) mean the same.
 *
 * @example
 * isBlankCell('') // true
 */
export function isBlankCell(value: unknown): value is '' | null | undefined {
  return value === '' || value === null || value === undefined;
}

/** What a cell shows for a KPI that does not apply this period. */
export const NOT_APPLICABLE = 'N/A';

/**
 * Whether a cell says the KPI does not apply this period: `N/A`, `NA` or `n/a`, in any case,
 * surrounding spaces ignored. Such a cell is never an error and never 0: it is left out of
 * weighted sums and of the count of KPIs expected.
 *
 * @example
 * isNotApplicable(' n/a ') // true
 */
export function isNotApplicable(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 2 || value.length > 12) return false;
  const word = value.trim().toLowerCase();
  return word === 'n/a' || word === 'na';
}

/** Looked up once: global lookups are slow per cell in sandboxed contexts (see array-formula.ts). */
const objectToString = Object.prototype.toString;

/**
 * Whether a value is a `Date`, from this realm or the spreadsheet's.
 *
 * @example
 * isDateValue(new Date(2026, 0, 31)) // true
 */
export function isDateValue(value: unknown): value is Date {
  return objectToString.call(value) === '[object Date]';
}

/**
 * How a value appears in an error message: text in quotes, dates as ISO, the rest as typed.
 *
 * @example
 * describeCell('abc') // '"abc"'
 */
export function describeCell(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (isDateValue(value)) {
    return Number.isNaN(value.getTime())
      ? 'an invalid date'
      : `the date ${value.toISOString().slice(0, 10)}`;
  }
  if (Array.isArray(value)) return 'a range';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * Whether a number is finite (not NaN or ±Infinity). Same as `Number.isFinite` for numbers, but
 * free of a global lookup, which is slow per cell in sandboxed contexts (see array-formula.ts).
 *
 * @example
 * isFiniteNumber(1 / 0) // false
 */
export function isFiniteNumber(value: number): boolean {
  return value - value === 0;
}

/** Thousands separated by commas ("1,200,000.5") or plain digits, with an optional exponent. */
const NUMERIC_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * Reads numeric text as Sheets users type it: `"1,200"` → 1200, `"85%"` → 0.85, `" -3.5 "` →
 * -3.5. Returns `null` when the text is not a number.
 *
 * @example
 * parseNumericText('1,200') // 1200
 */
export function parseNumericText(text: string): number | null {
  let body = text.trim();
  let scale = 1;
  if (body.endsWith('%')) {
    body = body.slice(0, -1).trimEnd();
    scale = 100;
  }
  if (body === '' || !NUMERIC_TEXT.test(body) || !/\d/.test(body)) return null;
  const parsed = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(parsed)) return null;
  return scale === 1 ? parsed : parsed / scale;
}

/**
 * Reads a non-blank cell as a number: numbers as they are, booleans as 1/0, numeric text as in
 * {@link parseNumericText}. Callers check for blanks first, because what a blank means
 * depends on the argument. `label` names the argument in the error, e.g. `"Target"`.
 *
 * @example
 * readNumber('85%', 'Actual') // 0.85
 */
export function readNumber(value: unknown, label: string): number {
  if (typeof value === 'number') {
    if (isFiniteNumber(value)) return value;
    throw new KpiInputError(`${label} is ${String(value)} — enter a finite number.`);
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const parsed = parseNumericText(value);
    if (parsed !== null) return parsed;
    if (isKpiErrorText(value)) {
      throw new KpiInputError(`${label} is an error (${value}) — fix that cell first.`);
    }
    throw new KpiInputError(
      `${label} ${describeCell(value)} is not a number — enter a number such as 120, 1,200 or 85%.`,
    );
  }
  if (isDateValue(value)) {
    throw new KpiInputError(
      `${label} is ${describeCell(value)}, not a number — format the cell as a number (for a ` +
        'deadline KPI, score the days late, e.g. =actual_date - due_date).',
    );
  }
  throw new KpiInputError(`${label} is ${describeCell(value)}, not a number — enter a number.`);
}

/**
 * Reads an optional numeric argument: blank gives `null` (use the default), anything else as
 * {@link readNumber}.
 *
 * @example
 * readOptionalNumber('', 'Cap') // null
 */
export function readOptionalNumber(value: unknown, label: string): number | null {
  return isBlankCell(value) ? null : readNumber(value, label);
}

/**
 * Reads a non-blank cell as text for a keyword argument (direction, cadence), trimmed,
 * lower-cased and with runs of spaces collapsed, so `" Higher  is better"` matches.
 *
 * @example
 * readKeyword(' Higher  is Better', 'Direction') // 'higher is better'
 */
export function readKeyword(value: unknown, label: string): string {
  if (typeof value !== 'string') {
    throw new KpiInputError(`${label} is ${describeCell(value)} — enter it as text.`);
  }
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Prefix of the text an array formula puts in a cell whose inputs are wrong. */
export const KPI_ERROR_PREFIX = '#KPI!';

/**
 * Whether a value is the `#KPI! <reason>` text of a bad cell, e.g. from a KPISCORE column.
 *
 * @example
 * isKpiErrorText('#KPI! Target is blank — enter the value that scores 100%.') // true
 */
export function isKpiErrorText(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(KPI_ERROR_PREFIX);
}
