/**
 * The Sheet class: dense cell values, the layers beside them, bounds checks, and structural edits
 * (insert/delete rows and columns) that shift every layer the way Sheets does.
 */
import { parseA1 } from './a1';
import { ConditionalFormatRule, type DataValidation } from './builders';
import { FORMAT_DEFAULTS, type FormatProperty } from './cell-format';
import { PLAIN_TEXT_FORMAT, readValue, toStoredInput, type CellValue } from './cell-values';
import { DeveloperMetadata, DeveloperMetadataFinder } from './developer-metadata';
import type { CellContent } from './formula';
import {
  insertChart,
  newChartState,
  removeChart,
  updateChart,
  type EmbeddedChart,
} from './embedded-chart';
import { EmbeddedChartBuilder } from './embedded-chart-builder';
import { Layer, type Rect } from './layer';
import { Protection } from './protection';
import { Range } from './range';
import { RangeList } from './range-list';
import { EmulatedObject, type ServiceName } from './runtime';
import {
  checkSheetProtection,
  deleteColumns,
  deleteRows,
  followSheetRename,
  growByOneRow,
  insertColumns,
  insertRows,
} from './sheet-structure';
import type { Spreadsheet } from './spreadsheet';
import { appsScriptError } from './messages';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

function requireInteger(value: unknown, what: string, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw appsScriptError('parameterNotNumber', {
      type: value === null ? 'null' : typeof value,
      method,
      what,
    });
  return Math.floor(value);
}

export class Sheet extends EmulatedObject {
  readonly _className = 'Sheet';
  readonly _service: ServiceName = 'SpreadsheetApp';
  /** A chart builder is a local value: creating one makes no request. */
  override readonly _serviceOverrides = { newChart: 'builder' } as const;
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
  /** Charts on this sheet, in the order they were inserted. */
  _charts: EmbeddedChart[] = [];
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

  /** A cell's content as a formula evaluator sees it: `{ formula }`, or the stored value. */
  _modelContent(row: number, column: number): CellContent {
    const formula = this._formulas.rows[row]?.[column];
    return formula === undefined ? readValue(this._values[row]?.[column]) : { formula };
  }

  /** The used area's contents as a formula evaluator sees them. */
  _contents(): CellContent[][] {
    const rows = this.getLastRow();
    const columns = this.getLastColumn();
    const out: CellContent[][] = [];
    for (let r = 0; r < rows; r++) {
      const cells = new Array<CellContent>(columns);
      for (let c = 0; c < columns; c++) cells[c] = this._modelContent(r, c);
      out.push(cells);
    }
    return out;
  }

  /** Whether the cell at 0-based coordinates has the plain-text number format. */
  _isPlainText(row: number, column: number): boolean {
    return this._formats.get('numberFormat')?.get(row, column) === PLAIN_TEXT_FORMAT;
  }

  /** Stores one value or formula at 0-based coordinates. */
  _write(row: number, column: number, input: unknown): void {
    const stored = toStoredInput(input, this._book._timeZone, this._isPlainText(row, column));
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

  _checkAlive(): void {
    if (this._deleted) throw appsScriptError('sheetDeleted', { name: this._name });
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
      throw appsScriptError('sheetNameTaken', { name: newName });
    checkSheetProtection(this);
    const from = this._name;
    this._name = newName;
    followSheetRename(this._book, from, newName);
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
    if (rows < 1) throw appsScriptError('rangeRowsAtLeastOne');
    if (cols < 1) throw appsScriptError('rangeColumnsAtLeastOne');
    if (row < 1) throw appsScriptError('startRowTooSmall');
    if (col < 1) throw appsScriptError('startColumnTooSmall');
    if (row + rows - 1 > this._maxRows || col + cols - 1 > this._maxColumns)
      throw appsScriptError('rangeOutsideSheet');
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
  /** Where array results spill on this sheet: Sheets counts those cells as content. */
  _arrayAreas(): Rect[] {
    return this._book._evaluator?.arrayAreas?.(this._name) ?? [];
  }
  getLastRow(): number {
    const spilled = this._arrayAreas().reduce(
      (last, area) => Math.max(last, area.row + area.numRows - 1),
      0,
    );
    return Math.max(spilled, this._lastStoredRow());
  }
  _lastStoredRow(): number {
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
    let last = this._arrayAreas().reduce(
      (right, area) => Math.max(right, area.column + area.numColumns - 1),
      0,
    );
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
    if (rows < 0 || rows >= this._maxRows) throw appsScriptError('frozenRowsOutOfRange');
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this._maxColumns)
      throw appsScriptError('frozenColumnsOutOfRange');
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
      throw appsScriptError('hideAllSheets');
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
  /** Throws Apps Script's protected-cell error when a protection stops the user editing a block. */
  _checkEditable(block: Rect): void {
    if (this._protections.length === 0) return;
    const user = this._book._host.user();
    if (this._protections.some((protection) => protection._blocksAny(user, block)))
      throw appsScriptError('protectedCell');
  }
  get _wholeSheet(): Rect {
    return { row: 1, column: 1, numRows: this._maxRows, numColumns: this._maxColumns };
  }
  /** Sheet protection: returns the existing one if the sheet is already protected. */
  protect(): Protection {
    const existing = this._protections.find((protection) => protection._type === 'SHEET');
    if (existing) return existing;
    const protection = new Protection('SHEET', this, undefined);
    this._protections.push(protection);
    return protection;
  }
  getProtections(type: string): Protection[] {
    const wanted = String(type);
    if (wanted !== 'SHEET' && wanted !== 'RANGE')
      throw appsScriptError('parametersDontMatch', {
        types: typeof type,
        method: 'Sheet.getProtections',
      });
    return this._protections.filter((protection) => protection._type === wanted);
  }
  clear(): Sheet {
    this._checkEditable(this._wholeSheet);
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
    this._checkEditable(this._wholeSheet);
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
    this._checkEditable(this._wholeSheet);
    for (const [property] of this._formats) if (property !== 'note') this._formats.delete(property);
    return this;
  }
  clearNotes(): Sheet {
    this._checkEditable(this._wholeSheet);
    this._formats.delete('note');
    return this;
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this._conditionalRules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules) || rules.some((rule) => !(rule instanceof ConditionalFormatRule)))
      throw appsScriptError('conditionalRulesExpected');
    this._conditionalRules = [...rules];
  }
  clearConditionalFormatRules(): void {
    this._conditionalRules = [];
  }
  insertRows(rowIndex: number, numRows = 1): void {
    if (rowIndex < 1 || rowIndex > this._maxRows) throw appsScriptError('rowsOutOfBounds');
    this._structureLog.push(`insertRows(${rowIndex}, ${numRows})`);
    insertRows(this, rowIndex, numRows, rowIndex);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.insertRows(beforePosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this._maxRows)
      throw appsScriptError('rowsOutOfBounds');
    this._structureLog.push(`insertRowsAfter(${afterPosition}, ${howMany})`);
    insertRows(this, afterPosition + 1, howMany, afterPosition);
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
      throw appsScriptError('rowsOutOfBounds');
    if (howMany >= this._maxRows - this._frozenRows && rowPosition <= this._frozenRows + 1)
      throw appsScriptError('deleteAllRows');
    this._structureLog.push(`deleteRows(${rowPosition}, ${howMany})`);
    deleteRows(this, rowPosition, howMany);
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || columnIndex > this._maxColumns)
      throw appsScriptError('columnsOutOfBounds');
    this._structureLog.push(`insertColumns(${columnIndex}, ${numColumns})`);
    insertColumns(this, columnIndex, numColumns, columnIndex);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this._maxColumns)
      throw appsScriptError('columnsOutOfBounds');
    this._structureLog.push(`insertColumnsAfter(${afterPosition}, ${howMany})`);
    insertColumns(this, afterPosition + 1, howMany, afterPosition);
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
      throw appsScriptError('columnsOutOfBounds');
    if (howMany >= this._maxColumns - this._frozenColumns)
      throw appsScriptError('deleteAllColumns');
    this._structureLog.push(`deleteColumns(${columnPosition}, ${howMany})`);
    deleteColumns(this, columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw appsScriptError('appendRowNeedsArray');
    const row = this.getLastRow() + 1;
    this._checkEditable({ row, column: 1, numRows: 1, numColumns: rowContents.length });
    if (row > this._maxRows) growByOneRow(this);
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
  /** Throws when a protection of the sheet stops the user changing its objects (charts). */
  _checkObjectsEditable(): void {
    checkSheetProtection(this);
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this, newChartState(), null);
  }
  insertChart(chart: EmbeddedChart): void {
    insertChart(this, chart);
  }
  updateChart(chart: EmbeddedChart): void {
    updateChart(this, chart);
  }
  removeChart(chart: EmbeddedChart): void {
    removeChart(this, chart);
  }
  getCharts(): EmbeddedChart[] {
    return [...this._charts];
  }
  getFilter(): null {
    return null;
  }
}
