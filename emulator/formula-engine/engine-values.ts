/**
 * Reading the engine's own values inside function plugins: numbers may come wrapped with a
 * date or percent subtype, blanks are a symbol, errors are `CellError`s.
 */
import { CellError, EmptyValue, SimpleRangeValue } from 'hyperformula';
import { isRichNumber } from './sheets-values';

/** One engine value, unwrapped: a number, text, boolean, `CellError`, or undefined for blank. */
export type PlainValue = number | string | boolean | CellError | undefined;

/**
 * Unwraps an engine value.
 * @example plainValue(EmptyValue) // undefined
 */
export function plainValue(value: unknown): PlainValue {
  if (value === EmptyValue || value === null || value === undefined) return undefined;
  if (isRichNumber(value)) return value.val;
  if (
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value instanceof CellError
  )
    return value;
  return String(value);
}

/**
 * Rows of an argument's value, a scalar being one row of one cell.
 * @example rowsOf(42) // [[42]]
 */
export function rowsOf(value: unknown): unknown[][] {
  if (value instanceof SimpleRangeValue) return value.data as unknown[][];
  return [[value]];
}

/** Whether an argument is blank in the engine's sense (no value). */
export function isEmptyValue(value: unknown): boolean {
  return plainValue(value) === undefined;
}

/**
 * How Sheets quotes a value in its "Did not find value 'x'" messages.
 * @example describeValue(2027) // '2027'
 */
export function describeValue(value: unknown): string {
  const plain = plainValue(value);
  if (plain === undefined) return '';
  if (plain instanceof CellError) return '';
  if (typeof plain === 'boolean') return plain ? 'TRUE' : 'FALSE';
  return String(plain);
}
