/**
 * Keeping user text as text. Writing a string to a cell behaves like typing it: Sheets turns
 * `=…` into a formula (and may turn `+`, `-` or `@` starts into one), and reads `1,000`, `0012`,
 * `1e5`, `50%`, `TRUE` or `2025-01-31` as a number, percent, boolean or date. A leading apostrophe
 * tells Sheets to store the rest as literal text; it shows no apostrophe and `getValues` returns
 * the text without it.
 *
 * Decisions:
 * - Which strings Sheets parses depends on the spreadsheet's locale (dates above all), so rather
 *   than guess its parser the add-on quotes every text that could be anything but text: text with
 *   a digit, a boolean word, or a formula-like start. Text with no digit (`Account Executive`) is
 *   written as is, so registers stay easy to edit by hand.
 * - Text that itself starts with an apostrophe gets one more, or Sheets would eat it.
 * - Only the add-on writes formulas, and only with setFormula(s).
 */

/**
 * Sheets' plain-text number format: what is typed or pasted into such a cell stays as typed (an
 * Employee ID `0012` keeps its zeros), the way the add-on keeps its own text columns.
 */
export const TEXT_FORMAT = '@';

const FORMULA_START = /^\s*[=+\-@]/;
const BOOLEAN_WORD = /^\s*(true|false)\s*$/i;
const DIGIT = /[0-9]/;

/**
 * Whether Sheets could store this string as something other than the same text.
 *
 * @example mayNotStayText('1,000') // → true
 */
export function mayNotStayText(text: string): boolean {
  return (
    text.startsWith("'") || FORMULA_START.test(text) || BOOLEAN_WORD.test(text) || DIGIT.test(text)
  );
}

/**
 * Makes user text safe to write to a cell: it reads back exactly as given.
 *
 * @example toCellText('=IMPORTXML("http://x", "//a")') // → `'=IMPORTXML("http://x", "//a")`
 * @example toCellText('0012') // → "'0012"
 */
export function toCellText(text: string): string {
  return mayNotStayText(text) ? `'${text}` : text;
}

/**
 * A value for a cell: numbers, booleans and Dates pass through; text is neutralised.
 *
 * @example toCellValue('+1') // → "'+1"
 */
export function toCellValue(
  value: string | number | boolean | Date | null | undefined,
): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return toCellText(value);
  return value;
}

/**
 * Cells read with `getValues`, ready to be written again with `setValues` so each reads back as
 * it was: text Sheets would parse (`0012`, `2027`, `=1+1`) is neutralised, the rest passes.
 *
 * @example valuesToWriteBack([['0012', 5, '']]) // → [["'0012", 5, '']]
 */
export function valuesToWriteBack(grid: ReadonlyArray<readonly unknown[]>): unknown[][] {
  return grid.map((row) =>
    row.map((cell) =>
      typeof cell === 'string' ? toCellText(cell) : cell === null || cell === undefined ? '' : cell,
    ),
  );
}

/**
 * What Sheets stores, and `getValues` later returns, for a value the add-on wrote: text loses the
 * one leading apostrophe that {@link toCellText} added; everything else is stored as written.
 *
 * @example storedValue("'=1+1") // → '=1+1'
 */
export function storedValue<T>(value: T): T | string {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}
