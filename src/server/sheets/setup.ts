/**
 * Creating the add-on's own sheets — KPI Register, Objectives, Review Log — and the `KPI_AS_OF`
 * cell, or adding only what is missing.
 *
 * Rules that keep user work safe:
 * - A sheet that exists is never cleared, moved or re-formatted.
 * - A missing header is added at the END of the header row (after the last used column), never in
 *   the middle, so no user column shifts.
 * - Formats, dropdowns and status colours are applied only to columns this run created, so a
 *   second run finds nothing to do and adds no duplicate rules.
 * - The "As of" date lives in row 1 of the Review Log, one column right of its headers
 *   (label, then the `KPI_AS_OF` cell). The Review Log only grows downwards, so the cell never
 *   collides with log rows, and the review job finds it by name, never by position.
 */
import { DIRECTIONS, REVIEW_CADENCES } from '../../core/vocabulary';
import {
  AS_OF_RANGE_NAME,
  OBJECTIVES_HEADERS,
  OBJECTIVES_SHEET,
  REGISTER_HEADERS,
  REGISTER_SHEET,
  REVIEW_LOG_HEADERS,
  REVIEW_LOG_SHEET,
  type RegisterHeader,
} from '../../core/sheet-layouts';
import { locateColumns } from '../../core/header-map';
import { columnLetter } from '../../core/scorecard-layout';
import { readSettings } from '../settings-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What one run of the setup changed. */
export interface SetupReport {
  createdSheets: string[];
  /** Headers added to sheets that already existed, per sheet. */
  addedColumns: Array<{ sheet: string; headers: string[] }>;
  /** Whether the `KPI_AS_OF` named range was created. */
  addedAsOf: boolean;
}

interface ColumnStyle {
  width: number;
  numberFormat?: string;
  dropdown?: 'direction' | 'category' | 'cadence';
  statusColours?: boolean;
}

interface SheetSpec {
  name: string;
  headers: readonly string[];
  styles: Readonly<Record<string, ColumnStyle>>;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const MEASURE_COLUMN_FORMAT = '#,##0.00';
/** Weights are fractions shown as percents (25% is 0.25), like a typed "25%". */
export const WEIGHT_COLUMN_FORMAT = '0%';

/** Review status colours: Google's light red, amber and green fills with matching text. */
export const STATUS_COLOURS = [
  { status: 'Overdue', background: '#f4c7c3', font: '#a50e0e' },
  { status: 'Due soon', background: '#fce8b2', font: '#7a4f01' },
  { status: 'Up to date', background: '#b7e1cd', font: '#0d652d' },
] as const;

/** The register column whose dropdown lists the categories from Settings. */
const CATEGORY_HEADER: RegisterHeader = 'Category';

const TEXT = { width: 120 };
const LONG_TEXT = { width: 280 };
const NUMBER = { width: 90, numberFormat: MEASURE_COLUMN_FORMAT };
const DATE = { width: 110, numberFormat: DATE_FORMAT };

const SHEETS: readonly SheetSpec[] = [
  {
    name: REGISTER_SHEET,
    headers: REGISTER_HEADERS,
    styles: {
      'KPI ID': { width: 90 },
      Role: { width: 160 },
      KPI: { width: 200 },
      [CATEGORY_HEADER]: { width: 110, dropdown: 'category' },
      Definition: LONG_TEXT,
      Objective: { width: 200 },
      Unit: { width: 80 },
      Direction: { width: 90, dropdown: 'direction' },
      Threshold: NUMBER,
      Target: NUMBER,
      Stretch: NUMBER,
      Weight: { width: 80, numberFormat: WEIGHT_COLUMN_FORMAT },
      Frequency: { width: 100 },
      'Data source': { width: 180 },
      Owner: { width: 180 },
      'Review cadence': { width: 120, dropdown: 'cadence' },
      'Last reviewed': DATE,
      'Next review': DATE,
      'Review status': { width: 120, statusColours: true },
    },
  },
  {
    name: OBJECTIVES_SHEET,
    headers: OBJECTIVES_HEADERS,
    styles: {
      'Objective ID': { width: 100 },
      Objective: { width: 320 },
      Owner: { width: 180 },
      Due: DATE,
      Notes: LONG_TEXT,
    },
  },
  {
    name: REVIEW_LOG_SHEET,
    headers: REVIEW_LOG_HEADERS,
    styles: {
      Timestamp: { width: 140, numberFormat: DATE_TIME_FORMAT },
      'KPI ID': { width: 90 },
      Role: { width: 160 },
      KPI: { width: 200 },
      Event: TEXT,
      Detail: { width: 320 },
      By: { width: 180 },
    },
  },
];

/**
 * Makes sure the add-on's sheets, headers, formats, dropdowns, status colours and the `KPI_AS_OF`
 * cell exist, adding only what is missing, and ends with the KPI Register active. Call it under
 * the document lock.
 *
 * @example ensureAddonSheets(SpreadsheetApp.getActiveSpreadsheet()).createdSheets // → ['KPI Register', ...] on a new spreadsheet
 */
export function ensureAddonSheets(spreadsheet: Spreadsheet): SetupReport {
  const report: SetupReport = { createdSheets: [], addedColumns: [], addedAsOf: false };
  let categories: string[] | null = null;
  const categoryChoices = (): string[] => {
    categories ??= readSettings(spreadsheet).categories;
    return categories;
  };
  let reviewLog: Sheet | null = null;
  let register: Sheet | null = null;
  for (const spec of SHEETS) {
    const { sheet, added, created } = ensureHeaders(spreadsheet, spec);
    if (created) report.createdSheets.push(spec.name);
    else if (added.length)
      report.addedColumns.push({ sheet: spec.name, headers: added.map((a) => a.header) });
    if (added.length) styleNewColumns(sheet, spec, added, created, categoryChoices);
    if (spec.name === REVIEW_LOG_SHEET) reviewLog = sheet;
    if (spec.name === REGISTER_SHEET) register = sheet;
  }
  if (reviewLog && !spreadsheet.getRangeByName(AS_OF_RANGE_NAME)) {
    addAsOfCell(spreadsheet, reviewLog);
    report.addedAsOf = true;
  }
  // Inserting a sheet makes it the active one, which would leave the Review Log (created last) in
  // view; the register is where people start.
  register?.activate();
  return report;
}

/**
 * The toast text for a setup run.
 *
 * @example describeSetup({ createdSheets: [], addedColumns: [], addedAsOf: false }) // → 'Your sheets are already set up — nothing was changed.'
 */
export function describeSetup(report: SetupReport): string {
  const parts: string[] = [];
  if (report.createdSheets.length) parts.push(`Created ${listOf(report.createdSheets)}.`);
  for (const { sheet, headers } of report.addedColumns) {
    parts.push(
      `Added ${headers.map((header) => `"${header}"`).join(', ')} at the end of ${sheet}.`,
    );
  }
  if (report.addedAsOf)
    parts.push(`Added the "As of" date (${AS_OF_RANGE_NAME}) to ${REVIEW_LOG_SHEET}.`);
  if (!parts.length) return 'Your sheets are already set up — nothing was changed.';
  return `${parts.join(' ')} Your own sheets, columns and rows were left as they were.`;
}

interface AddedColumn {
  header: string;
  /** 1-based. */
  column: number;
}

function ensureHeaders(
  spreadsheet: Spreadsheet,
  spec: SheetSpec,
): { sheet: Sheet; added: AddedColumn[]; created: boolean } {
  const existing = spreadsheet.getSheetByName(spec.name);
  const sheet = existing ?? spreadsheet.insertSheet(spec.name);
  const lastColumn = existing ? sheet.getLastColumn() : 0;
  const headerRow = readHeaderRow(sheet, lastColumn);
  const { missing } = locateColumns(headerRow, spec.headers);
  if (!missing.length) return { sheet, added: [], created: false };

  const maxColumns = sheet.getMaxColumns();
  const needed = lastColumn + missing.length;
  if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const range = sheet.getRange(1, lastColumn + 1, 1, missing.length);
  range.setValues([missing]);
  range.setFontWeight('bold');
  // A sheet whose whole header row is new gets the frozen header; an existing one keeps its view.
  if (lastColumn === 0) sheet.setFrozenRows(1);
  return {
    sheet,
    added: missing.map((header, offset) => ({ header, column: lastColumn + 1 + offset })),
    created: !existing,
  };
}

/** Row 1 up to `lastColumn` (the sheet's last used column); none on an empty sheet. */
function readHeaderRow(sheet: Sheet, lastColumn: number): unknown[] {
  return lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
}

/**
 * Gives the KPI Register's Category column (found by header, wherever it stands) the dropdown of
 * `categories`, on every row below the header, as Set up sheets does. Cell values are never
 * touched. Returns false, changing nothing, when there is no register or no Category column.
 *
 * @example refreshCategoryDropdown(spreadsheet, ['Results', 'Growth']) // → true
 */
export function refreshCategoryDropdown(
  spreadsheet: Spreadsheet,
  categories: readonly string[],
): boolean {
  const sheet = spreadsheet.getSheetByName(REGISTER_SHEET);
  if (!sheet) return false;
  const headerRow = readHeaderRow(sheet, sheet.getLastColumn());
  const column = locateColumns(headerRow, [CATEGORY_HEADER]).index[CATEGORY_HEADER];
  if (column === undefined) return false;
  sheet
    .getRange(columnBody(column + 1))
    .setDataValidation(dropdown('category', () => [...categories]));
  return true;
}

function styleNewColumns(
  sheet: Sheet,
  spec: SheetSpec,
  added: readonly AddedColumn[],
  created: boolean,
  categoryChoices: () => string[],
): void {
  const byFormat = new Map<string, string[]>();
  for (const { header, column } of added) {
    const style = spec.styles[header];
    if (!style) continue;
    sheet.setColumnWidth(column, style.width);
    const body = columnBody(column);
    if (style.numberFormat) {
      byFormat.set(style.numberFormat, [...(byFormat.get(style.numberFormat) ?? []), body]);
    }
    if (style.dropdown)
      sheet.getRange(body).setDataValidation(dropdown(style.dropdown, categoryChoices));
    if (style.statusColours) addStatusColours(sheet, body);
  }
  for (const [format, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(format);
  if (created) sheet.getRange(1, 1, 1, added.length).setBackground('#e8eaed');
}

/** The column below the header, open-ended so rows added later are covered too. */
function columnBody(column: number): string {
  const letter = columnLetter(column);
  return `${letter}2:${letter}`;
}

function dropdown(
  kind: NonNullable<ColumnStyle['dropdown']>,
  categoryChoices: () => string[],
): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (kind) {
    case 'direction':
      return builder
        .requireValueInList([...DIRECTIONS], true)
        .setAllowInvalid(false)
        .setHelpText(
          'Choose higher (more is better), lower (less is better) or range (an ideal band).',
        )
        .build();
    case 'cadence':
      return builder
        .requireValueInList([...REVIEW_CADENCES], true)
        .setAllowInvalid(false)
        .setHelpText(
          'Choose how often the KPI is reviewed: Monthly, Quarterly, Biannual or Annual.',
        )
        .build();
    case 'category':
      // Categories change in Settings; an old category should warn, not block the row.
      return builder
        .requireValueInList(categoryChoices(), true)
        .setAllowInvalid(true)
        .setHelpText('Choose a category; add new ones in KPI Framework Builder › Settings.')
        .build();
  }
}

function addStatusColours(sheet: Sheet, body: string): void {
  const range = sheet.getRange(body);
  const rules = sheet.getConditionalFormatRules();
  for (const { status, background, font } of STATUS_COLOURS) {
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(status)
        .setBackground(background)
        .setFontColor(font)
        .setRanges([range])
        .build(),
    );
  }
  sheet.setConditionalFormatRules(rules);
}

function addAsOfCell(spreadsheet: Spreadsheet, reviewLog: Sheet): void {
  const labelColumn = reviewLog.getLastColumn() + 2;
  const maxColumns = reviewLog.getMaxColumns();
  if (labelColumn + 1 > maxColumns) {
    reviewLog.insertColumnsAfter(maxColumns, labelColumn + 1 - maxColumns);
  }
  const cells = reviewLog.getRange(1, labelColumn, 1, 2);
  cells.setValues([['As of', new Date()]]);
  cells.setNumberFormats([['@', DATE_FORMAT]]);
  cells.setFontWeights([['bold', 'normal']]);
  spreadsheet.setNamedRange(AS_OF_RANGE_NAME, reviewLog.getRange(1, labelColumn + 1));
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
