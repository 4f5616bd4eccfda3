/**
 * Writing a role's scorecard sheet from its computed layout, in a fixed handful of calls.
 * An existing sheet is never touched: a taken name moves on to "Role (2)", "Role (3)"….
 *
 * Decisions:
 * - The sheet is inserted before anything else of a role is written, so a refusal (a taken name
 *   on every version, the spreadsheet's cell limit) leaves the spreadsheet as it was.
 * - Asking for every sheet's name first would cost one call per sheet; instead the insert is
 *   tried, and when Sheets refuses it the spreadsheet is asked whether the name is taken. The
 *   refusal's own text is never read: it is in the user's language.
 */
import {
  PERCENT_ENTRY_HELP,
  readScorecardContent,
  SCORECARD_TABLE_HEADER_ROW,
  type ScorecardContent,
  type ScorecardLayout,
} from '../../core/scorecard-layout';
import {
  MAX_SCORECARD_VERSIONS,
  scorecardSheetName,
  versionedSheetName,
  versionOfSheetName,
} from '../../core/sheet-names';
import type { WriteJournal } from '../write-journal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' size for a new sheet. */
const NEW_SHEET_COLUMNS = 26;

/**
 * Creates the scorecard sheet for a role and writes its layout; returns the sheet's name.
 *
 * @example writeScorecard(spreadsheet, 'Account Executive', scorecardLayout(template)) // → 'Account Executive (2)' when the name was taken
 */
export function writeScorecard(
  spreadsheet: Spreadsheet,
  role: string,
  layout: ScorecardLayout,
  journal?: WriteJournal,
): string {
  const { sheet, name } = insertUniqueSheet(spreadsheet, scorecardSheetName(role));
  journal?.onUndo(() => spreadsheet.deleteSheet(sheet));
  const height = layout.values.length;
  const width = layout.values[0]?.length ?? 1;
  if (width > NEW_SHEET_COLUMNS)
    sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, width - NEW_SHEET_COLUMNS);

  const grid = sheet.getRange(1, 1, height, width);
  grid.setValues(layout.values);
  grid.setNumberFormats(layout.numberFormats);
  grid.setFontWeights(layout.fontWeights);
  grid.setDataValidations(percentEntryRules(layout.percentEntryChecks));
  const { row, column, cells } = layout.formulas;
  sheet.getRange(row, column, cells.length, cells[0]?.length ?? 1).setFormulas(cells);
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setColumnWidth(1, layout.kpiColumnWidth);
  return name;
}

/**
 * One rule per checked cell, each with its own formula: `setDataValidations` applies every rule
 * to its own cell, so each formula is read from that cell (see `percentEntryCheck`). The value is
 * still accepted — Sheets marks the cell and shows the help text — since a fraction can be right.
 * Builders do not count as spreadsheet calls; only the one `setDataValidations` does.
 */
function percentEntryRules(
  checks: ReadonlyArray<ReadonlyArray<string | null>>,
): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
  return checks.map((cells) =>
    cells.map((formula) =>
      formula === null
        ? null
        : SpreadsheetApp.newDataValidation()
            .requireFormulaSatisfied(formula)
            .setAllowInvalid(true)
            .setHelpText(PERCENT_ENTRY_HELP)
            .build(),
    ),
  );
}

/**
 * Inserts a sheet under the first free versioned name (see the Decisions above).
 */
function insertUniqueSheet(spreadsheet: Spreadsheet, base: string): { sheet: Sheet; name: string } {
  for (let version = 1; version <= MAX_SCORECARD_VERSIONS; version++) {
    const name = versionedSheetName(base, version);
    try {
      return { sheet: spreadsheet.insertSheet(name), name };
    } catch (error) {
      if (spreadsheet.getSheetByName(name) === null) throw error;
    }
  }
  throw new Error(
    `There are already ${MAX_SCORECARD_VERSIONS} sheets named like "${base}". Delete or rename old versions, then try again.`,
  );
}

/** What a scorecard sheet tells about its role beyond the register. */
export interface ScorecardSummary {
  sheetName: string;
  jobSummary: string;
  periods: string[];
  /** Everything the sheet shows, with the actuals typed into it. */
  content: ScorecardContent;
}

/**
 * The role's latest scorecard — the highest-numbered sheet named after the role whose title cells
 * still name it — read back in one batch, or `null` when there is none (e.g. it was renamed or
 * deleted).
 *
 * @example findScorecard(spreadsheet, 'Analyst')?.periods // → ['Q1', 'Q2', 'Q3', 'Q4']
 */
export function findScorecard(spreadsheet: Spreadsheet, role: string): ScorecardSummary | null {
  const base = scorecardSheetName(role);
  const candidates: Array<{ sheet: Sheet; name: string; version: number }> = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    const version = versionOfSheetName(name, base);
    if (version !== null) candidates.push({ sheet, name, version });
  }
  candidates.sort((a, b) => b.version - a.version);
  for (const { sheet, name } of candidates) {
    const summary = readScorecard(sheet, name, role);
    if (summary) return summary;
  }
  return null;
}

function readScorecard(sheet: Sheet, name: string, role: string): ScorecardSummary | null {
  const width = sheet.getLastColumn();
  const height = sheet.getLastRow();
  if (width < 2 || height < SCORECARD_TABLE_HEADER_ROW) return null;
  const content = readScorecardContent(sheet.getRange(1, 1, height, width).getValues());
  if (!content || content.role.trim().toLowerCase() !== role.trim().toLowerCase()) return null;
  return { sheetName: name, jobSummary: content.jobSummary, periods: content.periods, content };
}
