/**
 * Inserting and deleting rows and columns: every layer of a sheet shifts, sizes and hidden flags
 * move with their rows and columns, and inserted ones take their neighbour's formats, as in Sheets.
 *
 * Decisions:
 * - Inserted rows and columns copy the formats and data validation of a neighbour, because a Sheets
 *   insert always inherits from the row (column) before or after it: `insertRowsAfter(n)` copies
 *   row n, `insertRowsBefore(n)` and `insertRows(n)` copy the row that moves down, and the row
 *   `appendRow` adds past the end of a full sheet copies the last row. That is how a format set on
 *   a whole column (`A2:A` as plain text) reaches rows added later. Values, formulas and notes are
 *   never copied; an inserted column also takes its neighbour's width.
 * - A span (a protected range, a chart's range, a named range, a conditional-format rule's range)
 *   that loses all its rows or columns to a delete is gone; one that an insert lands strictly
 *   inside grows, one that it lands before moves. A conditional-format rule left with no range
 *   is removed, as Sheets removes it; a named range left with none becomes `#REF!`.
 * - Every formula of the spreadsheet that refers to the changed sheet is rewritten, as Sheets
 *   rewrites it (see formula-references.ts), before the evaluator hears of the change: the text is
 *   the truth the evaluator re-reads. Only formula cells are visited (the formulas layer is sparse),
 *   and another sheet's formula that never names the changed sheet is not even parsed.
 * - A dropdown's list range (`requireValueInRange`) is a span like the others: it moves, grows and
 *   shrinks with its cells, wherever the rule is. One whose cells are all deleted keeps its old
 *   range, since a Range cannot stand for `#REF!`.
 * - A custom formula of a data-validation rule (`requireFormulaSatisfied`) or a conditional-format
 *   rule (`whenFormulaSatisfied`) is rewritten like a cell's formula on the sheet the rule is on:
 *   its relative references are written for the rule's first cell, which moves with them.
 */
import { DataValidation } from './builders';
import { followCharts } from './embedded-chart';
import { mayReferToSheet, moveReferences, renameSheetReferences } from './formula-references';
import type { Layer, Rect } from './layer';
import { appsScriptError } from './messages';
import { followNamedRanges } from './named-range';
import { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

export type Dimension = 'ROWS' | 'COLUMNS';

/** Sheets' limit on the cells of one spreadsheet, all sheets together. */
export const CELL_LIMIT = 10_000_000;

/** One structural edit: `count` rows or columns inserted at, or deleted from, 1-based `at`. */
export interface DimensionChange {
  dimension: Dimension;
  at: number;
  count: number;
  insert: boolean;
}

/**
 * Where a 1-based span of rows or columns ends up after an insert or delete; null when all of it
 * was deleted.
 * @example shiftSpan(3, 2, { dimension: 'ROWS', at: 1, count: 1, insert: true }) // { start: 4, size: 2 }
 */
export function shiftSpan(
  start: number,
  size: number,
  change: DimensionChange,
): { start: number; size: number } | null {
  const end = start + size - 1;
  const { at, count } = change;
  if (change.insert) {
    if (at <= start) return { start: start + count, size };
    if (at <= end) return { start, size: size + count };
    return { start, size };
  }
  const lastDeleted = at + count - 1;
  if (lastDeleted < start) return { start: start - count, size };
  if (at > end) return { start, size };
  const overlap = Math.min(end, lastDeleted) - Math.max(start, at) + 1;
  if (overlap >= size) return null;
  return { start: Math.min(start, at), size: size - overlap };
}

/**
 * A block of cells after an insert or delete, or null when it was deleted.
 * @example shiftRect({ row: 2, column: 1, numRows: 3, numColumns: 1 }, { dimension: 'ROWS', at: 2, count: 3, insert: false }) // null
 */
export function shiftRect(rect: Rect, change: DimensionChange): Rect | null {
  if (change.dimension === 'ROWS') {
    const span = shiftSpan(rect.row, rect.numRows, change);
    return span && { ...rect, row: span.start, numRows: span.size };
  }
  const span = shiftSpan(rect.column, rect.numColumns, change);
  return span && { ...rect, column: span.start, numColumns: span.size };
}

/** Where a 1-based row or column number ends up; a deleted one lands on the first row after the cut. */
export function shiftIndex(index: number, change: DimensionChange): number {
  const { at, count } = change;
  if (change.insert) return index >= at ? index + count : index;
  if (index < at) return index;
  return index >= at + count ? index - count : at;
}

function shiftNumberSet(values: Set<number>, change: DimensionChange): Set<number> {
  const { at, count } = change;
  const out = new Set<number>();
  for (const value of values)
    if (change.insert || value < at || value >= at + count) out.add(shiftIndex(value, change));
  return out;
}

/** Throws when a protection of the whole sheet stops the current user changing its structure. */
export function checkSheetProtection(sheet: Sheet): void {
  const user = sheet._book._host.user();
  if (sheet._protections.some((item) => item._type === 'SHEET' && !item._allows(user)))
    throw appsScriptError('protectedCell');
}

/**
 * Protected sheets refuse structural edits, protected ranges refuse losing their rows or columns,
 * and no insert may take the spreadsheet past Sheets' cell limit.
 */
function checkStructure(sheet: Sheet, change: DimensionChange): void {
  checkSheetProtection(sheet);
  if (change.insert) {
    const added = change.count * (change.dimension === 'ROWS' ? sheet._maxColumns : sheet._maxRows);
    const cells = sheet._book._sheets.reduce(
      (total, each) => total + each._maxRows * each._maxColumns,
      0,
    );
    if (cells + added > CELL_LIMIT) throw appsScriptError('cellLimit', { limit: CELL_LIMIT });
    return;
  }
  const cut: Rect =
    change.dimension === 'ROWS'
      ? { row: change.at, column: 1, numRows: change.count, numColumns: sheet._maxColumns }
      : { row: 1, column: change.at, numRows: sheet._maxRows, numColumns: change.count };
  sheet._checkEditable(cut);
}

/** The layers a neighbour's formatting is copied from: every format but notes, and validations. */
function inheritedLayers(sheet: Sheet) {
  return [
    sheet._validations,
    ...[...sheet._formats].filter(([property]) => property !== 'note').map(([, layer]) => layer),
  ];
}

/**
 * Inserts `count` rows at 1-based `at`, copying formats and validations from 1-based row
 * `inheritFrom` (numbered as before the insert), then lets the rest of the sheet follow.
 */
export function insertRows(sheet: Sheet, at: number, count: number, inheritFrom: number): void {
  const change: DimensionChange = { dimension: 'ROWS', at, count, insert: true };
  checkStructure(sheet, change);
  const index = at - 1;
  if (index < sheet._values.length)
    sheet._values.splice(index, 0, ...Array.from({ length: count }, () => []));
  sheet._formulas.insertRows(index, count);
  sheet._validations.insertRows(index, count);
  for (const layer of sheet._formats.values()) layer.insertRows(index, count);
  sheet._maxRows += count;
  const source = shiftIndex(inheritFrom, change) - 1;
  for (const layer of inheritedLayers(sheet)) layer.fillRows(source, index, count);
  follow(sheet, change);
}

/** Deletes `count` rows from 1-based `at`. */
export function deleteRows(sheet: Sheet, at: number, count: number): void {
  const change: DimensionChange = { dimension: 'ROWS', at, count, insert: false };
  checkStructure(sheet, change);
  const index = at - 1;
  sheet._values.splice(index, count);
  sheet._formulas.deleteRows(index, count);
  sheet._validations.deleteRows(index, count);
  for (const layer of sheet._formats.values()) layer.deleteRows(index, count);
  sheet._maxRows -= count;
  follow(sheet, change);
}

/** Inserts `count` columns at 1-based `at`, inheriting from column `inheritFrom` (numbered as before). */
export function insertColumns(sheet: Sheet, at: number, count: number, inheritFrom: number): void {
  const change: DimensionChange = { dimension: 'COLUMNS', at, count, insert: true };
  checkStructure(sheet, change);
  const index = at - 1;
  for (const cells of sheet._values)
    if (cells && index < cells.length) cells.splice(index, 0, ...new Array<string>(count).fill(''));
  for (const layer of [sheet._formulas, sheet._validations, ...sheet._formats.values()])
    layer.insertColumns(index, count);
  sheet._maxColumns += count;
  const source = shiftIndex(inheritFrom, change);
  for (const layer of inheritedLayers(sheet)) layer.fillColumns(source - 1, index, count);
  const width = sheet._columnWidths.get(inheritFrom);
  follow(sheet, change);
  if (width !== undefined) for (let c = at; c < at + count; c++) sheet._columnWidths.set(c, width);
}

/** Deletes `count` columns from 1-based `at`. */
export function deleteColumns(sheet: Sheet, at: number, count: number): void {
  const change: DimensionChange = { dimension: 'COLUMNS', at, count, insert: false };
  checkStructure(sheet, change);
  const index = at - 1;
  for (const cells of sheet._values) if (cells && index < cells.length) cells.splice(index, count);
  for (const layer of [sheet._formulas, sheet._validations, ...sheet._formats.values()])
    layer.deleteColumns(index, count);
  sheet._maxColumns -= count;
  follow(sheet, change);
}

/** Adds one row past the end of a full sheet (appendRow), formatted like the last row. */
export function growByOneRow(sheet: Sheet): void {
  const last = sheet._maxRows;
  sheet._maxRows += 1;
  for (const layer of inheritedLayers(sheet)) layer.fillRows(last - 1, last, 1);
}

/** Moves and resizes the ranges of the sheet's conditional-format rules; drops a rule left with none. */
function followConditionalRules(sheet: Sheet, change: DimensionChange): void {
  sheet._conditionalRules = sheet._conditionalRules.flatMap((rule) => {
    const ranges = rule._ranges.flatMap((range) => {
      if (range._sheet !== sheet) return [range];
      const moved = shiftRect(range._rect, change);
      return moved
        ? [new Range(sheet, moved.row, moved.column, moved.numRows, moved.numColumns)]
        : [];
    });
    if (ranges.length === 0) return [];
    const [formula] = rule._values;
    const values =
      rule._criteria === 'CUSTOM_FORMULA' && typeof formula === 'string'
        ? [moveReferences(formula, sheet._name, sheet._name, change)]
        : rule._values;
    return [rule._withRanges(ranges, values)];
  });
}

/** Calls `visit` with each stored cell of a sparse layer, 0-based; holes are skipped. */
function eachStored<T>(layer: Layer<T>, visit: (value: T, row: T[], column: number) => void): void {
  layer.rows.forEach((cells) => {
    cells?.forEach((value, column) => {
      if (value !== undefined) visit(value, cells, column);
    });
  });
}

/** Rewrites every formula of the spreadsheet that refers to the changed sheet. */
function followFormulas(sheet: Sheet, change: DimensionChange): void {
  for (const each of sheet._book._sheets) {
    const own = each === sheet;
    eachStored(each._formulas, (formula, cells, column) => {
      if (own || mayReferToSheet(formula, sheet._name))
        cells[column] = moveReferences(formula, each._name, sheet._name, change);
    });
  }
}

/**
 * Moves the list ranges of dropdowns (on any sheet) that read from the changed sheet, and
 * rewrites the custom formulas of validation rules that refer to it.
 */
function followValidationRanges(sheet: Sheet, change: DimensionChange): void {
  for (const each of sheet._book._sheets) {
    // A rule may stand in many cells, and on several sheets: its formula is read on each one's.
    const moved = new Map<DataValidation, DataValidation>();
    eachStored(each._validations, (rule, cells, column) => {
      let next = moved.get(rule);
      if (!next) {
        next = followValidation(rule, each, sheet, change);
        moved.set(rule, next);
      }
      cells[column] = next;
    });
  }
}

function followValidation(
  rule: DataValidation,
  ruleSheet: Sheet,
  sheet: Sheet,
  change: DimensionChange,
): DataValidation {
  const [first, ...rest] = rule._values;
  if (rule._criteria === 'CUSTOM_FORMULA' && typeof first === 'string') {
    const own = ruleSheet === sheet;
    if (!own && !mayReferToSheet(first, sheet._name)) return rule;
    const formula = moveReferences(first, ruleSheet._name, sheet._name, change);
    return formula === first
      ? rule
      : new DataValidation(rule._criteria, [formula, ...rest], rule._allowInvalid, rule._helpText);
  }
  if (rule._criteria === 'VALUE_IN_RANGE' && first instanceof Range && first._sheet === sheet) {
    const rect = shiftRect(first._rect, change);
    if (rect)
      return new DataValidation(
        rule._criteria,
        [new Range(sheet, rect.row, rect.column, rect.numRows, rect.numColumns), ...rest],
        rule._allowInvalid,
        rule._helpText,
      );
  }
  return rule;
}

/**
 * Rewrites every formula's qualifiers naming sheet `from` to its new name `to`, before the
 * evaluator hears of the rename.
 * @example followSheetRename(book, 'Scores', 'Q1 scores') // "=SUM(Scores!N2:N)" → "=SUM('Q1 scores'!N2:N)"
 */
export function followSheetRename(book: Spreadsheet, from: string, to: string): void {
  for (const each of book._sheets) {
    eachStored(each._formulas, (formula, cells, column) => {
      if (mayReferToSheet(formula, from)) cells[column] = renameSheetReferences(formula, from, to);
    });
    const renamed = new Map<DataValidation, DataValidation>();
    eachStored(each._validations, (rule, cells, column) => {
      const [formula, ...rest] = rule._values;
      if (rule._criteria !== 'CUSTOM_FORMULA' || typeof formula !== 'string') return;
      if (!mayReferToSheet(formula, from)) return;
      let next = renamed.get(rule);
      if (!next) {
        next = new DataValidation(
          rule._criteria,
          [renameSheetReferences(formula, from, to), ...rest],
          rule._allowInvalid,
          rule._helpText,
        );
        renamed.set(rule, next);
      }
      cells[column] = next;
    });
  }
}

/**
 * Moves what is anchored to rows or columns — formulas' references, dropdowns' list ranges,
 * protected ranges, a protected sheet's unprotected
 * ranges, charts, named ranges, conditional-format rules, sizes, hidden flags — and tells the
 * evaluator.
 */
function follow(sheet: Sheet, change: DimensionChange): void {
  sheet._protections = sheet._protections.filter((protection) => {
    protection._unprotected = protection._unprotected
      .map((rect) => shiftRect(rect, change))
      .filter((rect): rect is Rect => rect !== null);
    if (!protection._rect) return true;
    const moved = shiftRect(protection._rect, change);
    if (moved) protection._rect = moved;
    return moved !== null;
  });
  followFormulas(sheet, change);
  followValidationRanges(sheet, change);
  followCharts(sheet, change);
  followNamedRanges(sheet, change);
  followConditionalRules(sheet, change);
  if (change.dimension === 'ROWS') {
    sheet._hiddenRows = shiftNumberSet(sheet._hiddenRows, change);
  } else {
    sheet._hiddenColumns = shiftNumberSet(sheet._hiddenColumns, change);
    const widths = new Map<number, number>();
    for (const [column, width] of sheet._columnWidths)
      if (change.insert || column < change.at || column >= change.at + change.count)
        widths.set(shiftIndex(column, change), width);
    sheet._columnWidths = widths;
  }
  const { at, count, insert } = change;
  sheet._book._notify(
    change.dimension === 'ROWS'
      ? { kind: insert ? 'rows-inserted' : 'rows-deleted', sheetName: sheet._name, row: at, count }
      : {
          kind: insert ? 'columns-inserted' : 'columns-deleted',
          sheetName: sheet._name,
          column: at,
          count,
        },
  );
}
