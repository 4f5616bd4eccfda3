/** The RangeList class: one call applied to several ranges of a sheet. */
import type { DataValidation } from './builders';
import type { Range } from './range';
import { EmulatedObject, type ServiceName } from './runtime';

export class RangeList extends EmulatedObject {
  readonly _className = 'RangeList';
  readonly _service: ServiceName = 'SpreadsheetApp';
  constructor(readonly _ranges: Range[]) {
    super();
  }
  getRanges(): Range[] {
    return [...this._ranges];
  }
  private each(action: (range: Range) => void): RangeList {
    for (const range of this._ranges) action(range);
    return this;
  }
  activate(): RangeList {
    const first = this._ranges[0];
    if (first) {
      first._sheet._book._selection = {
        sheet: first._sheet,
        rects: this._ranges.map((range) => ({
          row: range._row,
          column: range._column,
          numRows: range._numRows,
          numColumns: range._numColumns,
        })),
      };
    }
    return this;
  }
  setValue(value: unknown): RangeList {
    return this.each((range) => range.setValue(value));
  }
  setFormula(formula: string): RangeList {
    return this.each((range) => range.setFormula(formula));
  }
  setNumberFormat(format: string): RangeList {
    return this.each((range) => range.setNumberFormat(format));
  }
  setFontWeight(weight: string | null): RangeList {
    return this.each((range) => range.setFontWeight(weight));
  }
  setFontColor(color: string | null): RangeList {
    return this.each((range) => range.setFontColor(color));
  }
  setBackground(color: string | null): RangeList {
    return this.each((range) => range.setBackground(color));
  }
  setHorizontalAlignment(alignment: string | null): RangeList {
    return this.each((range) => range.setHorizontalAlignment(alignment));
  }
  setWrap(wrap: boolean): RangeList {
    return this.each((range) => range.setWrap(wrap));
  }
  setNote(note: string | null): RangeList {
    return this.each((range) => range.setNote(note));
  }
  setDataValidation(rule: DataValidation | null): RangeList {
    return this.each((range) => range.setDataValidation(rule));
  }
  clear(): RangeList {
    return this.each((range) => range.clear());
  }
  clearContent(): RangeList {
    return this.each((range) => range.clearContent());
  }
  clearFormat(): RangeList {
    return this.each((range) => range.clearFormat());
  }
  insertCheckboxes(): RangeList {
    return this.each((range) => range.insertCheckboxes());
  }
}
