/**
 * Writing the KPI Dashboard sheet: making it (cut to what it uses), its labels, formats, column
 * widths and formulas, the target-health block and its verdict colours. Every range a refresh
 * writes is fetched in one `getRangeList`, so the number of calls never depends on the data.
 */
import { toCellText, toCellValue } from '../../core/cell-text';
import {
  columnWidths,
  dashboardLabels,
  dashboardNumberFormats,
  dashboardTable,
  FIGURE_ROW,
  TABLE_BODY_ROW,
  type DashboardGrid,
} from '../../core/dashboard-layout';
import type { DashboardFormulas } from '../../core/dashboard-formulas';
import type { HealthBlock } from '../../core/dashboard-target-health';
import { columnLetter } from '../../core/column-letter';
import { DASHBOARD_SHEET } from '../../core/sheet-layouts';
import { TARGET_HEALTH_HEADERS } from '../../core/target-health';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' size for a new sheet. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/** What the dashboard's warning says is there. */
export const DASHBOARD_PROTECTION =
  'KPI Dashboard: formulas and charts the add-on keeps up to date (Refresh dashboard)';

/**
 * Inserts the dashboard sheet, cut (or grown) to the grid, with a warning-only protection: its
 * tables are formulas, and a refresh does not write them again while their layout stands, so
 * Sheets asks before a person types over one.
 *
 * @example createDashboardSheet(spreadsheet, grid).getName() // → 'KPI Dashboard'
 */
export function createDashboardSheet(spreadsheet: Spreadsheet, grid: DashboardGrid): Sheet {
  const sheet = spreadsheet.insertSheet(DASHBOARD_SHEET);
  sheet.protect().setDescription(DASHBOARD_PROTECTION).setWarningOnly(true);
  if (grid.rows < NEW_SHEET_ROWS) sheet.deleteRows(grid.rows + 1, NEW_SHEET_ROWS - grid.rows);
  else if (grid.rows > NEW_SHEET_ROWS)
    sheet.insertRowsAfter(NEW_SHEET_ROWS, grid.rows - NEW_SHEET_ROWS);
  if (grid.columns > NEW_SHEET_COLUMNS)
    sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, grid.columns - NEW_SHEET_COLUMNS);
  else if (grid.columns < NEW_SHEET_COLUMNS)
    sheet.deleteColumns(grid.columns + 1, NEW_SHEET_COLUMNS - grid.columns);
  return sheet;
}

/**
 * Grows an existing dashboard to at least `rows` × `columns`; true when it had to.
 *
 * @example growDashboard(sheet, 260, 32) // → true when the sheet had 160 rows
 */
export function growDashboard(sheet: Sheet, rows: number, columns: number): boolean {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return rows > maxRows || columns > maxColumns;
}

/**
 * The ranges of `a1Notations` on the sheet: one `getRange` for one, else one `getRangeList`.
 *
 * @example rangesOf(sheet, ['A1:B2', 'D4'])[1].getA1Notation() // → 'D4'
 */
export function rangesOf(sheet: Sheet, a1Notations: readonly string[]): Range[] {
  if (a1Notations.length === 0) return [];
  if (a1Notations.length === 1) return [sheet.getRange(a1Notations[0] as string)];
  return sheet.getRangeList([...a1Notations]).getRanges();
}

/** The A1 blocks the layout writes, for a sheet of `grid`. */
export interface LayoutBlocks {
  /** Rows 1 to the tables' header row, every column: labels, weights, backgrounds. */
  labels: string;
  /** The whole grid: number formats. */
  formats: string;
  /** The key figures' formula row. */
  figures: string;
  /** The tables' formula row. */
  tables: string;
  /** The Verdict column's body, for its colours. */
  verdicts: string;
}

/**
 * Where the layout goes on a sheet of `grid`.
 *
 * @example layoutBlocks(grid, formulas).tables // → 'K41:AD41'
 */
export function layoutBlocks(grid: DashboardGrid, formulas: DashboardFormulas): LayoutBlocks {
  const last = columnLetter(grid.columns);
  const labels = dashboardLabels(grid.columns);
  const health = dashboardTable('health');
  const verdict = columnLetter(health.column + TARGET_HEALTH_HEADERS.indexOf('Verdict'));
  const figuresEnd = columnLetter(formulas.figures.length);
  const tablesEnd = columnLetter(formulas.tablesFrom + formulas.tables.length - 1);
  return {
    labels: `A1:${last}${labels.values.length}`,
    formats: `A1:${last}${grid.rows}`,
    figures: `A${FIGURE_ROW}:${figuresEnd}${FIGURE_ROW}`,
    tables: `${columnLetter(formulas.tablesFrom)}${TABLE_BODY_ROW}:${tablesEnd}${TABLE_BODY_ROW}`,
    verdicts: `${verdict}${TABLE_BODY_ROW}:${verdict}${grid.rows}`,
  };
}

/** The layout's ranges, in the order of {@link LayoutBlocks}. */
export interface LayoutRanges {
  labels: Range;
  formats: Range;
  figures: Range;
  tables: Range;
  verdicts: Range;
}

/**
 * Writes the labels, formats and formulas. Labels go first: they blank the formula cells, which
 * the formulas then fill.
 *
 * @example writeLayout(ranges, grid, formulas)
 */
export function writeLayout(
  ranges: LayoutRanges,
  grid: DashboardGrid,
  formulas: DashboardFormulas,
): void {
  const labels = dashboardLabels(grid.columns);
  ranges.labels.setValues(labels.values.map((row) => row.map((cell) => toCellText(cell))));
  ranges.labels.setFontWeights(labels.fontWeights);
  ranges.labels.setBackgrounds(labels.backgrounds);
  ranges.formats.setNumberFormats(dashboardNumberFormats(grid.rows, grid.columns));
  ranges.figures.setFormulas([formulas.figures]);
  ranges.tables.setFormulas([formulas.tables]);
}

/**
 * Sets the layout's column widths: the most common width on every column, then each run of
 * other widths — a handful of calls rather than one per column.
 *
 * @example setDashboardWidths(sheet, 32)
 */
export function setDashboardWidths(sheet: Sheet, columns: number): void {
  const widths = columnWidths().slice(0, columns + 1);
  const counts = new Map<number, number>();
  for (let column = 1; column < widths.length; column++) {
    const width = widths[column] ?? 0;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 100;
  sheet.setColumnWidths(1, widths.length - 1, common);
  let column = 1;
  while (column < widths.length) {
    const width = widths[column] ?? common;
    let end = column;
    while (end + 1 < widths.length && widths[end + 1] === width) end++;
    if (width !== common) sheet.setColumnWidths(column, end - column + 1, width);
    column = end + 1;
  }
}

/** Colours of the verdicts: Too hard and Too easy stand out, Balanced is green. */
const VERDICT_COLOURS: ReadonlyArray<[string, string]> = [
  ['Too hard', '#f4c7c3'],
  ['Too easy', '#fce8b2'],
  ['Balanced', '#b7e1cd'],
];

/**
 * Colours the Verdict column of a new dashboard (a sheet the add-on just made has no rules of
 * anyone else to keep).
 *
 * @example colourVerdicts(sheet, verdictRange)
 */
export function colourVerdicts(sheet: Sheet, verdicts: Range): void {
  sheet.setConditionalFormatRules(
    VERDICT_COLOURS.map(([verdict, colour]) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(verdict)
        .setBackground(colour)
        .setRanges([verdicts])
        .build(),
    ),
  );
}

/**
 * The A1 block of the target-health body, `height` rows from the first body row.
 *
 * @example healthBlockRange(24) // → 'A41:I64'
 */
export function healthBlockRange(height: number): string {
  const health = dashboardTable('health');
  const first = columnLetter(health.column);
  const last = columnLetter(health.column + TARGET_HEALTH_HEADERS.length - 1);
  return `${first}${TABLE_BODY_ROW}:${last}${TABLE_BODY_ROW + height - 1}`;
}

/**
 * Writes the target-health block's values (user text kept as text), its number formats, or
 * both.
 *
 * @example writeHealth(range, healthBlock(lines, 24), { values: true, formats: false })
 */
export function writeHealth(
  range: Range,
  block: HealthBlock,
  parts: { values: boolean; formats: boolean },
): void {
  if (parts.values)
    range.setValues(block.values.map((row) => row.map((cell) => toCellValue(cell))));
  if (parts.formats) range.setNumberFormats(block.formats);
}
