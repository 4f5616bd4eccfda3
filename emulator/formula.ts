/**
 * Formula evaluation is pluggable. The emulator stores formulas as text; an evaluator (for example
 * the HyperFormula one in `formula-engine/`) mirrors the workbook and answers what a formula cell
 * reads as. Until one is attached, a formula cell reads as "" through getValues().
 *
 * Decisions:
 * - A formula reaches the evaluator wrapped as `{ formula }`, never as a bare string: text that
 *   starts with "=" (typed as `'=1+1`, or written into a plain-text `@` cell) is a value, and a
 *   string alone cannot tell the two apart.
 */

/** A formula cell's content: the formula as written, "=" included. */
export interface FormulaContent {
  readonly formula: string;
}

/** What a cell holds: a formula, or a stored value (number, text, boolean, Date; "" when blank). */
export type CellContent = FormulaContent | string | number | boolean | Date;

/**
 * Whether a cell's content is a formula (rather than a value, text starting with "=" included).
 * @example isFormulaContent({ formula: '=1+1' }) // true; isFormulaContent('=1+1') is false: that is text
 */
export function isFormulaContent(content: unknown): content is FormulaContent {
  return (
    typeof content === 'object' &&
    content !== null &&
    typeof (content as Partial<FormulaContent>).formula === 'string'
  );
}

/** The read-only view of one spreadsheet an evaluator mirrors. Rows and columns are 1-based. */
export interface WorkbookModel {
  readonly id: string;
  timeZone(): string;
  sheetNames(): string[];
  /**
   * Contents of the used area of a sheet: `{ formula }` for formula cells, the stored value
   * (number, string, boolean, Date) otherwise, "" for blanks. A fresh array each call.
   */
  sheetContents(sheetName: string): CellContent[][];
  /** Content of one cell, as in sheetContents. */
  cellContent(sheetName: string, row: number, column: number): CellContent;
  /**
   * The sheet's grid: its rows and columns (getMaxRows/getMaxColumns), where open-ended ranges
   * such as `A2:A` end and past which an array result cannot spill (#REF!).
   */
  gridSize(sheetName: string): { rows: number; columns: number };
  /**
   * Named ranges, with their target as `'Sheet'!A1:B2`, or `#REF!` for one whose cells were all
   * deleted (formulas that use it show #REF!, as in Sheets).
   */
  namedRanges(): Array<{ name: string; sheetName: string; a1: string }>;
}

/** What changed in the workbook, so an evaluator can update its mirror incrementally. */
export type WorkbookChange =
  | {
      kind: 'cells';
      sheetName: string;
      row: number;
      column: number;
      numRows: number;
      numColumns: number;
    }
  | { kind: 'sheet-added'; sheetName: string }
  | { kind: 'sheet-removed'; sheetName: string }
  | { kind: 'sheet-renamed'; from: string; to: string }
  | { kind: 'rows-inserted' | 'rows-deleted'; sheetName: string; row: number; count: number }
  | {
      kind: 'columns-inserted' | 'columns-deleted';
      sheetName: string;
      column: number;
      count: number;
    }
  | { kind: 'named-ranges' }
  | { kind: 'time-zone' };

/**
 * Evaluates formula cells for one spreadsheet.
 *
 * Lifecycle: `attach(book)` once (read everything), then `onChange` after every mutation, and
 * `valueAt` whenever the add-on or a test reads a formula cell.
 * @example
 * ss.attachFormulaEvaluator(myEvaluator); // then ss.getRange('C1').getValue() asks myEvaluator.valueAt('Sheet1', 1, 3)
 */
export interface FormulaEvaluator {
  attach(book: WorkbookModel): void;
  /** Value of a formula cell (number, string, boolean, Date, or an error text such as "#REF!"). */
  valueAt(sheetName: string, row: number, column: number): unknown;
  onChange(change: WorkbookChange): void;
  /**
   * The blocks of cells (1-based) that array results spill into on a sheet, the formula's own
   * cell included: Sheets counts them as content, so getLastRow, getLastColumn and getDataRange
   * reach them.
   */
  arrayAreas?(
    sheetName: string,
  ): Array<{ row: number; column: number; numRows: number; numColumns: number }>;
  detach?(): void;
}
