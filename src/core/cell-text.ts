/**
 * Keeping user text as text. Sheets treats a written value starting with `=` as a formula and may
 * turn `+`, `-` or `@` starts into one, so user-supplied text that starts with any of them (after
 * leading spaces) gets a leading apostrophe: Sheets stores the rest as literal text and shows no
 * apostrophe. Text that itself starts with an apostrophe gets one more, or Sheets would eat it.
 * Only the add-on writes formulas, and only with setFormula(s).
 */

const NEEDS_QUOTE = /^\s*[=+\-@]|^'/;

/**
 * Makes user text safe to write to a cell.
 *
 * @example toCellText('=IMPORTXML("http://x", "//a")') // → `'=IMPORTXML("http://x", "//a")`
 */
export function toCellText(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
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
 * What Sheets stores, and `getValues` later returns, for a value the add-on wrote: text loses the
 * one leading apostrophe that {@link toCellText} added; everything else is stored as written.
 *
 * @example storedValue("'=1+1") // → '=1+1'
 */
export function storedValue<T>(value: T): T | string {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}
