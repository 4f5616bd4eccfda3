/**
 * A sheet read as a table keyed by header text: one batch read, rows as records, and batch
 * writes that touch only the cells asked for. Shared by the register and objectives adapters.
 */
import { toCellValue } from '../../core/cell-text';
import { requireColumns } from '../../core/header-map';
import type { WriteJournal } from '../write-journal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type CellValue = string | number | boolean | Date;

/** Rows added beyond what a write needs when a sheet has run out of rows. */
const SPARE_ROWS = 500;

export interface TableRow<H extends string> {
  /** 1-based sheet row. */
  row: number;
  cells: Record<H, unknown>;
}

export interface HeaderedTable<H extends string> {
  sheet: Sheet;
  /** 0-based column of each header, wherever the user moved it. */
  columns: Record<H, number>;
  /** Rows below the header that hold anything at all (user rows included). */
  rows: TableRow<H>[];
  /** Last used row of the sheet (1 when only the header row is used). */
  lastRow: number;
}

/**
 * Reads a sheet in one batch; fails with the fix when an expected header is missing.
 *
 * @example readTable(sheet, ['KPI ID', 'Role'], 'KPI Register').rows[0].cells['KPI ID'] // → 'KPI-0001'
 */
export function readTable<H extends string>(
  sheet: Sheet,
  headers: readonly H[],
  sheetName: string,
): HeaderedTable<H> {
  const values = readSheetValues(sheet);
  const { index } = requireColumns(values[0] ?? [], headers, sheetName);
  const rows: TableRow<H>[] = [];
  for (let offset = 1; offset < values.length; offset++) {
    const line = values[offset] ?? [];
    if (line.every((cell) => cell === '' || cell === null)) continue;
    const cells = {} as Record<H, unknown>;
    for (const header of headers) cells[header] = line[index[header]] ?? '';
    rows.push({ row: offset + 1, cells });
  }
  const lastRow =
    values.length === 1 && (values[0] ?? []).every((cell) => cell === '') ? 0 : values.length;
  return { sheet, columns: index, rows, lastRow };
}

/**
 * Every cell from A1 to the last row and column with data, in one call (`getDataRange().getValues()`
 * costs two). An empty sheet reads as one blank cell, as the data range of an empty sheet does:
 * `getSheetValues` refuses it, since -1 then asks for zero rows.
 *
 * @example readSheetValues(sheet)[0] // → ['KPI ID', 'Role', …]
 */
export function readSheetValues(sheet: Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (error) {
    // Asking for the last row first would cost a call on every read, and an empty sheet is rare.
    // The refusal's text is in the user's language, so the sheet itself is asked what happened.
    if (sheet.getLastRow() === 0 || sheet.getLastColumn() === 0) return [['']];
    throw error;
  }
}

/**
 * Appends rows after the last used row. Only the table's columns the rows name are written — one
 * write per run of adjacent columns, so one write when the user has not put columns between
 * them — and every other column stays untouched: a user's ARRAYFORMULA spilling down one of
 * them keeps working, and so does the add-on's own array formula in a column the rows leave out.
 * Returns the 1-based rows written.
 *
 * @example appendRows(table, [{ 'KPI ID': 'KPI-0003', Role: 'Analyst' }]) // → [12]
 */
export function appendRows<H extends string>(
  table: HeaderedTable<H>,
  rows: ReadonlyArray<Partial<Record<H, CellValue>>>,
  journal?: WriteJournal,
): number[] {
  if (!rows.length) return [];
  const firstRow = Math.max(table.lastRow, 1) + 1;
  const named = new Set(rows.flatMap((cells) => Object.keys(cells)));
  const headers = (Object.keys(table.columns) as H[]).filter((header) => named.has(header));
  const complete = rows.map((cells) => {
    const line = {} as Record<H, CellValue>;
    for (const header of headers) line[header] = cells[header] ?? '';
    return line;
  });
  writeCells(
    table,
    complete.map((cells, offset) => ({ row: firstRow + offset, cells })),
  );
  const lastRowBefore = table.lastRow;
  table.lastRow = firstRow + rows.length - 1;
  // The rows were blank before, so clearing what was written restores them.
  journal?.onUndo(() => {
    const columns = headers.map((header) => table.columns[header]).sort((a, b) => a - b);
    for (const [first, last] of adjacentRuns(columns))
      table.sheet.getRange(firstRow, first + 1, rows.length, last - first + 1).clearContent();
    table.lastRow = lastRowBefore;
  });
  return rows.map((_cells, offset) => firstRow + offset);
}

/**
 * Writes the given cells of existing rows and nothing else: cells are grouped into rectangles of
 * consecutive rows and adjacent columns, one write each, so user columns between the add-on's
 * columns and rows of other roles are never rewritten.
 *
 * @example writeCells(table, [{ row: 5, cells: { 'Review status': 'Retired' } }])
 */
export function writeCells<H extends string>(
  table: HeaderedTable<H>,
  updates: ReadonlyArray<{ row: number; cells: Partial<Record<H, CellValue>> }>,
  journal?: WriteJournal,
): void {
  if (journal) {
    const previous = previousCells(table, updates);
    journal.onUndo(() => writeCells(table, previous));
  }
  const byRow = new Map<number, Map<number, CellValue>>();
  for (const { row, cells } of updates) {
    const line = byRow.get(row) ?? new Map<number, CellValue>();
    for (const [header, value] of Object.entries(cells) as Array<[H, CellValue | undefined]>) {
      const column = table.columns[header];
      if (column !== undefined && value !== undefined) line.set(column, value);
    }
    byRow.set(row, line);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  let start = 0;
  while (start < rows.length) {
    // Extend the run while rows are consecutive and write the same set of columns.
    const signature = columnSignature(byRow.get(rows[start] as number));
    let end = start;
    while (
      end + 1 < rows.length &&
      (rows[end + 1] as number) === (rows[end] as number) + 1 &&
      columnSignature(byRow.get(rows[end + 1] as number)) === signature
    ) {
      end++;
    }
    const runRows = rows.slice(start, end + 1);
    const columns = [...(byRow.get(runRows[0] as number)?.keys() ?? [])].sort((a, b) => a - b);
    for (const [first, last] of adjacentRuns(columns)) {
      const grid = runRows.map((row) => {
        const line = byRow.get(row);
        const cells: CellValue[] = [];
        for (let column = first; column <= last; column++) cells.push(line?.get(column) ?? '');
        return cells;
      });
      writeBlock(table.sheet, runRows[0] as number, first + 1, grid);
    }
    start = end + 1;
  }
}

/**
 * One `setValues`, adding rows (and columns) first when the sheet is too small: a grid that has
 * filled its rows would otherwise refuse the range.
 */
export function writeBlock(sheet: Sheet, row: number, column: number, grid: CellValue[][]): void {
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  if (!height || !width) return;
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = sheet.getRange(row, column, height, width);
  } catch (error) {
    // Asking for the size first would cost a call on every write, and the grid is rarely full.
    // The refusal's text is in the user's language, so the sheet is asked for its size instead.
    if (!growToFit(sheet, row + height - 1, column + width - 1)) throw error;
    range = sheet.getRange(row, column, height, width);
  }
  range.setValues(grid);
}

/**
 * Adds rows (with room to spare, so the next appends fit without this detour) and columns until
 * the sheet reaches `lastRow` × `lastColumn`; false when it already did, so nothing was missing.
 *
 * @example growToFit(sheet, 1205, 22) // → true after adding 705 rows to a 1000-row sheet
 */
export function growToFit(sheet: Sheet, lastRow: number, lastColumn: number): boolean {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (lastRow <= maxRows && lastColumn <= maxColumns) return false;
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows + SPARE_ROWS);
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  return true;
}

/** What the cells an update is about to overwrite held when the table was read. */
function previousCells<H extends string>(
  table: HeaderedTable<H>,
  updates: ReadonlyArray<{ row: number; cells: Partial<Record<H, CellValue>> }>,
): Array<{ row: number; cells: Partial<Record<H, CellValue>> }> {
  const byRow = new Map(table.rows.map((row) => [row.row, row.cells]));
  return updates.map(({ row, cells }) => {
    const before = byRow.get(row);
    const restored: Partial<Record<H, CellValue>> = {};
    for (const header of Object.keys(cells) as H[]) {
      const value = before?.[header];
      restored[header] = toCellValue(
        value === null || value === undefined ? '' : (value as CellValue),
      );
    }
    return { row, cells: restored };
  });
}

function columnSignature(line: Map<number, CellValue> | undefined): string {
  return [...(line?.keys() ?? [])].sort((a, b) => a - b).join(',');
}

function adjacentRuns(sorted: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && column === last[1] + 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}
