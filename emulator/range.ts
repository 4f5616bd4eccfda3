/** The Range class: reading and writing a block of cells and its formats. */
import { a1Notation } from './a1';
import { DataValidation } from './builders';
import type { FormatProperty } from './cell-format';
import type { Rect } from './layer';
import { displayText, plainStoredValue, readValue, type CellValue } from './cell-values';
import { Protection } from './protection';
import { EmulatedObject, type ServiceName } from './runtime';
import type { Sheet } from './sheet';
import { appsScriptError } from './messages';

/** Turns a scalar-or-2D argument into a per-cell reader for set*s() checks. */
function checkDimensions(data: unknown, numRows: number, numColumns: number): unknown[][] {
  if (!Array.isArray(data)) throw appsScriptError('expected2dArray');
  if (data.length !== numRows)
    throw appsScriptError('rowCountMismatch', { data: data.length, range: numRows });
  for (const row of data as unknown[]) {
    if (!Array.isArray(row)) throw appsScriptError('rowNotArray');
    if (row.length !== numColumns)
      throw appsScriptError('columnCountMismatch', { data: row.length, range: numColumns });
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

  /** A Rect of this range's cells. */
  get _rect(): Rect {
    return {
      row: this._row,
      column: this._column,
      numRows: this._numRows,
      numColumns: this._numColumns,
    };
  }

  /** Throws Apps Script's protected-cell error when a protection stops the user editing here. */
  _checkEditable(): void {
    this._sheet._checkEditable(this._rect);
  }

  _setFormat(property: FormatProperty, value: unknown): Range {
    this._checkEditable();
    const layer = this._sheet._layer(property);
    const stored = value === null ? undefined : value;
    for (let r = 0; r < this._numRows; r++)
      for (let c = 0; c < this._numColumns; c++)
        layer.set(this._row - 1 + r, this._column - 1 + c, stored);
    return this;
  }

  _setFormats(property: FormatProperty, values: unknown[][]): Range {
    const grid = checkDimensions(values, this._numRows, this._numColumns);
    this._checkEditable();
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
      throw appsScriptError('cellReferenceOutOfRange');
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
    this._checkEditable();
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
    this._checkEditable();
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
    this._checkEditable();
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
    this._checkEditable();
    for (const [property, layer] of this._sheet._formats)
      if (property !== 'note')
        layer.clear(this._row - 1, this._column - 1, this._numRows, this._numColumns);
    return this;
  }
  clearNote(): Range {
    this._checkEditable();
    this._sheet._formats
      .get('note')
      ?.clear(this._row - 1, this._column - 1, this._numRows, this._numColumns);
    return this;
  }
  clearDataValidations(): Range {
    this._checkEditable();
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
    this._checkEditable();
    return this;
  }
  merge(): Range {
    this._checkEditable();
    return this;
  }
  breakApart(): Range {
    this._checkEditable();
    return this;
  }
  getDataValidation(): DataValidation | null {
    return this._sheet._validations.get(this._row - 1, this._column - 1) ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._readGrid((r, c) => this._sheet._validations.get(r, c) ?? null);
  }
  setDataValidation(rule: DataValidation | null): Range {
    this._checkEditable();
    if (rule !== null && !(rule instanceof DataValidation))
      throw appsScriptError('validationExpected');
    for (let r = 0; r < this._numRows; r++)
      for (let c = 0; c < this._numColumns; c++)
        this._sheet._validations.set(this._row - 1 + r, this._column - 1 + c, rule ?? undefined);
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    const grid = checkDimensions(rules, this._numRows, this._numColumns);
    this._checkEditable();
    for (let r = 0; r < this._numRows; r++)
      for (let c = 0; c < this._numColumns; c++) {
        const rule = (grid[r] as unknown[])[c];
        if (rule !== null && !(rule instanceof DataValidation))
          throw appsScriptError('validationsExpected');
        this._sheet._validations.set(this._row - 1 + r, this._column - 1 + c, rule ?? undefined);
      }
    return this;
  }
  insertCheckboxes(): Range {
    this._checkEditable();
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
