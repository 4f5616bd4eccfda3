/** Developer metadata on a spreadsheet or a sheet, and the finder that looks it up. */
import { EmulatedObject, type ServiceName } from './runtime';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import { appsScriptError } from './messages';

export class DeveloperMetadata extends EmulatedObject {
  readonly _className = 'DeveloperMetadata';
  readonly _service: ServiceName = 'SpreadsheetApp';
  readonly _id: number;
  constructor(
    readonly _book: Spreadsheet,
    readonly _sheet: Sheet | undefined,
    public _key: string,
    public _value: string | null,
    public _visibility: string,
  ) {
    super();
    if (typeof _key !== 'string' || _key === '') throw appsScriptError('metadataKeyRequired');
    if (_value !== null && String(_value).length > 30000)
      throw appsScriptError('metadataValueTooLong');
    this._id = _book._nextMetadataId++;
  }
  getId(): number {
    return this._id;
  }
  getKey(): string {
    return this._key;
  }
  getValue(): string | null {
    return this._value;
  }
  getVisibility(): string {
    return this._visibility;
  }
  setKey(key: string): DeveloperMetadata {
    this._key = key;
    return this;
  }
  setValue(value: string | null): DeveloperMetadata {
    this._value = value === null ? null : String(value);
    return this;
  }
  setVisibility(visibility: string): DeveloperMetadata {
    this._visibility = visibility;
    return this;
  }
  getLocation(): {
    getLocationType(): string;
    getSheet(): Sheet | null;
    getSpreadsheet(): Spreadsheet | null;
  } {
    const sheet = this._sheet;
    const book = this._book;
    return {
      getLocationType: () => (sheet ? 'SHEET' : 'SPREADSHEET'),
      getSheet: () => sheet ?? null,
      getSpreadsheet: () => (sheet ? null : book),
    };
  }
  remove(): void {
    const list = this._sheet ? this._sheet._metadata : this._book._metadata;
    const index = list.indexOf(this);
    if (index >= 0) list.splice(index, 1);
  }
}

export class DeveloperMetadataFinder extends EmulatedObject {
  readonly _className = 'DeveloperMetadataFinder';
  readonly _service: ServiceName = 'SpreadsheetApp';
  _key: string | undefined;
  _value: string | undefined;
  _id: number | undefined;
  constructor(readonly _source: () => DeveloperMetadata[]) {
    super();
  }
  withKey(key: string): DeveloperMetadataFinder {
    this._key = key;
    return this;
  }
  withValue(value: string): DeveloperMetadataFinder {
    this._value = value;
    return this;
  }
  withId(id: number): DeveloperMetadataFinder {
    this._id = id;
    return this;
  }
  find(): DeveloperMetadata[] {
    return this._source().filter(
      (entry) =>
        (this._key === undefined || entry._key === this._key) &&
        (this._value === undefined || entry._value === this._value) &&
        (this._id === undefined || entry._id === this._id),
    );
  }
}
