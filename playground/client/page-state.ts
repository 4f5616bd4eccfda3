/**
 * What the page currently shows: the last {@link PageState} the server answered, the grid's
 * selection, and the cell being edited. The page holds no workbook state of its own; this is only
 * the view of it that every part of the page reads.
 */
import type { GridCell, PageState, SheetView } from '../protocol';
import { cellSelection, type Selection } from './selection';

/** A cell whose in-place editor is open. */
export interface CellEditor {
  row: number;
  column: number;
  input: HTMLInputElement;
}

export const page: {
  state: PageState | undefined;
  selection: Selection;
  editing: CellEditor | undefined;
} = { state: undefined, selection: cellSelection(1, 1), editing: undefined };

/**
 * The sheet whose tab is selected, if the server has answered yet.
 * @example activeSheet()?.name // 'KPI Register'
 */
export function activeSheet(): SheetView | undefined {
  return page.state?.sheets.find((sheet) => sheet.name === page.state?.activeSheet);
}

/**
 * A sheet's cell by 1-based position; undefined past the sheet's data.
 * @example cellAt(activeSheet(), 1, 1)?.text // 'KPI'
 */
export function cellAt(
  sheet: SheetView | undefined,
  row: number,
  column: number,
): GridCell | undefined {
  return sheet?.cells[row - 1]?.[column - 1];
}
