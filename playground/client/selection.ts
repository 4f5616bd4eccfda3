/**
 * The selected range of the grid and its A1 notation, as Sheets writes it in the name box and as
 * the server reads it back as the active range (`B2`, `B2:D5`, or whole rows `3:5`).
 */

export interface Selection {
  /** 1-based corners, inclusive; `row2`/`column2` may be below/right of the first corner. */
  row1: number;
  column1: number;
  row2: number;
  column2: number;
  /** Whole rows selected from the row header (Sheets writes these as `3:5`). */
  wholeRows: boolean;
}

/**
 * A selection of one cell.
 * @example cellSelection(1, 1) // A1
 */
export function cellSelection(row: number, column: number): Selection {
  return { row1: row, column1: column, row2: row, column2: column, wholeRows: false };
}

/**
 * A column's letters, as in the grid's header.
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The selection in A1 notation, top-left corner first.
 * @example a1({ row1: 5, column1: 4, row2: 2, column2: 2, wholeRows: false }) // 'B2:D5'
 */
export function a1(selected: Selection): string {
  const top = Math.min(selected.row1, selected.row2);
  const bottom = Math.max(selected.row1, selected.row2);
  if (selected.wholeRows) return `${top}:${bottom}`;
  const left = Math.min(selected.column1, selected.column2);
  const right = Math.max(selected.column1, selected.column2);
  const first = `${columnLetters(left)}${top}`;
  return top === bottom && left === right ? first : `${first}:${columnLetters(right)}${bottom}`;
}

/**
 * The server's A1 notation of the active range as a selection; anything unreadable is A1.
 * @example parseSelection('3:5') // rows 3 to 5, whole rows
 */
export function parseSelection(text: string): Selection {
  const match = /^([A-Z]+)?(\d+)(?::([A-Z]+)?(\d+))?$/.exec(text);
  if (!match) return cellSelection(1, 1);
  const column = (letters: string | undefined): number =>
    letters ? [...letters].reduce((n, char) => n * 26 + char.charCodeAt(0) - 64, 0) : 1;
  const row1 = Number(match[2]);
  const row2 = Number(match[4] ?? match[2]);
  return {
    row1,
    row2,
    column1: column(match[1]),
    column2: column(match[3] ?? match[1]),
    wholeRows: match[1] === undefined,
  };
}

/**
 * Whether a cell lies inside the selection.
 * @example isSelected(parseSelection('B2:D5'), 3, 3) // true
 */
export function isSelected(selection: Selection, row: number, column: number): boolean {
  const inRows =
    row >= Math.min(selection.row1, selection.row2) &&
    row <= Math.max(selection.row1, selection.row2);
  if (selection.wholeRows) return inRows;
  return (
    inRows &&
    column >= Math.min(selection.column1, selection.column2) &&
    column <= Math.max(selection.column1, selection.column2)
  );
}
