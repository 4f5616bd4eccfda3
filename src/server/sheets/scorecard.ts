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
  earlierScorecardSheetName,
  MAX_SCORECARD_VERSIONS,
  scorecardSheetName,
  supersededSheetName,
  versionedSheetName,
  versionOfSheetName,
} from '../../core/scorecard-sheet-names';
import type { WriteJournal } from '../write-journal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' size for a new sheet. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
/** Blank rows kept below the scorecard for notes. */
export const SCORECARD_ROOM_ROWS = 20;

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
  const keptRows = height + SCORECARD_ROOM_ROWS;
  if (keptRows < NEW_SHEET_ROWS) sheet.deleteRows(keptRows + 1, NEW_SHEET_ROWS - keptRows);
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
  // The KPI column stays in view while a manager scrolls across the periods.
  sheet.setFrozenColumns(1);
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
  sheet: Sheet;
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
  const bases = [...new Set([scorecardSheetName(role), earlierScorecardSheetName(role)])];
  const candidates: Array<{ sheet: Sheet; name: string; version: number }> = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    for (const base of bases) {
      const version = versionOfSheetName(name, base);
      if (version !== null) candidates.push({ sheet, name, version });
    }
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
  return {
    sheet,
    sheetName: name,
    jobSummary: content.jobSummary,
    periods: content.periods,
    content,
  };
}

/**
 * Renames a scorecard that a newer version replaces to "Role (until YYYY-MM-DD)" and notes in its
 * first row which sheet is in use now; its actuals and scores stay as they are. Returns the name
 * it took.
 *
 * @example supersedeScorecard(spreadsheet, previous, 'Analyst', '2026-12-01', journal) // → 'Analyst (until 2026-12-01)'
 */
export function supersedeScorecard(
  spreadsheet: Spreadsheet,
  previous: ScorecardSummary,
  role: string,
  day: string,
  journal: WriteJournal,
): string {
  const base = scorecardSheetName(role);
  let name = supersededSheetName(base, day, 1);
  for (let attempt = 2; spreadsheet.getSheetByName(name) !== null; attempt++) {
    if (attempt > MAX_SCORECARD_VERSIONS)
      throw new Error(
        `Too many scorecards of "${role}" were replaced on ${day}. Delete or rename old versions, then try again.`,
      );
    name = supersededSheetName(base, day, attempt);
  }
  const { sheet } = previous;
  sheet.setName(name);
  journal.onUndo(() => sheet.setName(previous.sheetName));
  return name;
}

/**
 * Marks a replaced scorecard in its first row with the sheet now in use.
 *
 * @example markSuperseded(previous.sheet, 'Analyst', '2026-12-01', journal)
 */
export function markSuperseded(
  sheet: Sheet,
  current: string,
  day: string,
  journal: WriteJournal,
): void {
  const cell = sheet.getRange(1, SUPERSEDED_NOTE_COLUMN);
  cell.setValue(
    `Superseded on ${day}: the scorecard in use is "${current}". Actuals here are kept.`,
  );
  journal.onUndo(() => cell.clearContent());
}

/** Row 1 holds the title and the role in A–B; the note goes beside them. */
const SUPERSEDED_NOTE_COLUMN = 3;
