/**
 * The NamedRange class, and how named ranges follow row and column inserts and deletes.
 *
 * Decisions:
 * - A named range moves and grows like a protected range: rows inserted above it move it, rows
 *   inserted strictly inside it grow it, deleted rows inside it shrink it. One whose cells are all
 *   deleted (or whose sheet is deleted) stays in the spreadsheet as `#REF!`, as in Sheets:
 *   formulas that use it show #REF!, while Apps Script no longer lists it (getNamedRanges) or
 *   finds it (getRangeByName). Setting a range under that name again replaces it.
 */
import { Range } from './range';
import { EmulatedObject, type ServiceName } from './runtime';
import type { Sheet } from './sheet';
import { shiftRect, type DimensionChange } from './sheet-structure';
import type { Spreadsheet } from './spreadsheet';

export class NamedRange extends EmulatedObject {
  readonly _className = 'NamedRange';
  readonly _service: ServiceName = 'SpreadsheetApp';
  constructor(
    readonly _book: Spreadsheet,
    public _name: string,
    public _range: Range,
  ) {
    super();
  }
  getName(): string {
    return this._name;
  }
  getRange(): Range {
    return this._range._copy();
  }
  setName(name: string): NamedRange {
    this._book._namedRanges.delete(this._name);
    this._name = name;
    this._book._namedRanges.set(name, this);
    this._book._notify({ kind: 'named-ranges' });
    return this;
  }
  setRange(range: Range): NamedRange {
    this._range = range;
    this._book._notify({ kind: 'named-ranges' });
    return this;
  }
  remove(): void {
    this._book._namedRanges.delete(this._name);
    this._book._notify({ kind: 'named-ranges' });
  }
}

/**
 * Moves, grows or shrinks the named ranges on a sheet after a row or column insert or delete;
 * one whose cells are all deleted becomes `#REF!`.
 * @example followNamedRanges(sheet, { dimension: 'ROWS', at: 1, count: 2, insert: true }) // KPI_AS_OF B1 → B3
 */
export function followNamedRanges(sheet: Sheet, change: DimensionChange): void {
  const book = sheet._book;
  for (const [name, named] of book._namedRanges) {
    if (named._range._sheet !== sheet) continue;
    const moved = shiftRect(named._range._rect, change);
    if (moved) {
      named._range = new Range(sheet, moved.row, moved.column, moved.numRows, moved.numColumns);
    } else {
      book._namedRanges.delete(name);
      book._brokenNamedRanges.add(name);
    }
  }
}
