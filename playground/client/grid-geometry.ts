/**
 * The grid's measures in pixels, matching styles.css: row and header sizes, column widths, how far
 * a sheet's charts reach, and how far a text cell's text may run over its empty neighbours.
 */
import type { SheetView } from '../protocol';
import { cellAt } from './page-state';

/** Pixel height of a grid row and of the column letters: 22 px, border included (border-box). */
export const ROW_HEIGHT = 22;
export const FROZEN_TOP = 22;
export const ROW_HEADER_WIDTH = 46;
/** Left plus right padding of a grid cell (styles.css). */
export const CELL_PADDING = 8;

/**
 * A column's drawn width: the sheet's own, kept between 60 and 320 px so that no column vanishes
 * or takes the whole view.
 * @example drawnColumnWidth(sheet, 1) // 110 for a column the sheet never sized
 */
export function drawnColumnWidth(sheet: SheetView, column: number): number {
  return Math.min(Math.max(sheet.columnWidths[column] ?? 110, 60), 320);
}

/**
 * The last row and column a sheet's charts cover.
 * @example chartReach(sheet, (column) => drawnColumnWidth(sheet, column)) // { rows: 30, columns: 9 }
 */
export function chartReach(
  sheet: SheetView,
  columnWidth: (column: number) => number,
): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const chart of sheet.charts) {
    const { row, column, offsetX, offsetY } = chart.anchor;
    rows = Math.max(rows, row + Math.ceil((offsetY + chart.height) / ROW_HEIGHT));
    let last = column;
    for (let covered = columnWidth(column); covered < offsetX + chart.width; last++)
      covered += columnWidth(last + 1);
    columns = Math.max(columns, last);
  }
  return { rows, columns };
}

/**
 * How far a text cell's text may run to the right, in pixels, as Sheets lets text overflow into
 * empty neighbours (so a job summary reads in full); 0 when it fits in its own column or cannot
 * overflow (numbers, dates and errors stay in their cell).
 * @example overflowWidth(sheet, 2, 3, 12, (column) => drawnColumnWidth(sheet, column)) // 330
 */
export function overflowWidth(
  sheet: SheetView,
  row: number,
  column: number,
  columns: number,
  columnWidth: (column: number) => number,
): number {
  const cell = cellAt(sheet, row, column);
  if (!cell?.text || cell.numeric || cell.error) return 0;
  let width = columnWidth(column);
  for (let next = column + 1; next <= columns && !cellAt(sheet, row, next)?.text; next++)
    width += columnWidth(next);
  return width > columnWidth(column) ? width : 0;
}
