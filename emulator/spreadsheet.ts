/**
 * The Spreadsheet class: sheets, A1 resolution across sheets, named ranges, developer metadata,
 * the active selection, and the test-only peek/seed accessors.
 */
import { parseA1, quoteSheetName } from './a1';
import { DeveloperMetadata, DeveloperMetadataFinder } from './developer-metadata';
import type { FormulaEvaluator, WorkbookChange, WorkbookModel } from './formula';
import type { Rect } from './layer';
import { NamedRange } from './named-range';
import type { Protection } from './protection';
import { Range } from './range';
import { RangeList } from './range-list';
import { EmulatedObject, type ServiceName } from './runtime';
import { Selection } from './selection';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, Sheet } from './sheet';
import { snapshotSheet, type SheetSnapshot } from './sheet-snapshot';
import { checkSheetProtection } from './sheet-structure';
import { appsScriptError } from './messages';

/** Hooks from a spreadsheet back to the emulator that owns it. */
export interface SpreadsheetHost {
  toast(entry: {
    spreadsheetId: string;
    message: string;
    title: string;
    timeoutSeconds: number;
  }): void;
  isDeleted(id: string): boolean;
  /** The email of the user running the script now (protections are checked against it). */
  user(): string;
  /** Whether a built chart reads its ID once inserted (EmulatorOptions.chartIdOnBuiltChart). */
  chartIdOnBuiltChart?(): boolean;
}

let nextSpreadsheetSerial = 1;

/** A spreadsheet (the emulator's workbook). Test code gets the raw object: its calls are not counted. */
export class Spreadsheet extends EmulatedObject {
  readonly _className = 'Spreadsheet';
  readonly _service: ServiceName = 'SpreadsheetApp';
  readonly id: string;
  _name: string;
  _timeZone: string;
  _sheets: Sheet[] = [];
  _activeSheet: Sheet | undefined;
  _selection:
    { sheet: Sheet; rects: Rect[]; current?: { row: number; column: number } } | undefined;
  _namedRanges = new Map<string, NamedRange>();
  /** Names whose cells were all deleted: `#REF!` in formulas, unlisted to scripts (named-range.ts). */
  _brokenNamedRanges = new Set<string>();
  _metadata: DeveloperMetadata[] = [];
  _evaluator: FormulaEvaluator | undefined;
  _nextSheetId = 0;
  _nextMetadataId = 1;
  /** Chart IDs are unique in the spreadsheet and never reused. */
  _nextChartId = 1_000_000_001;
  readonly _host: SpreadsheetHost;
  /** The user who created the spreadsheet; the owner can always edit, protected or not. */
  _owner: string;

  constructor(host: SpreadsheetHost, name: string, timeZone: string, id?: string) {
    super();
    this._host = host;
    this.id = id ?? `emulated-spreadsheet-${nextSpreadsheetSerial++}`;
    this._name = name;
    this._timeZone = timeZone;
    this._owner = host.user();
  }

  /** The workbook as a formula evaluator sees it. */
  get _model(): WorkbookModel {
    return {
      id: this.id,
      timeZone: () => this._timeZone,
      sheetNames: () => this._sheets.map((sheet) => sheet._name),
      sheetContents: (name) => this._requireSheet(name)._contents(),
      cellContent: (name, row, column) =>
        this._requireSheet(name)._modelContent(row - 1, column - 1),
      gridSize: (name) => {
        const sheet = this._requireSheet(name);
        return { rows: sheet._maxRows, columns: sheet._maxColumns };
      },
      namedRanges: () => [
        ...[...this._namedRanges.values()].map((named) => ({
          name: named._name,
          sheetName: named._range._sheet._name,
          a1: `${quoteSheetName(named._range._sheet._name)}!${named._range.getA1Notation()}`,
        })),
        ...[...this._brokenNamedRanges].map((name) => ({ name, sheetName: '', a1: '#REF!' })),
      ],
    };
  }

  _requireSheet(name: string): Sheet {
    const sheet = this._sheets.find((candidate) => candidate._name === name);
    if (!sheet) throw new Error(`There is no sheet named "${name}" in "${this._name}".`);
    return sheet;
  }

  _notify(change: WorkbookChange): void {
    this._evaluator?.onChange(change);
  }

  /** Attaches (or, with null, removes) the formula evaluator; formula cells read as "" without one. */
  attachFormulaEvaluator(evaluator: FormulaEvaluator | null): void {
    this._evaluator?.detach?.();
    this._evaluator = evaluator ?? undefined;
    evaluator?.attach(this._model);
  }

  _addSheet(name: string, index?: number, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): Sheet {
    if (this._sheets.some((sheet) => sheet._name.toLowerCase() === name.toLowerCase()))
      throw appsScriptError('sheetNameTaken', { name });
    const sheet = new Sheet(this, name, this._nextSheetId, rows, columns);
    this._nextSheetId = this._nextSheetId === 0 ? 1_000_001 : this._nextSheetId + 7919;
    const position =
      index === undefined ? this._sheets.length : Math.max(0, Math.min(index, this._sheets.length));
    this._sheets.splice(position, 0, sheet);
    this._notify({ kind: 'sheet-added', sheetName: name });
    return sheet;
  }

  _defaultSheetName(): string {
    let n = this._sheets.length + 1;
    while (this._sheets.some((sheet) => sheet._name === `Sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }

  // ---- test-only accessors (not visible to the add-on, never counted) ----

  /** Names of the sheets in tab order. */
  peekSheetNames(): string[] {
    return this._sheets.map((sheet) => sheet._name);
  }

  /** A snapshot of a sheet's state, or null if there is no such sheet. */
  peekSheet(name: string): SheetSnapshot | null {
    const sheet = this._sheets.find((candidate) => candidate._name === name);
    return sheet ? snapshotSheet(sheet) : null;
  }

  /** Named ranges as `{ name: "'Sheet'!A1" }`; one whose cells were all deleted as `#REF!`. */
  peekNamedRanges(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, named] of this._namedRanges)
      result[name] = `${quoteSheetName(named._range._sheet._name)}!${named._range.getA1Notation()}`;
    for (const name of this._brokenNamedRanges) result[name] = '#REF!';
    return result;
  }

  /** Spreadsheet-level and sheet-level developer metadata as plain data. */
  peekDeveloperMetadata(): Array<{ key: string; value: string | null; sheet?: string }> {
    const all = [...this._metadata, ...this._sheets.flatMap((sheet) => sheet._metadata)];
    return all.map((entry) => ({
      key: entry._key,
      value: entry._value,
      ...(entry._sheet ? { sheet: entry._sheet._name } : {}),
    }));
  }

  /**
   * Writes rows into a sheet from A1 (creating the sheet, and growing it, as needed) without
   * counting calls: for test fixtures and benchmarks. Values are stored as setValues would.
   */
  seed(
    sheetName: string,
    rows: unknown[][],
    origin: { row?: number; column?: number } = {},
  ): Sheet {
    const sheet =
      this._sheets.find((candidate) => candidate._name === sheetName) ?? this._addSheet(sheetName);
    const row = origin.row ?? 1;
    const column = origin.column ?? 1;
    const width = rows.reduce((max, cells) => Math.max(max, cells.length), 0);
    if (rows.length === 0 || width === 0) return sheet;
    sheet._maxRows = Math.max(sheet._maxRows, row + rows.length - 1);
    sheet._maxColumns = Math.max(sheet._maxColumns, column + width - 1);
    const padded = rows.map((cells) =>
      cells.length === width
        ? cells
        : [...cells, ...new Array<string>(width - cells.length).fill('')],
    );
    new Range(sheet, row, column, rows.length, width).setValues(padded);
    return sheet;
  }

  // ---- Apps Script API ----

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this._name;
  }
  rename(newName: string): void {
    this._name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    this._timeZone = timezone;
    this._notify({ kind: 'time-zone' });
  }
  getSpreadsheetLocale(): string {
    return 'en_US';
  }
  getSheets(): Sheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this._sheets.find((sheet) => sheet._name === name) ?? null;
  }
  getSheetById(id: number): Sheet | null {
    return this._sheets.find((sheet) => sheet._sheetId === id) ?? null;
  }
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    let name: string;
    let position: number | undefined;
    if (typeof nameOrIndex === 'number') {
      name = this._defaultSheetName();
      position = nameOrIndex;
    } else {
      name = nameOrIndex === undefined ? this._defaultSheetName() : String(nameOrIndex);
      position = index;
    }
    if (name.trim() === '') throw appsScriptError('sheetNameBlank');
    if (name.length > 100) throw appsScriptError('sheetNameTooLong');
    const sheet = this._addSheet(name, position);
    this._activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    if (!(sheet instanceof Sheet) || sheet._book !== this)
      throw appsScriptError('sheetToDeleteElsewhere');
    if (this._sheets.length === 1) throw appsScriptError('lastSheet');
    checkSheetProtection(sheet);
    this._sheets = this._sheets.filter((candidate) => candidate !== sheet);
    for (const other of this._sheets)
      for (const chart of other._charts)
        chart._state.ranges = chart._state.ranges.filter((range) => range.sheet !== sheet);
    for (const [name, named] of this._namedRanges)
      if (named._range._sheet === sheet) {
        this._namedRanges.delete(name);
        this._brokenNamedRanges.add(name);
      }
    if (this._activeSheet === sheet) this._activeSheet = this._sheets[0];
    if (this._selection?.sheet === sheet) this._selection = undefined;
    sheet._deleted = true;
    this._notify({ kind: 'sheet-removed', sheetName: sheet._name });
  }
  getActiveSheet(): Sheet {
    const sheet = this._activeSheet ?? this._sheets[0];
    if (!sheet) throw appsScriptError('noSheets');
    return sheet;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    if (!(sheet instanceof Sheet) || sheet._book !== this)
      throw appsScriptError('sheetToActivateElsewhere');
    this._activeSheet = sheet;
    return sheet;
  }
  _activeRects(): { sheet: Sheet; rects: Rect[] } {
    if (this._selection && !this._selection.sheet._deleted) return this._selection;
    return {
      sheet: this.getActiveSheet(),
      rects: [{ row: 1, column: 1, numRows: 1, numColumns: 1 }],
    };
  }
  getActiveRange(): Range | null {
    const { sheet, rects } = this._activeRects();
    const rect = rects[rects.length - 1];
    return rect ? new Range(sheet, rect.row, rect.column, rect.numRows, rect.numColumns) : null;
  }
  getActiveRangeList(): RangeList | null {
    const { sheet, rects } = this._activeRects();
    if (rects.length === 0) return null;
    return new RangeList(
      rects.map((rect) => new Range(sheet, rect.row, rect.column, rect.numRows, rect.numColumns)),
    );
  }
  getActiveCell(): Range {
    const { sheet, rects } = this._activeRects();
    const current = this._selection?.current ?? rects[rects.length - 1] ?? { row: 1, column: 1 };
    return new Range(sheet, current.row, current.column, 1, 1);
  }
  getSelection(): Selection {
    return new Selection(this);
  }
  setActiveRange(range: Range): Range {
    this._selection = {
      sheet: range._sheet,
      rects: [
        {
          row: range._row,
          column: range._column,
          numRows: range._numRows,
          numColumns: range._numColumns,
        },
      ],
    };
    this._activeSheet = range._sheet;
    return range;
  }
  setActiveSelection(range: Range | string): Range {
    return this.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }
  _resolve(a1: string, defaultSheet: Sheet): Range {
    const reference = parseA1(a1);
    if (!reference) throw appsScriptError('rangeNotFound', { a1 });
    let sheet = defaultSheet;
    if (reference.sheetName !== undefined) {
      const named = this.getSheetByName(reference.sheetName);
      if (!named) throw appsScriptError('rangeSheetNotFound', { sheet: reference.sheetName });
      sheet = named;
    }
    const row = reference.startRow ?? 1;
    const column = reference.startColumn ?? 1;
    const endRow = reference.endRow ?? sheet._maxRows;
    const endColumn = reference.endColumn ?? sheet._maxColumns;
    const top = Math.min(row, endRow);
    const left = Math.min(column, endColumn);
    return sheet.getRange(top, left, Math.abs(endRow - row) + 1, Math.abs(endColumn - column) + 1);
  }
  getRange(a1Notation: string): Range {
    if (typeof a1Notation !== 'string') throw appsScriptError('rangeNeedsA1');
    return this._resolve(a1Notation, this.getActiveSheet());
  }
  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(a1Notations.map((a1) => this.getRange(a1)));
  }
  getDataRange(): Range {
    return this.getActiveSheet().getDataRange();
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  setNamedRange(name: string, range: Range): void {
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      parseA1(name) ||
      /^(true|false)$/i.test(name) ||
      /^R\d*C\d*$/i.test(name)
    )
      throw appsScriptError('namedRangeNameInvalid', { name });
    if (!(range instanceof Range)) throw appsScriptError('namedRangeNeedsRange');
    this._brokenNamedRanges.delete(name);
    this._namedRanges.set(name, new NamedRange(this, name, range));
    this._notify({ kind: 'named-ranges' });
  }
  getRangeByName(name: string): Range | null {
    const named = this._namedRanges.get(name);
    return named && !named._range._sheet._deleted ? named._range._copy() : null;
  }
  getNamedRanges(): NamedRange[] {
    return [...this._namedRanges.values()];
  }
  removeNamedRange(name: string): void {
    if (!this._namedRanges.delete(name)) throw appsScriptError('namedRangeMissing', { name });
    this._notify({ kind: 'named-ranges' });
  }
  toast(message: string, title = '', timeoutSeconds = 5): void {
    this._host.toast({
      spreadsheetId: this.id,
      message: String(message),
      title: String(title),
      timeoutSeconds,
    });
  }
  addDeveloperMetadata(key: string, value?: string | null, visibility = 'DOCUMENT'): Spreadsheet {
    this._metadata.push(new DeveloperMetadata(this, undefined, key, value ?? null, visibility));
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return [...this._metadata];
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(() => [
      ...this._metadata,
      ...this._sheets.flatMap((sheet) => sheet._metadata),
    ]);
  }
  getProtections(type: string): Protection[] {
    if (type !== 'SHEET' && type !== 'RANGE')
      throw appsScriptError('parametersDontMatch', {
        types: typeof type,
        method: 'Spreadsheet.getProtections',
      });
    return this._sheets.flatMap((sheet) => sheet.getProtections(type));
  }
  getFormUrl(): null {
    return null;
  }
  getOwner(): null {
    return null;
  }
  moveActiveSheet(position: number): void {
    const sheet = this.getActiveSheet();
    this._sheets = this._sheets.filter((candidate) => candidate !== sheet);
    this._sheets.splice(Math.max(0, position - 1), 0, sheet);
  }
}
