/**
 * Writing a role's scorecard sheet from its computed layout, in a fixed handful of calls.
 * An existing sheet is never touched: a taken name moves on to "Role (2)", "Role (3)"….
 */
import {
  PERCENT_ENTRY_HELP,
  readScorecardContent,
  SCORECARD_TABLE_HEADER_ROW,
  scorecardSheetName,
  type ScorecardContent,
  versionedSheetName,
  type ScorecardLayout,
} from '../../core/scorecard-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' default size for a new sheet. */
const NEW_SHEET_COLUMNS = 26;
/** Far more versions than anyone keeps; past it something else is wrong. */
const MAX_VERSIONS = 200;

/**
 * Creates the scorecard sheet for a role and writes its layout; returns the sheet's name.
 *
 * @example writeScorecard(spreadsheet, 'Account Executive', scorecardLayout(template)) // → 'Account Executive (2)' when the name was taken
 */
export function writeScorecard(
  spreadsheet: Spreadsheet,
  role: string,
  layout: ScorecardLayout,
): string {
  const { sheet, name } = insertUniqueSheet(spreadsheet, scorecardSheetName(role));
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
 * Inserts a sheet under the first free versioned name. Trying the insert and catching the
 * "already exists" refusal costs one call in the usual case, where listing every sheet's name
 * would cost one per sheet.
 */
function insertUniqueSheet(spreadsheet: Spreadsheet, base: string): { sheet: Sheet; name: string } {
  for (let version = 1; version <= MAX_VERSIONS; version++) {
    const name = versionedSheetName(base, version);
    try {
      return { sheet: spreadsheet.insertSheet(name), name };
    } catch (error) {
      if (!/already exists/i.test(String((error as Error).message))) throw error;
    }
  }
  throw new Error(
    `There are already ${MAX_VERSIONS} sheets named like "${base}". Delete or rename old versions, then try again.`,
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
    const version = versionOf(name, base);
    if (version !== null) candidates.push({ sheet, name, version });
  }
  candidates.sort((a, b) => b.version - a.version);
  for (const { sheet, name } of candidates) {
    const summary = readScorecard(sheet, name, role);
    if (summary) return summary;
  }
  return null;
}

/** Sheets treats names that differ only in case as the same name. */
function versionOf(name: string, base: string): number | null {
  const wanted = name.toLowerCase();
  for (let version = 1; version <= MAX_VERSIONS; version++) {
    if (versionedSheetName(base, version).toLowerCase() === wanted) return version;
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
