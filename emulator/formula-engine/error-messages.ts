/**
 * How errors read in a cell and on hover, in Sheets' words. The engine words its errors its own
 * way; these are translated here so the playground shows what Sheets shows.
 */
import type { DetailedCellError } from 'hyperformula';

/** How each engine error type reads in a cell, as in Sheets (which has no #SPILL!). */
const ERROR_TEXT: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  ERROR: '#ERROR!',
  CYCLE: '#REF!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
  NULL: '#NULL!',
};

/**
 * The cell text of an engine error type.
 * @example errorText('SPILL') // '#REF!'
 */
export function errorText(type: string): string {
  return ERROR_TEXT[type] ?? '#ERROR!';
}

/** Sheets' hover text when an array result would overwrite a cell. */
export function overwriteMessage(cellA1: string): string {
  return `Array result was not expanded because it would overwrite data in ${cellA1}.`;
}

/** Sheets' hover text when an array result would run past the sheet's last row or column. */
export function overflowMessage(extraRows: number, extraColumns: number): string {
  if (extraRows > 0)
    return `Result was not automatically expanded, please insert more rows (${extraRows}).`;
  return `Result was not automatically expanded, please insert more columns (${extraColumns}).`;
}

/** Sheets' hover text when FILTER keeps no row. */
export const FILTER_NO_MATCH = 'No matches are found in FILTER evaluation.';

/**
 * The hover text Sheets shows for an error: parse errors and unknown names as Sheets reads them,
 * with the fix; the engine's own message otherwise.
 * @example sheetsErrorMessage(error) // "Unknown function: 'FOO'. Check the spelling, …"
 */
export function sheetsErrorMessage(error: DetailedCellError): string {
  const message = error.message;
  const unknownFunction = /^Function name (.+) not recognized\.?$/.exec(message);
  if (unknownFunction)
    return `Unknown function: '${unknownFunction[1]}'. Check the spelling, or that the add-on defines it.`;
  const unknownName = /^Named expression (.+) not recognized\.?$/.exec(message);
  if (unknownName)
    return `Unknown range name: '${unknownName[1]}'. Check the spelling, or run Set up sheets to create KPI_AS_OF.`;
  if (/^Parsing error/.test(message))
    return 'Formula parse error. Check the brackets, commas and quotes of the formula.';
  if (message === 'Division by zero.' || (error.type === 'DIV_BY_ZERO' && !message))
    return 'Function DIVIDE parameter 2 cannot be zero.';
  if (error.type === 'CYCLE')
    return 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';
  if (error.type === 'REF' && !message) return 'Reference does not exist.';
  return message || 'The formula could not be evaluated.';
}
