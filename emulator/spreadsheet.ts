/**
 * The Spreadsheet service's objects: Spreadsheet, Sheet, Range, RangeList, NamedRange,
 * DeveloperMetadata, Protection, Selection. Cell data is stored densely (an array of row arrays)
 * so reading or writing 10,000 × 20 cells stays in the low milliseconds.
 */
import { a1Notation, parseA1, quoteSheetName } from './a1';
import { ConditionalFormatRule, DataValidation } from './builders';
import {
  displayText,
  plainStoredValue,
  readValue,
  toStoredInput,
  type CellValue,
} from './cell-values';
import type { FormulaEvaluator, WorkbookChange, WorkbookModel } from './formula';
import { EmulatedObject, type ServiceName } from './runtime';

/** Hooks from a spreadsheet back to the emulator that owns it. */
export interface SpreadsheetHost {
  toast(entry: {
    spreadsheetId: string;
    message: string;
    title: string;
    timeoutSeconds: number;
  }): void;
  isDeleted(id: string): boolean;
}

/** Per-cell layers besides values and formulas. */
export type FormatProperty =
  | 'numberFormat'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontColor'
  | 'fontSize'
  | 'fontFamily'
  | 'background'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrap'
  | 'note';

const FORMAT_DEFAULTS: Record<FormatProperty, unknown> = {
  numberFormat: '0.###############',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  note: '',
};

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

/** A sparse-by-row 2D layer (rows that were never written stay undefined). 0-based. */
class Layer<T> {
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

interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function requireInteger(value: unknown, what: string, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(
      `The parameters (${value === null ? 'null' : typeof value}) don't match the method signature for ${method}: ${what} must be a number.`,
    );
  return Math.floor(value);
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
  _metadata: DeveloperMetadata[] = [];
  _evaluator: FormulaEvaluator | undefined;
  _nextSheetId = 0;
  _nextMetadataId = 1;
  readonly _host: SpreadsheetHost;

  constructor(host: SpreadsheetHost, name: string, timeZone: string, id?: string) {
    super();
    this._host = host;
    this.id = id ?? `emulated-spreadsheet-${nextSpreadsheetSerial++}`;
    this._name = name;
    this._timeZone = timeZone;
  }

  /** The workbook as a formula evaluator sees it. */
  get _model(): WorkbookModel {
    return {
      id: this.id,
      timeZone: () => this._timeZone,
      sheetNames: () => this._sheets.map((sheet) => sheet._name),
      sheetContents: (name) => this._requireSheet(name)._contents(),
      cellContent: (name, row, column) => this._requireSheet(name)._content(row - 1, column - 1),
      namedRanges: () =>
        [...this._namedRanges.values()].map((named) => ({
          name: named._name,
          sheetName: named._range._sheet._name,
          a1: `${quoteSheetName(named._range._sheet._name)}!${named._range.getA1Notation()}`,
        })),
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
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
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
    return sheet ? sheet._snapshot() : null;
  }

  /** Named ranges as `{ name: "'Sheet'!A1" }`. */
  peekNamedRanges(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, named] of this._namedRanges)
      result[name] = `${quoteSheetName(named._range._sheet._name)}!${named._range.getA1Notation()}`;
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
    if (name.trim() === '') throw new Error('A sheet name cannot be blank. Please enter a name.');
    if (name.length > 100) throw new Error('A sheet name can be at most 100 characters long.');
    const sheet = this._addSheet(name, position);
    this._activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    if (!(sheet instanceof Sheet) || sheet._book !== this)
      throw new Error('The sheet to delete does not belong to this spreadsheet.');
    if (this._sheets.length === 1)
      throw new Error("You can't remove all the sheets in a document.");
    this._sheets = this._sheets.filter((candidate) => candidate !== sheet);
    for (const [name, named] of this._namedRanges)
      if (named._range._sheet === sheet) this._namedRanges.delete(name);
    if (this._activeSheet === sheet) this._activeSheet = this._sheets[0];
    if (this._selection?.sheet === sheet) this._selection = undefined;
    sheet._deleted = true;
    this._notify({ kind: 'sheet-removed', sheetName: sheet._name });
  }
  getActiveSheet(): Sheet {
    const sheet = this._activeSheet ?? this._sheets[0];
    if (!sheet) throw new Error('The spreadsheet has no sheets.');
    return sheet;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    if (!(sheet instanceof Sheet) || sheet._book !== this)
      throw new Error('The sheet to activate does not belong to this spreadsheet.');
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
    if (!reference)
      throw new Error(`Range not found: "${a1}". Use A1 notation such as "Sheet1!A1:C3".`);
    let sheet = defaultSheet;
    if (reference.sheetName !== undefined) {
      const named = this.getSheetByName(reference.sheetName);
      if (!named)
        throw new Error(`Range not found: there is no sheet named "${reference.sheetName}".`);
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
    if (typeof a1Notation !== 'string')
      throw new Error('Spreadsheet.getRange expects A1 notation text such as "Sheet1!A1:C3".');
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
      throw new Error(
        `The named range name "${name}" is not valid. Use letters, digits and underscores, start with a letter, and do not use a cell reference such as A1.`,
      );
    if (!(range instanceof Range))
      throw new Error('setNamedRange needs a Range as its second argument.');
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
    if (!this._namedRanges.delete(name)) throw new Error(`Named range "${name}" does not exist.`);
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

/** Plain-data view of a sheet for tests (see Spreadsheet.peekSheet). */
export interface SheetSnapshot {
  name: string;
  sheetId: number;
  /** getValues() of the used area (formula cells as evaluated, "" without an evaluator). */
  values: CellValue[][];
  displayValues: string[][];
  /** getFormulas() of the used area ("" where none). */
  formulas: string[][];
  /** Notes by cell, e.g. { A1: 'Header' }. */
  notes: Record<string, string>;
  numberFormats: Record<string, string>;
  backgrounds: Record<string, string>;
  fontWeights: Record<string, string>;
  validations: Record<
    string,
    { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string }
  >;
  conditionalFormatRules: Array<{
    criteria: string;
    values: unknown[];
    ranges: string[];
    background?: string;
    fontColor?: string;
  }>;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  hiddenColumns: number[];
  columnWidths: Record<number, number>;
  protected: boolean;
  structureLog: string[];
}

export class Sheet extends EmulatedObject {
  readonly _className = 'Sheet';
  readonly _service: ServiceName = 'SpreadsheetApp';
  readonly _book: Spreadsheet;
  _name: string;
  readonly _sheetId: number;
  _maxRows: number;
  _maxColumns: number;
  /** Dense values; rows beyond the array or cells beyond a row's length are blank. */
  _values: unknown[][] = [];
  _formulas = new Layer<string>();
  _formats = new Map<FormatProperty, Layer<unknown>>();
  _validations = new Layer<DataValidation>();
  _frozenRows = 0;
  _frozenColumns = 0;
  _columnWidths = new Map<number, number>();
  _hiddenColumns = new Set<number>();
  _hiddenRows = new Set<number>();
  _hidden = false;
  _tabColor: string | null = null;
  _conditionalRules: ConditionalFormatRule[] = [];
  _protections: Protection[] = [];
  _metadata: DeveloperMetadata[] = [];
  _deleted = false;
  /** insertRows/deleteRows/... as they happened, for tests. */
  _structureLog: string[] = [];

  constructor(book: Spreadsheet, name: string, sheetId: number, rows: number, columns: number) {
    super();
    this._book = book;
    this._name = name;
    this._sheetId = sheetId;
    this._maxRows = rows;
    this._maxColumns = columns;
  }

  _layer(property: FormatProperty): Layer<unknown> {
    let layer = this._formats.get(property);
    if (!layer) {
      layer = new Layer<unknown>();
      this._formats.set(property, layer);
    }
    return layer;
  }

  _format(property: FormatProperty, row: number, column: number): unknown {
    return this._formats.get(property)?.get(row, column) ?? FORMAT_DEFAULTS[property];
  }

  /** The stored value at 0-based coordinates, evaluated if it is a formula. */
  _valueAt(row: number, column: number): CellValue {
    const formula = this._formulas.rows[row]?.[column];
    if (formula !== undefined) {
      const evaluator = this._book._evaluator;
      return evaluator ? readValue(evaluator.valueAt(this._name, row + 1, column + 1)) : '';
    }
    const stored = readValue(this._values[row]?.[column]);
    // A blank cell can show part of an array result spilled from a formula above or to its left;
    // Sheets returns those values from getValues(), so ask the evaluator.
    const evaluator = this._book._evaluator;
    if (stored === '' && evaluator)
      return readValue(evaluator.valueAt(this._name, row + 1, column + 1));
    return stored;
  }

  _content(row: number, column: number): unknown {
    return this._formulas.rows[row]?.[column] ?? readValue(this._values[row]?.[column]);
  }

  _contents(): unknown[][] {
    const rows = this.getLastRow();
    const columns = this.getLastColumn();
    const out: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const cells: unknown[] = new Array<unknown>(columns);
      for (let c = 0; c < columns; c++) cells[c] = this._content(r, c);
      out.push(cells);
    }
    return out;
  }

  /** Stores one value or formula at 0-based coordinates. */
  _write(row: number, column: number, input: unknown): void {
    const stored = toStoredInput(input, this._book._timeZone);
    while (this._values.length <= row) this._values.push([]);
    const cells = this._values[row] as unknown[];
    if (stored.kind === 'formula') {
      cells[column] = '';
      this._formulas.set(row, column, stored.formula);
    } else {
      cells[column] = stored.value;
      if (this._formulas.rows[row]) this._formulas.set(row, column, undefined);
    }
  }

  _snapshot(): SheetSnapshot {
    const lastRow = this.getLastRow();
    const lastColumn = this.getLastColumn();
    const used =
      lastRow > 0 && lastColumn > 0 ? new Range(this, 1, 1, lastRow, lastColumn) : undefined;
    const byCell = (property: FormatProperty): Record<string, string> => {
      const result: Record<string, string> = {};
      const layer = this._formats.get(property);
      layer?.rows.forEach((cells, r) =>
        cells?.forEach((value, c) => {
          if (value !== undefined) result[a1Notation(r + 1, c + 1, 1, 1)] = String(value);
        }),
      );
      return result;
    };
    const validations: SheetSnapshot['validations'] = {};
    this._validations.rows.forEach((cells, r) =>
      cells?.forEach((rule, c) => {
        if (rule)
          validations[a1Notation(r + 1, c + 1, 1, 1)] = {
            criteria: rule._criteria,
            values: rule._values.map((value) =>
              value instanceof Range ? value.getA1Notation() : value,
            ),
            allowInvalid: rule._allowInvalid,
            helpText: rule._helpText,
          };
      }),
    );
    return {
      name: this._name,
      sheetId: this._sheetId,
      values: used ? used.getValues() : [],
      displayValues: used ? used.getDisplayValues() : [],
      formulas: used ? used.getFormulas() : [],
      notes: byCell('note'),
      numberFormats: byCell('numberFormat'),
      backgrounds: byCell('background'),
      fontWeights: byCell('fontWeight'),
      validations,
      conditionalFormatRules: this._conditionalRules.map((rule) => ({
        criteria: rule._criteria,
        values: [...rule._values],
        ranges: rule._ranges.map((range) => range.getA1Notation()),
        ...(rule._format.background ? { background: rule._format.background } : {}),
        ...(rule._format.fontColor ? { fontColor: rule._format.fontColor } : {}),
      })),
      frozenRows: this._frozenRows,
      frozenColumns: this._frozenColumns,
      maxRows: this._maxRows,
      maxColumns: this._maxColumns,
      lastRow,
      lastColumn,
      hiddenColumns: [...this._hiddenColumns].sort((a, b) => a - b),
      columnWidths: Object.fromEntries(this._columnWidths),
      protected: this._protections.length > 0,
      structureLog: [...this._structureLog],
    };
  }

  _checkAlive(): void {
    if (this._deleted) throw new Error(`The sheet "${this._name}" has been deleted.`);
  }

  getName(): string {
    return this._name;
  }
  setName(name: string): Sheet {
    const newName = String(name);
    if (newName === this._name) return this;
    if (
      this._book._sheets.some(
        (sheet) => sheet !== this && sheet._name.toLowerCase() === newName.toLowerCase(),
      )
    )
      throw new Error(
        `A sheet with the name "${newName}" already exists. Please enter another name.`,
      );
    const from = this._name;
    this._name = newName;
    this._book._notify({ kind: 'sheet-renamed', from, to: newName });
    return this;
  }
  getSheetId(): number {
    return this._sheetId;
  }
  getSheetName(): string {
    return this._name;
  }
  getIndex(): number {
    return this._book._sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this._book;
  }
  activate(): Sheet {
    this._book._activeSheet = this;
    return this;
  }
  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    this._checkAlive();
    if (typeof rowOrA1 === 'string') {
      const reference = parseA1(rowOrA1);
      if (reference?.sheetName !== undefined && reference.sheetName !== this._name)
        return this._book._resolve(rowOrA1, this);
      return this._book._resolve(rowOrA1, this);
    }
    const method = 'Sheet.getRange';
    const row = requireInteger(rowOrA1, 'row', method);
    const col = requireInteger(column, 'column', method);
    const rows = numRows === undefined ? 1 : requireInteger(numRows, 'numRows', method);
    const cols = numColumns === undefined ? 1 : requireInteger(numColumns, 'numColumns', method);
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (row + rows - 1 > this._maxRows || col + cols - 1 > this._maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new Range(this, row, col, rows, cols);
  }
  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(a1Notations.map((a1) => this.getRange(a1)));
  }
  getDataRange(): Range {
    return new Range(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  /**
   * Apps Script's one-call read: `numRows` or `numColumns` of -1 reaches the last row or column
   * with data. A block that comes out empty (a -1 on an empty sheet) fails like getRange does.
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    const method = 'Sheet.getSheetValues';
    const row = requireInteger(startRow, 'startRow', method);
    const col = requireInteger(startColumn, 'startColumn', method);
    const rows = requireInteger(numRows, 'numRows', method);
    const cols = requireInteger(numColumns, 'numColumns', method);
    return this.getRange(
      row,
      col,
      rows === -1 ? this.getLastRow() - row + 1 : rows,
      cols === -1 ? this.getLastColumn() - col + 1 : cols,
    ).getValues();
  }
  getLastRow(): number {
    const formulaRows = this._formulas.rows;
    for (let r = Math.max(this._values.length, formulaRows.length) - 1; r >= 0; r--) {
      const cells = this._values[r];
      if (cells && cells.some((value) => value !== '' && value !== undefined)) return r + 1;
      const formulas = formulaRows[r];
      if (formulas && formulas.some((formula) => formula !== undefined)) return r + 1;
    }
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const cells of this._values) {
      if (!cells) continue;
      for (let c = cells.length - 1; c >= last; c--)
        if (cells[c] !== '' && cells[c] !== undefined) {
          last = c + 1;
          break;
        }
    }
    for (const formulas of this._formulas.rows) {
      if (!formulas) continue;
      for (let c = formulas.length - 1; c >= last; c--)
        if (formulas[c] !== undefined) {
          last = c + 1;
          break;
        }
    }
    return last;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this._maxRows)
      throw new Error('The number of frozen rows is out of range.');
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this._maxColumns)
      throw new Error('The number of frozen columns is out of range.');
    this._frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._columnWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(_rowPosition: number, _height: number): Sheet {
    return this;
  }
  autoResizeColumn(columnPosition: number): Sheet {
    this._columnWidths.delete(columnPosition);
    return this;
  }
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.delete(c);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._hiddenRows.has(rowPosition);
  }
  hideSheet(): Sheet {
    if (this._book._sheets.filter((sheet) => !sheet._hidden).length <= 1)
      throw new Error("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setTabColor(color: string | null): Sheet {
    this._tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  protect(): Protection {
    const protection = new Protection('SHEET', this, undefined);
    this._protections.push(protection);
    return protection;
  }
  getProtections(type: string): Protection[] {
    return this._protections.filter((protection) => String(type) === protection._type);
  }
  clear(): Sheet {
    this._values = [];
    this._formulas = new Layer<string>();
    this._formats.clear();
    this._book._notify({
      kind: 'cells',
      sheetName: this._name,
      row: 1,
      column: 1,
      numRows: this._maxRows,
      numColumns: this._maxColumns,
    });
    return this;
  }
  clearContents(): Sheet {
    this._values = [];
    this._formulas = new Layer<string>();
    this._book._notify({
      kind: 'cells',
      sheetName: this._name,
      row: 1,
      column: 1,
      numRows: this._maxRows,
      numColumns: this._maxColumns,
    });
    return this;
  }
  clearFormats(): Sheet {
    for (const [property] of this._formats) if (property !== 'note') this._formats.delete(property);
    return this;
  }
  clearNotes(): Sheet {
    this._formats.delete('note');
    return this;
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this._conditionalRules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules) || rules.some((rule) => !(rule instanceof ConditionalFormatRule)))
      throw new Error(
        'setConditionalFormatRules expects an array of built ConditionalFormatRule objects.',
      );
    this._conditionalRules = [...rules];
  }
  clearConditionalFormatRules(): void {
    this._conditionalRules = [];
  }
  _shiftRows(at: number, count: number, insert: boolean): void {
    const index = at - 1;
    if (insert) {
      if (index < this._values.length)
        this._values.splice(index, 0, ...Array.from({ length: count }, () => []));
      this._formulas.insertRows(index, count);
      this._validations.insertRows(index, count);
      for (const layer of this._formats.values()) layer.insertRows(index, count);
      this._maxRows += count;
    } else {
      this._values.splice(index, count);
      this._formulas.deleteRows(index, count);
      this._validations.deleteRows(index, count);
      for (const layer of this._formats.values()) layer.deleteRows(index, count);
      this._maxRows -= count;
    }
    this._book._notify({
      kind: insert ? 'rows-inserted' : 'rows-deleted',
      sheetName: this._name,
      row: at,
      count,
    });
  }
  _shiftColumns(at: number, count: number, insert: boolean): void {
    const index = at - 1;
    for (const cells of this._values) {
      if (!cells || index >= cells.length) continue;
      if (insert) cells.splice(index, 0, ...new Array<string>(count).fill(''));
      else cells.splice(index, count);
    }
    const layers: Layer<unknown>[] = [this._formulas, this._validations, ...this._formats.values()];
    for (const layer of layers) {
      if (insert) layer.insertColumns(index, count);
      else layer.deleteColumns(index, count);
    }
    this._maxColumns += insert ? count : -count;
    this._book._notify({
      kind: insert ? 'columns-inserted' : 'columns-deleted',
      sheetName: this._name,
      column: at,
      count,
    });
  }
  insertRows(rowIndex: number, numRows = 1): void {
    if (rowIndex < 1 || rowIndex > this._maxRows) throw new Error('Those rows are out of bounds.');
    this._structureLog.push(`insertRows(${rowIndex}, ${numRows})`);
    this._shiftRows(rowIndex, numRows, true);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.insertRows(beforePosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this._maxRows)
      throw new Error('Those rows are out of bounds.');
    this._structureLog.push(`insertRowsAfter(${afterPosition}, ${howMany})`);
    this._shiftRows(afterPosition + 1, howMany, true);
    return this;
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this._maxRows)
      throw new Error('Those rows are out of bounds.');
    if (howMany >= this._maxRows - this._frozenRows && rowPosition <= this._frozenRows + 1)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this._structureLog.push(`deleteRows(${rowPosition}, ${howMany})`);
    this._shiftRows(rowPosition, howMany, false);
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || columnIndex > this._maxColumns)
      throw new Error('Those columns are out of bounds.');
    this._structureLog.push(`insertColumns(${columnIndex}, ${numColumns})`);
    this._shiftColumns(columnIndex, numColumns, true);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this._maxColumns)
      throw new Error('Those columns are out of bounds.');
    this._structureLog.push(`insertColumnsAfter(${afterPosition}, ${howMany})`);
    this._shiftColumns(afterPosition + 1, howMany, true);
    return this;
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this._maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (howMany >= this._maxColumns - this._frozenColumns)
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this._structureLog.push(`deleteColumns(${columnPosition}, ${howMany})`);
    this._shiftColumns(columnPosition, howMany, false);
  }
  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new Error('appendRow expects a non-empty array of cell values.');
    const row = this.getLastRow() + 1;
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxColumns) this._maxColumns = rowContents.length;
    rowContents.forEach((value, c) => this._write(row - 1, c, value));
    this._book._notify({
      kind: 'cells',
      sheetName: this._name,
      row,
      column: 1,
      numRows: 1,
      numColumns: rowContents.length,
    });
    return this;
  }
  addDeveloperMetadata(key: string, value?: string | null, visibility = 'DOCUMENT'): Sheet {
    this._metadata.push(new DeveloperMetadata(this._book, this, key, value ?? null, visibility));
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return [...this._metadata];
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(() => this._metadata);
  }
  getActiveRange(): Range | null {
    return this._book._selection?.sheet === this ? this._book.getActiveRange() : null;
  }
  setActiveRange(range: Range): Range {
    return this._book.setActiveRange(range);
  }
  setActiveSelection(range: Range | string): Range {
    return this._book.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }
  getCharts(): never[] {
    return [];
  }
  getFilter(): null {
    return null;
  }
}

/** Turns a scalar-or-2D argument into a per-cell reader for set*s() checks. */
function checkDimensions(data: unknown, numRows: number, numColumns: number): unknown[][] {
  if (!Array.isArray(data))
    throw new Error(
      "The parameters don't match the method signature: expected a 2D array (an array of rows).",
    );
  if (data.length !== numRows)
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  for (const row of data as unknown[]) {
    if (!Array.isArray(row))
      throw new Error(
        "The parameters don't match the method signature: each row must be an array.",
      );
    if (row.length !== numColumns)
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
  }
  return data as unknown[][];
}

export class Range extends EmulatedObject {
  readonly _className = 'Range';
  readonly _service: ServiceName = 'SpreadsheetApp';
  constructor(
    readonly _sheet: Sheet,
    readonly _row: number,
    readonly _column: number,
    readonly _numRows: number,
    readonly _numColumns: number,
  ) {
    super();
  }

  _copy(): Range {
    return new Range(this._sheet, this._row, this._column, this._numRows, this._numColumns);
  }

  _changed(): void {
    this._sheet._book._notify({
      kind: 'cells',
      sheetName: this._sheet._name,
      row: this._row,
      column: this._column,
      numRows: this._numRows,
      numColumns: this._numColumns,
    });
  }

  _readGrid<T>(read: (row: number, column: number) => T): T[][] {
    this._sheet._checkAlive();
    const out: T[][] = new Array<T[]>(this._numRows);
    for (let r = 0; r < this._numRows; r++) {
      const cells: T[] = new Array<T>(this._numColumns);
      for (let c = 0; c < this._numColumns; c++)
        cells[c] = read(this._row - 1 + r, this._column - 1 + c);
      out[r] = cells;
    }
    return out;
  }

  _setFormat(property: FormatProperty, value: unknown): Range {
    const layer = this._sheet._layer(property);
    const stored = value === null ? undefined : value;
    for (let r = 0; r < this._numRows; r++)
      for (let c = 0; c < this._numColumns; c++)
        layer.set(this._row - 1 + r, this._column - 1 + c, stored);
    return this;
  }

  _setFormats(property: FormatProperty, values: unknown[][]): Range {
    const grid = checkDimensions(values, this._numRows, this._numColumns);
    const layer = this._sheet._layer(property);
    for (let r = 0; r < this._numRows; r++) {
      const row = grid[r] as unknown[];
      for (let c = 0; c < this._numColumns; c++) {
        const value = row[c];
        layer.set(this._row - 1 + r, this._column - 1 + c, value === null ? undefined : value);
      }
    }
    return this;
  }

  _getFormats<T>(property: FormatProperty): T[][] {
    return this._readGrid((r, c) => this._sheet._format(property, r, c) as T);
  }

  getA1Notation(): string {
    return a1Notation(this._row, this._column, this._numRows, this._numColumns);
  }
  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._column;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._column + this._numColumns - 1;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numColumns;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numColumns;
  }
  getSheet(): Sheet {
    return this._sheet;
  }
  getGridId(): number {
    return this._sheet._sheetId;
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numColumns)
      throw new Error('Cell reference out of range');
    return new Range(this._sheet, this._row + row - 1, this._column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this._sheet.getRange(
      this._row + rowOffset,
      this._column + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numColumns,
    );
  }
  getValues(): CellValue[][] {
    this._sheet._checkAlive();
    const sheet = this._sheet;
    const values = sheet._values;
    const formulas = sheet._formulas.rows;
    // Formula cells, and blank cells an array result may spill into, need the evaluator.
    const evaluator = sheet._book._evaluator;
    const out: CellValue[][] = new Array<CellValue[]>(this._numRows);
    const first = this._column - 1;
    const width = this._numColumns;
    for (let r = 0; r < this._numRows; r++) {
      const rowIndex = this._row - 1 + r;
      const stored = values[rowIndex];
      // slice() copies the row in one go; only blanks, dates and formulas need a second look.
      const cells = (stored ? stored.slice(first, first + width) : []) as CellValue[];
      for (let c = cells.length; c < width; c++) cells.push('');
      const formulaRow = formulas[rowIndex];
      for (let c = 0; c < width; c++) {
        const value = cells[c];
        const isFormula = formulaRow !== undefined && formulaRow[first + c] !== undefined;
        const blank = value === undefined || value === '';
        if (isFormula || (blank && evaluator)) cells[c] = sheet._valueAt(rowIndex, first + c);
        else if (value === undefined) cells[c] = '';
        else if (typeof value === 'object') cells[c] = readValue(value);
      }
      out[r] = cells;
    }
    return out;
  }
  getValue(): CellValue {
    this._sheet._checkAlive();
    return this._sheet._valueAt(this._row - 1, this._column - 1);
  }
  getDisplayValues(): string[][] {
    const timeZone = this._sheet._book._timeZone;
    return this._readGrid((r, c) => {
      const format = this._sheet._formats.get('numberFormat')?.get(r, c) as string | undefined;
      return displayText(this._sheet._valueAt(r, c), format, timeZone);
    });
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]?.[0] ?? '';
  }
  isBlank(): boolean {
    return this._readGrid((r, c) => this._sheet._content(r, c)).every((row) =>
      row.every((value) => value === ''),
    );
  }
  getFormulas(): string[][] {
    return this._readGrid((r, c) => this._sheet._formulas.get(r, c) ?? '');
  }
  getFormula(): string {
    return this._sheet._formulas.get(this._row - 1, this._column - 1) ?? '';
  }
  setValues(values: unknown[][]): Range {
    this._sheet._checkAlive();
    const grid = checkDimensions(values, this._numRows, this._numColumns);
    const sheet = this._sheet;
    const top = this._row - 1;
    const first = this._column - 1;
    while (sheet._values.length < top + this._numRows) sheet._values.push([]);
    const formulaRows = sheet._formulas.rows;
    for (let r = 0; r < this._numRows; r++) {
      const row = grid[r] as unknown[];
      const target = sheet._values[top + r] as unknown[];
      // Filling gaps keeps the row a packed array, which V8 reads much faster.
      while (target.length < first) target.push('');
      const formulaRow = formulaRows[top + r];
      for (let c = 0; c < this._numColumns; c++) {
        const plain = plainStoredValue(row[c]);
        if (plain === undefined) {
          sheet._write(top + r, first + c, row[c]);
          continue;
        }
        target[first + c] = plain;
        if (formulaRow && formulaRow[first + c] !== undefined)
          formulaRow[first + c] = undefined as unknown as string;
      }
    }
    this._changed();
    return this;
  }
  setValue(value: unknown): Range {
    this._sheet._checkAlive();
    for (let r = 0; r < this._numRows; r++)
      for (let c = 0; c < this._numColumns; c++)
        this._sheet._write(this._row - 1 + r, this._column - 1 + c, value);
    this._changed();
    return this;
  }
  setFormula(formula: string): Range {
    return this.setValue(formula);
  }
  setFormulas(formulas: string[][]): Range {
    return this.setValues(formulas);
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): Range {
    const onlySome =
      options &&
      (options.contentsOnly ||
        options.formatOnly ||
        options.commentsOnly ||
        options.validationsOnly);
    if (!onlySome || options?.contentsOnly) this.clearContent();
    if (!onlySome || options?.formatOnly) this.clearFormat();
    if (!onlySome || options?.commentsOnly) this.clearNote();
    if (!onlySome || options?.validationsOnly) this.clearDataValidations();
    return this;
  }
  clearContent(): Range {
    const sheet = this._sheet;
    for (let r = this._row - 1; r < this._row - 1 + this._numRows; r++) {
      const cells = sheet._values[r];
      if (cells)
        for (
          let c = this._column - 1;
          c < this._column - 1 + this._numColumns && c < cells.length;
          c++
        )
          cells[c] = '';
    }
    sheet._formulas.clear(this._row - 1, this._column - 1, this._numRows, this._numColumns);
    this._changed();
    return this;
  }
  clearFormat(): Range {
    for (const [property, layer] of this._sheet._formats)
      if (property !== 'note')
        layer.clear(this._row - 1, this._column - 1, this._numRows, this._numColumns);
    return this;
  }
  clearNote(): Range {
    this._sheet._formats
      .get('note')
      ?.clear(this._row - 1, this._column - 1, this._numRows, this._numColumns);
    return this;
  }
  clearDataValidations(): Range {
    this._sheet._validations.clear(
      this._row - 1,
      this._column - 1,
      this._numRows,
      this._numColumns,
    );
    return this;
  }
  getNote(): string {
    return String(this._sheet._format('note', this._row - 1, this._column - 1));
  }
  getNotes(): string[][] {
    return this._getFormats<string>('note');
  }
  setNote(note: string | null): Range {
    return this._setFormat('note', note === null || note === '' ? null : String(note));
  }
  setNotes(notes: (string | null)[][]): Range {
    return this._setFormats(
      'note',
      notes.map((row) => row.map((note) => (note === '' ? null : note))),
    );
  }
  getNumberFormat(): string {
    return String(this._sheet._format('numberFormat', this._row - 1, this._column - 1));
  }
  getNumberFormats(): string[][] {
    return this._getFormats<string>('numberFormat');
  }
  setNumberFormat(numberFormat: string): Range {
    return this._setFormat('numberFormat', String(numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this._setFormats('numberFormat', numberFormats);
  }
  getFontWeight(): string {
    return String(this._sheet._format('fontWeight', this._row - 1, this._column - 1));
  }
  getFontWeights(): string[][] {
    return this._getFormats<string>('fontWeight');
  }
  setFontWeight(fontWeight: string | null): Range {
    return this._setFormat('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: (string | null)[][]): Range {
    return this._setFormats('fontWeight', fontWeights);
  }
  setFontStyle(fontStyle: string | null): Range {
    return this._setFormat('fontStyle', fontStyle);
  }
  getFontStyle(): string {
    return String(this._sheet._format('fontStyle', this._row - 1, this._column - 1));
  }
  setFontSize(size: number): Range {
    return this._setFormat('fontSize', size);
  }
  getFontSize(): number {
    return Number(this._sheet._format('fontSize', this._row - 1, this._column - 1));
  }
  setFontFamily(fontFamily: string | null): Range {
    return this._setFormat('fontFamily', fontFamily);
  }
  getFontColor(): string {
    return String(this._sheet._format('fontColor', this._row - 1, this._column - 1));
  }
  getFontColors(): string[][] {
    return this._getFormats<string>('fontColor');
  }
  setFontColor(color: string | null): Range {
    return this._setFormat('fontColor', color);
  }
  setFontColors(colors: (string | null)[][]): Range {
    return this._setFormats('fontColor', colors);
  }
  getBackground(): string {
    return String(this._sheet._format('background', this._row - 1, this._column - 1));
  }
  getBackgrounds(): string[][] {
    return this._getFormats<string>('background');
  }
  setBackground(color: string | null): Range {
    return this._setFormat('background', color);
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    return this._setFormats('background', colors);
  }
  getHorizontalAlignment(): string {
    return String(this._sheet._format('horizontalAlignment', this._row - 1, this._column - 1));
  }
  getHorizontalAlignments(): string[][] {
    return this._getFormats<string>('horizontalAlignment');
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this._setFormat('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    return this._setFormats('horizontalAlignment', alignments);
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this._setFormat('verticalAlignment', alignment);
  }
  getWrap(): boolean {
    return Boolean(this._sheet._format('wrap', this._row - 1, this._column - 1));
  }
  getWraps(): boolean[][] {
    return this._getFormats<boolean>('wrap');
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this._setFormat('wrap', Boolean(isWrapEnabled));
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    return this._setFormats('wrap', isWrapEnabled);
  }
  setWrapStrategy(strategy: string): Range {
    return this._setFormat('wrap', strategy === 'WRAP');
  }
  setBorder(..._args: unknown[]): Range {
    return this;
  }
  merge(): Range {
    return this;
  }
  breakApart(): Range {
    return this;
  }
  getDataValidation(): DataValidation | null {
    return this._sheet._validations.get(this._row - 1, this._column - 1) ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._readGrid((r, c) => this._sheet._validations.get(r, c) ?? null);
  }
  setDataValidation(rule: DataValidation | null): Range {
    if (rule !== null && !(rule instanceof DataValidation))
      throw new Error('setDataValidation expects a built DataValidation (call .build()) or null.');
    for (let r = 0; r < this._numRows; r++)
      for (let c = 0; c < this._numColumns; c++)
        this._sheet._validations.set(this._row - 1 + r, this._column - 1 + c, rule ?? undefined);
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    const grid = checkDimensions(rules, this._numRows, this._numColumns);
    for (let r = 0; r < this._numRows; r++)
      for (let c = 0; c < this._numColumns; c++) {
        const rule = (grid[r] as unknown[])[c];
        if (rule !== null && !(rule instanceof DataValidation))
          throw new Error('setDataValidations expects built DataValidation objects or null.');
        this._sheet._validations.set(this._row - 1 + r, this._column - 1 + c, rule ?? undefined);
      }
    return this;
  }
  insertCheckboxes(): Range {
    const rule = new DataValidation('CHECKBOX', [], true, '');
    this.setDataValidation(rule);
    for (let r = 0; r < this._numRows; r++)
      for (let c = 0; c < this._numColumns; c++) {
        const row = this._row - 1 + r;
        const column = this._column - 1 + c;
        if (this._sheet._content(row, column) === '') this._sheet._write(row, column, false);
      }
    this._changed();
    return this;
  }
  activate(): Range {
    return this._sheet._book.setActiveRange(this);
  }
  protect(): Protection {
    const protection = new Protection('RANGE', this._sheet, this);
    this._sheet._protections.push(protection);
    return protection;
  }
  addDeveloperMetadata(key: string, value?: string | null): Range {
    this._sheet.addDeveloperMetadata(key, value);
    return this;
  }
}

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
    if (typeof _key !== 'string' || _key === '')
      throw new Error('Developer metadata needs a non-empty key.');
    if (_value !== null && String(_value).length > 30000)
      throw new Error('Developer metadata values are limited to 30,000 characters.');
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
