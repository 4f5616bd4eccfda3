/**
 * The storage under a sheet's formulas, formats and validations: a 2D layer that is sparse by row,
 * so a format set on one cell of row 9,000 does not allocate 9,000 rows.
 */

/** A sparse-by-row 2D layer (rows that were never written stay undefined). 0-based. */
export class Layer<T> {
  rows: (T[] | undefined)[] = [];
  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }
  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (!cells) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = value as T;
  }
  insertRows(at: number, count: number): void {
    if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<undefined>(count));
  }
  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }
  insertColumns(at: number, count: number): void {
    for (const cells of this.rows)
      if (cells && at < cells.length) cells.splice(at, 0, ...new Array<T>(count));
  }
  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) if (cells) cells.splice(at, count);
  }
  /** Makes rows `to`…`to + count - 1` copies of row `from` (blank where it is blank). */
  fillRows(from: number, to: number, count: number): void {
    const source = this.rows[from];
    for (let r = to; r < to + count; r++) {
      if (source) this.rows[r] = source.slice();
      else if (this.rows[r]) this.rows[r] = undefined;
    }
  }
  /** Makes columns `to`…`to + count - 1` of every row copies of column `from`. */
  fillColumns(from: number, to: number, count: number): void {
    for (const cells of this.rows) {
      if (!cells) continue;
      const value = cells[from];
      for (let c = to; c < to + count; c++) cells[c] = value as T;
    }
  }
  clear(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows && r < this.rows.length; r++) {
      const cells = this.rows[r];
      if (cells)
        for (let c = column; c < column + numColumns && c < cells.length; c++)
          cells[c] = undefined as T;
    }
  }
  isEmpty(): boolean {
    return this.rows.every((cells) => !cells || cells.every((value) => value === undefined));
  }
}

/** A block of cells, 1-based, as a selection or a range stores it. */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}
