/** The NamedRange class. */
import type { Range } from './range';
import { EmulatedObject, type ServiceName } from './runtime';
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
