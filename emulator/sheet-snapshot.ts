/** The plain-data view of a sheet that tests and the playground read (Spreadsheet.peekSheet). */
import { a1Notation, quoteSheetName } from './a1';
import type { CellValue } from './cell-values';
import type { FormatProperty } from './cell-format';
import { copyChartState, rangeOfChart, type EmbeddedChart } from './embedded-chart';
import { Range } from './range';
import type { Sheet } from './sheet';

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
  /**
   * Data-validation rules by cell. A range among a rule's values (the list of
   * `requireValueInRange`) is its A1 with its sheet, e.g. "'KPI Register'!F2:F500", as the list
   * often lives on another sheet.
   */
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
  /** Whether the sheet or any range of it is protected. */
  protected: boolean;
  /** Protections of the sheet and its ranges, in the order they were made. */
  protections: ProtectionSnapshot[];
  /** Charts on the sheet, in the order they were inserted. */
  charts: ChartSnapshot[];
  structureLog: string[];
}

/** One embedded chart as plain data, for tests and the playground's chart drawing. */
export interface ChartSnapshot {
  chartId: number;
  /** A Charts.ChartType name: 'COLUMN', 'BAR', 'LINE', 'PIE', 'AREA', 'SCATTER', 'TABLE', 'COMBO', … */
  type: string;
  /** A1 ranges with their sheet, e.g. "'KPI Dashboard'!A1:C5", in the order added. */
  ranges: string[];
  /** Every option set, by key: 'title', 'isStacked', 'legend', 'colors', 'hAxis.title', … */
  options: Record<string, unknown>;
  numHeaders: number; // -1 when not set (Sheets guesses)
  transpose: boolean;
  mergeStrategy: string; // 'MERGE_COLUMNS' | 'MERGE_ROWS'
  hiddenDimensionStrategy: string;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
}

/** A chart as plain data. */
export function snapshotChart(chart: EmbeddedChart): ChartSnapshot {
  const state = copyChartState(chart._state);
  return {
    chartId: chart._chartId ?? 0,
    type: state.type ?? '',
    ranges: state.ranges.map(
      (range) => `${quoteSheetName(range.sheet._name)}!${rangeOfChart(range).getA1Notation()}`,
    ),
    options: Object.fromEntries(state.options),
    numHeaders: state.numHeaders,
    transpose: state.transpose,
    mergeStrategy: state.mergeStrategy,
    hiddenDimensionStrategy: state.hiddenDimensionStrategy,
    position: { ...state.position },
  };
}

/** One protection as plain data. */
export interface ProtectionSnapshot {
  type: 'SHEET' | 'RANGE';
  /** A1 of the protected cells, without the sheet name; the whole sheet for a sheet protection. */
  range: string;
  description: string;
  warningOnly: boolean;
  /** Who may edit; null while the protection still mirrors the spreadsheet's own editors. */
  editors: string[] | null;
  /** A protected sheet's unprotected ranges (A1). */
  unprotectedRanges: string[];
  /** The named range the protection is tied to, if any. */
  rangeName: string | null;
}

/** A snapshot of everything a test may want to check about a sheet, as plain data. */
export function snapshotSheet(sheet: Sheet): SheetSnapshot {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const used =
    lastRow > 0 && lastColumn > 0 ? new Range(sheet, 1, 1, lastRow, lastColumn) : undefined;
  const byCell = (property: FormatProperty): Record<string, string> => {
    const result: Record<string, string> = {};
    const layer = sheet._formats.get(property);
    layer?.rows.forEach((cells, r) =>
      cells?.forEach((value, c) => {
        if (value !== undefined) result[a1Notation(r + 1, c + 1, 1, 1)] = String(value);
      }),
    );
    return result;
  };
  const validations: SheetSnapshot['validations'] = {};
  sheet._validations.rows.forEach((cells, r) =>
    cells?.forEach((rule, c) => {
      if (rule)
        validations[a1Notation(r + 1, c + 1, 1, 1)] = {
          criteria: rule._criteria,
          values: rule._values.map((value) =>
            value instanceof Range
              ? `${quoteSheetName(value._sheet._name)}!${value.getA1Notation()}`
              : value,
          ),
          allowInvalid: rule._allowInvalid,
          helpText: rule._helpText,
        };
    }),
  );
  return {
    name: sheet._name,
    sheetId: sheet._sheetId,
    values: used ? used.getValues() : [],
    displayValues: used ? used.getDisplayValues() : [],
    formulas: used ? used.getFormulas() : [],
    notes: byCell('note'),
    numberFormats: byCell('numberFormat'),
    backgrounds: byCell('background'),
    fontWeights: byCell('fontWeight'),
    validations,
    conditionalFormatRules: sheet._conditionalRules.map((rule) => ({
      criteria: rule._criteria,
      values: [...rule._values],
      ranges: rule._ranges.map((range) => range.getA1Notation()),
      ...(rule._format.background ? { background: rule._format.background } : {}),
      ...(rule._format.fontColor ? { fontColor: rule._format.fontColor } : {}),
    })),
    frozenRows: sheet._frozenRows,
    frozenColumns: sheet._frozenColumns,
    maxRows: sheet._maxRows,
    maxColumns: sheet._maxColumns,
    lastRow,
    lastColumn,
    hiddenColumns: [...sheet._hiddenColumns].sort((a, b) => a - b),
    columnWidths: Object.fromEntries(sheet._columnWidths),
    protected: sheet._protections.length > 0,
    protections: sheet._protections.map((protection) => ({
      type: protection._type,
      range: protection.getRange().getA1Notation(),
      description: protection._description,
      warningOnly: protection._warningOnly,
      editors: protection._restricted ? [...protection._editors] : null,
      unprotectedRanges: protection.getUnprotectedRanges().map((range) => range.getA1Notation()),
      rangeName: protection.getRangeName(),
    })),
    charts: sheet._charts.map(snapshotChart),
    structureLog: [...sheet._structureLog],
  };
}
