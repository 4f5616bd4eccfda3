/** The Selection class: the user's active sheet, ranges and current cell. */
import type { Range } from './range';
import type { RangeList } from './range-list';
import { EmulatedObject, type ServiceName } from './runtime';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

export class Selection extends EmulatedObject {
  readonly _className = 'Selection';
  readonly _service: ServiceName = 'SpreadsheetApp';
  constructor(readonly _book: Spreadsheet) {
    super();
  }
  getActiveRange(): Range | null {
    return this._book.getActiveRange();
  }
  getActiveRangeList(): RangeList | null {
    return this._book.getActiveRangeList();
  }
  getActiveSheet(): Sheet {
    return this._book._activeRects().sheet;
  }
  getCurrentCell(): Range {
    return this._book.getActiveCell();
  }
}
