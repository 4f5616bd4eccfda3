/**
 * A1 notation, as Sheets reads it: `A1`, `A1:C3`, `A:A`, `2:5`, `A2:C` (open-ended down to the last
 * row), with an optional sheet prefix (`Sheet 1!A1`, `'My Sheet'!A:A`).
 */

/** A parsed reference; `undefined` ends mean "to the edge of the sheet". */
export interface A1Reference {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

/**
 * Converts a 1-based column number to letters.
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Converts column letters to a 1-based column number.
 * @example columnNumber('AB') // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseCell(text: string): { row?: number; column?: number } | null {
  const match = CELL.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  const column = match[1] ? columnNumber(match[1]) : undefined;
  const row = match[2] ? Number(match[2]) : undefined;
  if (row === 0) return null;
  return { row, column };
}

/** Splits `'My Sheet'!A1:B2` into the sheet name (quotes removed, '' unescaped) and the range part. */
function splitSheet(notation: string): { sheetName?: string; cells: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { cells: notation };
  let sheetName = notation.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName, cells: notation.slice(bang + 1) };
}

/**
 * Parses A1 notation; returns null when the text is not a range reference.
 * @example parseA1("'My Sheet'!A2:C") // { sheetName: 'My Sheet', startRow: 2, startColumn: 1, endColumn: 3 }
 */
export function parseA1(notation: string): A1Reference | null {
  const { sheetName, cells } = splitSheet(notation.trim());
  const [first, second, extra] = cells.split(':');
  if (first === undefined || extra !== undefined) return null;
  const start = parseCell(first);
  if (!start) return null;
  const end = second === undefined ? start : parseCell(second);
  if (!end) return null;
  const reference: A1Reference = {};
  if (sheetName !== undefined) reference.sheetName = sheetName;
  // A lone `A5` is one cell; `A:A` is whole columns; `2:5` whole rows; `A2:C` runs to the last row.
  if (second === undefined && (start.row === undefined || start.column === undefined)) return null;
  reference.startRow = start.row ?? (end.row === undefined ? undefined : 1);
  reference.startColumn = start.column ?? (end.column === undefined ? undefined : 1);
  reference.endRow = end.row;
  reference.endColumn = end.column;
  if (start.row === undefined && end.row !== undefined) return null;
  if (start.column === undefined && end.column !== undefined) return null;
  return reference;
}

/** Quotes a sheet name for A1 notation when Sheets would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A1 notation of a rectangle.
 * @example a1Notation(1, 1, 2, 3) // 'A1:C2'
 */
export function a1Notation(
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
