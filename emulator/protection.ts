/** The Protection class: a protected sheet or range. */
import type { Range } from './range';
import { EmulatedObject, type ServiceName } from './runtime';
import type { Sheet } from './sheet';

export class Protection extends EmulatedObject {
  readonly _className = 'Protection';
  readonly _service: ServiceName = 'SpreadsheetApp';
  _description = '';
  _warningOnly = false;
  _editors: string[] = [];
  constructor(
    readonly _type: 'SHEET' | 'RANGE',
    readonly _sheet: Sheet,
    readonly _range: Range | undefined,
  ) {
    super();
  }
  getProtectionType(): string {
    return this._type;
  }
  setDescription(description: string): Protection {
    this._description = description;
    return this;
  }
  getDescription(): string {
    return this._description;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this._warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  getRange(): Range {
    return this._range ?? this._sheet.getDataRange();
  }
  addEditor(emailAddress: string): Protection {
    this._editors.push(emailAddress);
    return this;
  }
  removeEditors(emailAddresses: string[]): Protection {
    this._editors = this._editors.filter((editor) => !emailAddresses.includes(editor));
    return this;
  }
  getEditors(): Array<{ getEmail(): string }> {
    return this._editors.map((email) => ({ getEmail: () => email }));
  }
  canEdit(): boolean {
    return true;
  }
  remove(): void {
    this._sheet._protections = this._sheet._protections.filter((protection) => protection !== this);
  }
}
