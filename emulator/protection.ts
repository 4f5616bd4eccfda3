/**
 * The Protection class: a protected sheet or range, and who may edit it.
 *
 * Decisions:
 * - As the reference says, a new protection mirrors the spreadsheet's own permissions — every
 *   editor of the spreadsheet can still edit — until the script changes its editors
 *   (addEditor(s), removeEditor(s)) or its domain setting. From then on only its editors and the
 *   spreadsheet's owner can. The editors start as the owner and the user who protected it.
 * - The spreadsheet's owner and the current user cannot be removed from the editors (the
 *   reference: "Neither the owner of the spreadsheet nor the current user can be removed").
 * - A warning-only protection blocks no one: Sheets only asks a person in the UI to confirm, and
 *   script writes go through, as in Apps Script. canEdit() is then true.
 * - Script writes into a cell that a protection stops the current user from editing fail with
 *   Apps Script's "You are trying to edit a protected cell or object…". A protected sheet's
 *   unprotected ranges stay editable; structural edits (inserting or deleting rows and columns,
 *   renaming) of a protected sheet, and deleting rows or columns through a protected range, fail
 *   the same way.
 * - The emulator has no Google Workspace domain: canDomainEdit() is false unless the script sets
 *   it.
 * - The messages for calling a sheet-only method on a range protection (and the reverse) are the
 *   emulator's own; the reference says only that these calls throw.
 */
import type { Rect } from './layer';
import { appsScriptError } from './messages';
import { NamedRange } from './named-range';
import { Range } from './range';
import { EmulatedObject, type ServiceName } from './runtime';
import { User } from './session-utilities';
import type { Sheet } from './sheet';

export type ProtectionTypeName = 'SHEET' | 'RANGE';

function emailOf(user: unknown): string {
  return user instanceof User ? user._email : String(user);
}

function rectOf(range: Range): Rect {
  return {
    row: range._row,
    column: range._column,
    numRows: range._numRows,
    numColumns: range._numColumns,
  };
}

function contains(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    column >= rect.column &&
    column < rect.column + rect.numColumns
  );
}

/** Whether two blocks of cells share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export class Protection extends EmulatedObject {
  readonly _className = 'Protection';
  readonly _service: ServiceName = 'SpreadsheetApp';
  _description = '';
  _warningOnly = false;
  /** True once the script has changed the editors or the domain setting. */
  _restricted = false;
  _domainEdit = false;
  _editors: string[];
  _rangeName: string | null = null;
  /** For a range protection, the protected cells (1-based); they follow inserts and deletes. */
  _rect: Rect | undefined;
  /** For a sheet protection, the ranges left editable. */
  _unprotected: Rect[] = [];
  constructor(
    readonly _type: ProtectionTypeName,
    public _sheet: Sheet,
    range: Range | undefined,
  ) {
    super();
    this._rect = range ? rectOf(range) : undefined;
    const book = _sheet._book;
    this._editors = [...new Set([book._owner, book._host.user()])];
  }

  /** The cells this protection covers, 1-based. */
  get _area(): Rect {
    return (
      this._rect ?? {
        row: 1,
        column: 1,
        numRows: this._sheet._maxRows,
        numColumns: this._sheet._maxColumns,
      }
    );
  }

  /**
   * Whether this protection stops `user` from editing any cell of a block (1-based). A sheet
   * protection covers every cell, rows appended later too, except its unprotected ranges.
   */
  _blocksAny(user: string, block: Rect): boolean {
    if (this._allows(user)) return false;
    const area = this._rect ?? block;
    if (!overlaps(area, block)) return false;
    if (this._unprotected.length === 0) return true;
    const top = Math.max(area.row, block.row);
    const bottom = Math.min(area.row + area.numRows, block.row + block.numRows);
    const left = Math.max(area.column, block.column);
    const right = Math.min(area.column + area.numColumns, block.column + block.numColumns);
    for (let r = top; r < bottom; r++)
      for (let c = left; c < right; c++)
        if (!this._unprotected.some((rect) => contains(rect, r, c))) return true;
    return false;
  }

  _allows(user: string): boolean {
    return (
      this._warningOnly ||
      !this._restricted ||
      user === this._sheet._book._owner ||
      this._editors.includes(user)
    );
  }

  private requireType(type: ProtectionTypeName, method: string): void {
    if (this._type !== type)
      throw appsScriptError(type === 'RANGE' ? 'protectionNeedsRange' : 'protectionNeedsSheet', {
        method,
      });
  }

  private restrict(): void {
    this._restricted = true;
  }

  getProtectionType(): string {
    return this._type;
  }
  setDescription(description: string): Protection {
    this._description = String(description);
    return this;
  }
  getDescription(): string {
    return this._description;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this._warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  /** The protected range; for a protected sheet, a range that spans the whole sheet. */
  getRange(): Range {
    const area = this._area;
    return new Range(this._sheet, area.row, area.column, area.numRows, area.numColumns);
  }
  setRange(range: Range): Protection {
    this.requireType('RANGE', 'setRange');
    if (!(range instanceof Range))
      throw appsScriptError('parametersDontMatch', {
        types: typeof range,
        method: 'Protection.setRange',
      });
    this._moveTo(range);
    this._rangeName = null;
    return this;
  }
  getRangeName(): string | null {
    const name = this._rangeName;
    return name !== null && this._sheet._book._namedRanges.has(name) ? name : null;
  }
  setRangeName(rangeName: string): Protection {
    const named = this._sheet._book._namedRanges.get(String(rangeName));
    if (!named) throw appsScriptError('namedRangeMissing', { name: String(rangeName) });
    return this.setNamedRange(named);
  }
  setNamedRange(namedRange: NamedRange): Protection {
    this.requireType('RANGE', 'setNamedRange');
    if (!(namedRange instanceof NamedRange))
      throw appsScriptError('parametersDontMatch', {
        types: typeof namedRange,
        method: 'Protection.setNamedRange',
      });
    if (namedRange._range._sheet !== this._sheet)
      throw appsScriptError('protectionNamedRangeElsewhere', { name: namedRange._name });
    this._moveTo(namedRange._range);
    this._rangeName = namedRange._name;
    return this;
  }
  _moveTo(range: Range): void {
    this._rect = rectOf(range);
    if (range._sheet !== this._sheet) {
      this._sheet._protections = this._sheet._protections.filter((item) => item !== this);
      this._sheet = range._sheet;
      this._sheet._protections.push(this);
    }
  }
  getUnprotectedRanges(): Range[] {
    return this._unprotected.map(
      (rect) => new Range(this._sheet, rect.row, rect.column, rect.numRows, rect.numColumns),
    );
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    this.requireType('SHEET', 'setUnprotectedRanges');
    if (!Array.isArray(ranges) || ranges.some((range) => !(range instanceof Range)))
      throw appsScriptError('parametersDontMatch', {
        types: Array.isArray(ranges) ? 'Object[]' : typeof ranges,
        method: 'Protection.setUnprotectedRanges',
      });
    if (ranges.some((range) => range._sheet !== this._sheet))
      throw appsScriptError('unprotectedRangeElsewhere', { sheet: this._sheet._name });
    this._unprotected = ranges.map(rectOf);
    return this;
  }
  addEditor(emailAddressOrUser: string | User): Protection {
    return this.addEditors([emailOf(emailAddressOrUser)]);
  }
  addEditors(emailAddresses: string[]): Protection {
    for (const email of emailAddresses.map(emailOf))
      if (!this._editors.includes(email)) this._editors.push(email);
    this.restrict();
    return this;
  }
  removeEditor(emailAddressOrUser: string | User): Protection {
    return this.removeEditors([emailOf(emailAddressOrUser)]);
  }
  removeEditors(emailAddressesOrUsers: Array<string | User>): Protection {
    const removed = new Set(emailAddressesOrUsers.map(emailOf));
    const kept = new Set([this._sheet._book._owner, this._sheet._book._host.user()]);
    this._editors = this._editors.filter((email) => kept.has(email) || !removed.has(email));
    this.restrict();
    return this;
  }
  getEditors(): User[] {
    if (!this.canEdit()) throw appsScriptError('protectedCell');
    return this._editors.map((email) => new User(email));
  }
  canEdit(): boolean {
    return this._allows(this._sheet._book._host.user());
  }
  canDomainEdit(): boolean {
    return this._domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this._domainEdit = Boolean(editable);
    this.restrict();
    return this;
  }
  remove(): void {
    if (!this.canEdit()) throw appsScriptError('protectedCell');
    this._sheet._protections = this._sheet._protections.filter((protection) => protection !== this);
  }
}
