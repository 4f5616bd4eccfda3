/**
 * Writing the review columns of the KPI Register — Next review and Review status — as planned by
 * `core/review-writes.ts`: only KPI rows, never over a formula, one `setValues` per rectangle.
 */
import type { CellBlock } from '../../core/review-writes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The review columns of the register's data rows, read once for their formulas. */
export interface ReviewColumnsRead {
  /** Formulas indexed like the register's values (header row first), '' for none. */
  formulas: string[][];
  /** The range read, reused for the write when the plan covers exactly it. */
  range: GoogleAppsScript.Spreadsheet.Range | null;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Reads the formulas of data rows `1..dataRows` in the columns from `first` to `last` (0-based)
 * in one call: '' where a cell holds no formula.
 *
 * @example readReviewColumns(sheet, 120, 17, 18).formulas[5][18] // → '=COUNTIF(S2:S99,"Overdue")'
 */
export function readReviewColumns(
  sheet: Sheet,
  dataRows: number,
  first: number,
  last: number,
): ReviewColumnsRead {
  const from = Math.min(first, last);
  const width = Math.abs(last - first) + 1;
  if (dataRows < 1) {
    return { formulas: [], range: null, row: 2, column: from + 1, rows: 0, columns: width };
  }
  const range = sheet.getRange(2, from + 1, dataRows, width);
  const read = range.getFormulas();
  const blankRow = (): string[] => new Array<string>(from + width).fill('');
  const formulas = [blankRow()];
  for (const cells of read) {
    const row = blankRow();
    cells.forEach((formula, offset) => (row[from + offset] = formula));
    formulas.push(row);
  }
  return { formulas, range, row: 2, column: from + 1, rows: dataRows, columns: width };
}

/**
 * Writes each block with one `setValues`; a block that is exactly the range read before reuses
 * it instead of asking for it again.
 *
 * @example writeBlocks(sheet, [{ row: 2, column: 18, cells: [[nextReview, 'Due soon']] }])
 */
export function writeBlocks(
  sheet: Sheet,
  blocks: readonly CellBlock[],
  read?: ReviewColumnsRead,
): void {
  for (const block of blocks) {
    const width = block.cells[0]?.length ?? 0;
    if (!block.cells.length || !width) continue;
    const same =
      read?.range &&
      block.row === read.row &&
      block.column === read.column &&
      block.cells.length === read.rows &&
      width === read.columns;
    const range = same
      ? (read.range as GoogleAppsScript.Spreadsheet.Range)
      : sheet.getRange(block.row, block.column, block.cells.length, width);
    range.setValues(block.cells);
  }
}

/**
 * Column letters of a one-based column number, for A1 notation.
 *
 * @example
 * columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
