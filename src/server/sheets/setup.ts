/**
 * Creating the add-on's sheets — KPI Register, Objectives, Review Log, People, Periods, Scores,
 * Results, Person Scorecard — and the `KPI_AS_OF` cell, or adding only what is missing.
 *
 * Rules that keep user work safe:
 * - A sheet that exists is never cleared, moved or re-formatted.
 * - A sheet with one of these names that is not the add-on's (it is not empty and has none of the
 *   table's identifying headers) is never adopted: setup stops before writing anything and names
 *   it, so the person can rename it.
 * - A missing header is added at the END of the header row (after the last used column), never in
 *   the middle, so no user column shifts.
 * - Formats, dropdowns and status colours are applied only to columns this run created, so a
 *   second run finds nothing to do and adds no duplicate rules.
 * - New sheets are cut to their header plus room to type, so they do not eat into Sheets'
 *   10-million-cell limit.
 * - The "As of" date lives in row 1 of the Review Log, one column right of its headers
 *   (label, then the `KPI_AS_OF` cell). The Review Log only grows downwards, so the cell never
 *   collides with log rows, and the review job finds it by name, never by position.
 */
import { locateColumns, normaliseHeader } from '../../core/header-map';
import { columnLetter } from '../../core/column-letter';
import {
  AS_OF_RANGE_NAME,
  PEOPLE_SHEET,
  PERIODS_SHEET,
  PERSON_SCORECARD_SHEET,
  REGISTER_SHEET,
  RESULTS_SHEET,
  REVIEW_LOG_SHEET,
  SCORES_SHEET,
} from '../../core/sheet-layouts';
import { readSettings } from '../settings-store';
import { columnDropdown, statusColourRules } from './column-rules';
import type { SourceColumns } from '../../core/person-scorecard-layout';
import { listOf } from '../../core/english-list';
import { TEXT_FORMAT } from '../../core/cell-text';
import { markPeopleSheets } from '../people/actuals-reminders';
import { resultsFormulas, scoresFormulas, type PeopleColumns } from '../../core/people-formulas';
import { spreadsheetZone, todayIn } from '../spreadsheet-zone';
import { createPersonScorecard, isOwnPersonScorecard } from './person-scorecard';
import { upgradeRegister, type RegisterUpgrade } from './register-upgrade';
import { DATE_FORMAT, TABLE_SPECS, type TableSpec } from './sheet-specs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What one run of the setup changed. */
export interface SetupReport {
  createdSheets: string[];
  /** Headers added to sheets that already existed, per sheet. */
  addedColumns: Array<{ sheet: string; headers: string[] }>;
  /** Whether the `KPI_AS_OF` named range was created. */
  addedAsOf: boolean;
  /** What upgrading a register made by an earlier version changed, if anything. */
  upgrade: RegisterUpgrade | null;
}

/** Sheets' size for a new sheet. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
/** Spare columns a new table keeps to the right of its headers for the user's own. */
const ROOM_COLUMNS = 4;

/** A table sheet as found before anything is written. */
interface Found {
  spec: TableSpec;
  sheet: Sheet | null;
  lastColumn: number;
  headerRow: unknown[];
}

/**
 * Makes sure the add-on's sheets, headers, formats, dropdowns, status colours and the `KPI_AS_OF`
 * cell exist, adding only what is missing, and ends with the KPI Register active. Refuses, writing
 * nothing, when a sheet of one of the add-on's names is a user's own. Call it under the document
 * lock.
 *
 * @example ensureAddonSheets(SpreadsheetApp.getActiveSpreadsheet()).createdSheets // → ['KPI Register', ...] on a new spreadsheet
 */
export function ensureAddonSheets(spreadsheet: Spreadsheet): SetupReport {
  const found = TABLE_SPECS.map((spec) => inspect(spreadsheet, spec));
  const personScorecard = spreadsheet.getSheetByName(PERSON_SCORECARD_SHEET);
  refuseForeignSheets(found, personScorecard !== null && !isOwnPersonScorecard(personScorecard));

  const report: SetupReport = {
    createdSheets: [],
    addedColumns: [],
    addedAsOf: false,
    upgrade: null,
  };
  let categories: string[] | null = null;
  const categoryChoices = (): string[] => {
    categories ??= readSettings(spreadsheet).categories;
    return categories;
  };
  const sheets = new Map<string, Sheet>();
  let registerAdded: string[] = [];
  for (const item of found) {
    const { sheet, added, created } = ensureHeaders(spreadsheet, item);
    sheets.set(item.spec.name, sheet);
    if (created) report.createdSheets.push(item.spec.name);
    else if (added.length)
      report.addedColumns.push({ sheet: item.spec.name, headers: added.map((a) => a.header) });
    if (added.length)
      styleNewColumns(spreadsheet, sheet, item.spec, added, created, categoryChoices);
    if (item.spec.name === REGISTER_SHEET && !created && added.length)
      registerAdded = added.map((column) => column.header);
  }
  // After every sheet exists: the upgrade logs to the Review Log.
  const register = sheets.get(REGISTER_SHEET);
  if (register && registerAdded.length)
    report.upgrade = upgradeRegister(spreadsheet, register, registerAdded);
  const reviewLog = sheets.get(REVIEW_LOG_SHEET);
  if (reviewLog && !spreadsheet.getRangeByName(AS_OF_RANGE_NAME)) {
    addAsOfCell(spreadsheet, reviewLog);
    report.addedAsOf = true;
  }
  if (createPersonScorecard(spreadsheet, sourceColumns(found)))
    report.createdSheets.push(PERSON_SCORECARD_SHEET);
  // A new Scores or Results sheet gets its array formulas: one per column it scores.
  const columns = peopleColumnsOf(found);
  const placed = [
    ...(report.createdSheets.includes(SCORES_SHEET)
      ? scoresFormulas(columns).map((formula) => ({ sheet: SCORES_SHEET, formula }))
      : []),
    ...(report.createdSheets.includes(RESULTS_SHEET)
      ? resultsFormulas(columns, 2, readSettings(spreadsheet).minCoverage).map((formula) => ({
          sheet: RESULTS_SHEET,
          formula,
        }))
      : []),
  ];
  for (const { sheet, formula } of placed)
    sheets.get(sheet)?.getRange(formula.row, formula.column).setFormula(formula.formula);
  if (sheets.has(PERIODS_SHEET)) markPeopleSheets(spreadsheet);
  // Inserting a sheet makes it the active one, which would leave the last one created in view;
  // the register is where people start.
  sheets.get(REGISTER_SHEET)?.activate();
  return report;
}

/**
 * The toast text for a setup run.
 *
 * @example describeSetup({ createdSheets: [], addedColumns: [], addedAsOf: false, upgrade: null }) // → 'Your sheets are already set up — nothing was changed.'
 */
export function describeSetup(report: SetupReport): string {
  const parts: string[] = [];
  if (report.createdSheets.length) parts.push(`Created ${listOf(report.createdSheets)}.`);
  for (const { sheet, headers } of report.addedColumns) {
    parts.push(
      `Added ${headers.map((header) => `"${header}"`).join(', ')} at the end of ${sheet}.`,
    );
  }
  if (report.upgrade?.summary) parts.push(report.upgrade.summary);
  if (report.addedAsOf)
    parts.push(
      `Added the "As of" date beside the ${REVIEW_LOG_SHEET} headers: review and pace formulas read it, and the daily check keeps it at today.`,
    );
  if (!parts.length) return 'Your sheets are already set up — nothing was changed.';
  return `${parts.join(' ')} Your own sheets, columns and rows were left as they were.`;
}

function inspect(spreadsheet: Spreadsheet, spec: TableSpec): Found {
  const sheet = spreadsheet.getSheetByName(spec.name);
  const lastColumn = sheet ? sheet.getLastColumn() : 0;
  return { spec, sheet, lastColumn, headerRow: readHeaderRow(sheet, lastColumn) };
}

/**
 * A sheet is the add-on's when it is empty or has one of the table's identifying headers; any
 * other sheet of that name is a user's, and setup stops before writing anything.
 */
function refuseForeignSheets(found: readonly Found[], foreignPersonScorecard: boolean): void {
  const foreign = found.filter(({ spec, sheet, lastColumn, headerRow }) => {
    if (!sheet || lastColumn === 0) return false;
    const headers = new Set(headerRow.map(normaliseHeader));
    return !spec.identifying.some((header) => headers.has(normaliseHeader(header)));
  });
  const reasons = foreign.map(
    ({ spec }) => `"${spec.name}" has no "${spec.identifying[0]}" column`,
  );
  if (foreignPersonScorecard) {
    reasons.push(`"${PERSON_SCORECARD_SHEET}" does not start with the add-on's title`);
  }
  if (!reasons.length) return;
  const count = reasons.length;
  throw new Error(
    `Set up sheets changed nothing: ${count === 1 ? 'a sheet' : `${count} sheets`} with the add-on's names ${count === 1 ? 'is' : 'are'} your own (${reasons.join('; ')}). ` +
      'Rename or move your sheet, then run Set up sheets again — the add-on never takes over or overwrites a sheet it did not make.',
  );
}

/** The 1-based column of each header of a table once setup has added the missing ones. */
function finalColumns(item: Found): Record<string, number> {
  const columns: Record<string, number> = {};
  const { index, missing } = locateColumns(item.headerRow, item.spec.headers);
  for (const [header, column] of Object.entries(index)) columns[header] = (column as number) + 1;
  missing.forEach((header, offset) => (columns[header] = item.lastColumn + 1 + offset));
  return columns;
}

/** Where the people formulas find what they read, once setup has added the missing headers. */
function peopleColumnsOf(found: readonly Found[]): PeopleColumns {
  const of = (name: string): Record<string, number> => {
    const item = found.find((candidate) => candidate.spec.name === name);
    return item ? finalColumns(item) : {};
  };
  return {
    scores: of(SCORES_SHEET),
    results: of(RESULTS_SHEET),
    periods: of(PERIODS_SHEET),
    people: of(PEOPLE_SHEET),
    register: of(REGISTER_SHEET),
  } as PeopleColumns;
}

/** Where the Person Scorecard finds what it shows. */
function sourceColumns(found: readonly Found[]): SourceColumns {
  const of = (name: string): Record<string, number> => {
    const item = found.find((candidate) => candidate.spec.name === name);
    return item ? finalColumns(item) : {};
  };
  return {
    people: of(PEOPLE_SHEET),
    periods: of(PERIODS_SHEET),
    scores: of(SCORES_SHEET),
    results: of(RESULTS_SHEET),
  } as SourceColumns;
}

interface AddedColumn {
  header: string;
  /** 1-based. */
  column: number;
}

function ensureHeaders(
  spreadsheet: Spreadsheet,
  found: Found,
): { sheet: Sheet; added: AddedColumn[]; created: boolean } {
  const { spec, lastColumn, headerRow } = found;
  const sheet = found.sheet ?? spreadsheet.insertSheet(spec.name);
  const { missing } = locateColumns(headerRow, spec.headers);
  if (!missing.length) return { sheet, added: [], created: false };

  if (!found.sheet) trimNewSheet(sheet, spec);
  const maxColumns = found.sheet ? sheet.getMaxColumns() : spec.headers.length + ROOM_COLUMNS;
  const needed = lastColumn + missing.length;
  if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const range = sheet.getRange(1, lastColumn + 1, 1, missing.length);
  range.setValues([missing]);
  range.setFontWeight('bold');
  // A sheet whose whole header row is new gets the frozen header; an existing one keeps its view.
  if (lastColumn === 0) {
    sheet.setFrozenRows(1);
    if (spec.frozenColumns) sheet.setFrozenColumns(spec.frozenColumns);
  }
  return {
    sheet,
    added: missing.map((header, offset) => ({ header, column: lastColumn + 1 + offset })),
    created: !found.sheet,
  };
}

/** Cuts a sheet Sheets just made (1000 × 26) to the header, room to type and spare columns. */
function trimNewSheet(sheet: Sheet, spec: TableSpec): void {
  const rows = 1 + spec.roomRows;
  if (rows < NEW_SHEET_ROWS) sheet.deleteRows(rows + 1, NEW_SHEET_ROWS - rows);
  const columns = spec.headers.length + ROOM_COLUMNS;
  if (columns < NEW_SHEET_COLUMNS) sheet.deleteColumns(columns + 1, NEW_SHEET_COLUMNS - columns);
}

/** Row 1 up to `lastColumn` (the sheet's last used column); none on an empty sheet. */
function readHeaderRow(sheet: Sheet | null, lastColumn: number): unknown[] {
  return sheet && lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
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
  const column = locateColumns(headerRow, ['Category']).index.Category;
  if (column === undefined) return false;
  sheet
    .getRange(columnBody(column + 1))
    .setDataValidation(columnDropdown('category', { categories: () => [...categories] }));
  return true;
}

function styleNewColumns(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  spec: TableSpec,
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
    if (style.dropdown) {
      const rule = columnDropdown(style.dropdown, {
        categories: categoryChoices,
        registerRoles: () => registerRoleColumn(spreadsheet),
      });
      if (rule) sheet.getRange(body).setDataValidation(rule);
    }
    if (style.statusColours) {
      sheet.setConditionalFormatRules([
        ...sheet.getConditionalFormatRules(),
        ...statusColourRules(sheet.getRange(body)),
      ]);
    }
  }
  for (const [format, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(format);
  if (created) sheet.getRange(1, 1, 1, added.length).setBackground('#e8eaed');
}

/** The register's Role column below its header, for People's Role dropdown; null without one. */
function registerRoleColumn(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Range | null {
  const register = spreadsheet.getSheetByName(REGISTER_SHEET);
  if (!register) return null;
  const column = locateColumns(readHeaderRow(register, register.getLastColumn()), ['Role']).index
    .Role;
  return column === undefined ? null : register.getRange(columnBody(column + 1));
}

/** The column below the header, open-ended so rows added later are covered too. */
function columnBody(column: number): string {
  const letter = columnLetter(column);
  return `${letter}2:${letter}`;
}

function addAsOfCell(spreadsheet: Spreadsheet, reviewLog: Sheet): void {
  const labelColumn = reviewLog.getLastColumn() + 2;
  const maxColumns = reviewLog.getMaxColumns();
  if (labelColumn + 1 > maxColumns) {
    reviewLog.insertColumnsAfter(maxColumns, labelColumn + 1 - maxColumns);
  }
  const cells = reviewLog.getRange(1, labelColumn, 1, 2);
  cells.setValues([['As of', todayIn(spreadsheetZone(spreadsheet)).cell]]);
  cells.setNumberFormats([[TEXT_FORMAT, DATE_FORMAT]]);
  cells.setFontWeights([['bold', 'normal']]);
  spreadsheet.setNamedRange(AS_OF_RANGE_NAME, reviewLog.getRange(1, labelColumn + 1));
}
