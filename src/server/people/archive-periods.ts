/**
 * Sidebar: archiving closed periods — their Scores and Results rows copied to a new spreadsheet,
 * the copy verified by reading it back, its address logged, and only then the rows removed, so
 * a spreadsheet that reached capacity makes room without losing history.
 *
 * Decisions:
 * - Resumable: what is done is kept in the document's properties (the archive's ID and how many
 *   rows it holds). Near the time limit the run stops between blocks of rows; running it again
 *   verifies the archive and continues removing the rows still there. Rows are found again by
 *   their period each time, so none is removed twice or lost.
 * - The copy holds values (scores as they were computed), a Scores and a Results sheet with the
 *   same headers, one write each.
 * - Rows are removed bottom-up in blocks of consecutive rows; afterwards the Scores formulas and
 *   the Results live block are written again where they now stand.
 */
import { requireColumns } from '../../core/header-map';
import { resultsFormulas, scoresFormulas } from '../../core/people-formulas';
import { listOf } from '../../core/english-list';
import { contiguousBlocks } from '../../core/row-blocks';
import { RESULTS_SHEET, SCORES_SHEET } from '../../core/sheet-layouts';
import type { ArchivePeriodsResult } from '../../core/sidebar-api';
import { activeSpreadsheet, tell, withDocumentLock } from '../active-document';
import { createDeadline, DEFAULT_TIME_BUDGET_MS, type Deadline } from '../review/spreadsheet-check';
import { readSettings } from '../settings-store';
import { spreadsheetZone, todayIn } from '../spreadsheet-zone';
import { appendReviewLog } from '../sheets/review-log';
import { peopleColumns, periodViews, readPeriodsTable, requireSheet } from './people-sheets';
import { liveResultsRow } from './results-block';
import { PERIODS_BY } from './start-period';
import { storedObject } from '../../core/stored-json';
import { valuesToWriteBack } from '../../core/cell-text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ARCHIVE_STATE_KEY = 'kpiFrameworkBuilder.archive';

/** An archive in progress. */
interface ArchiveState {
  periods: string[];
  archiveId: string;
  url: string;
  scoresRows: number;
  resultsRows: number;
}

/**
 * Sidebar: archives closed periods; call again when the result says it did not finish.
 *
 * @example archiveClosedPeriods({ periods: ['2026-Q1'] }).finished // → true
 */
export function archiveClosedPeriods(request: unknown): ArchivePeriodsResult {
  const periods = parsePeriods(request);
  const spreadsheet = activeSpreadsheet();
  const result = withDocumentLock(() =>
    archive(spreadsheet, periods, createDeadline(DEFAULT_TIME_BUDGET_MS)),
  );
  tell(spreadsheet, result.message);
  return result;
}

function parsePeriods(request: unknown): string[] {
  const list = (request as { periods?: unknown } | null)?.periods;
  if (!Array.isArray(list) || list.length === 0 || list.some((item) => typeof item !== 'string')) {
    throw new Error('Nothing was archived: choose one or more closed periods to archive.');
  }
  return [...new Set(list.map((item: string) => item.trim()).filter(Boolean))].sort();
}

function archive(
  spreadsheet: Spreadsheet,
  periods: string[],
  deadline: Deadline,
): ArchivePeriodsResult {
  const properties = PropertiesService.getDocumentProperties();
  const stored = readState(properties?.getProperty(ARCHIVE_STATE_KEY));
  if (stored && stored.periods.join('|') !== periods.join('|')) {
    throw new Error(
      `Nothing was archived: the archive of ${stored.periods.join(', ')} has not finished. Archive those periods again to finish it first.`,
    );
  }
  const timeZone = spreadsheetZone(spreadsheet);
  if (!stored) {
    const views = periodViews(readPeriodsTable(spreadsheet), timeZone);
    const problems = periods.flatMap((period) => {
      const view = views.find((candidate) => candidate.period === period);
      if (!view) return [`there is no period "${period}"`];
      if (view.state !== 'Closed') return [`${period} is still Open — close it first`];
      return [];
    });
    if (problems.length) throw new Error(`Nothing was archived: ${problems.join('; ')}.`);
  }
  const wanted = new Set(periods);
  const scoresSheet = requireSheet(spreadsheet, SCORES_SHEET);
  const resultsSheet = requireSheet(spreadsheet, RESULTS_SHEET);
  let state = stored;
  if (!state) {
    const scores = rowsOf(scoresSheet, wanted);
    const results = rowsOf(resultsSheet, wanted);
    const column = periodColumn(scores.header);
    const empty = periods.filter(
      (period) => !scores.rows.some((line) => String(line[column] ?? '').trim() === period),
    );
    if (empty.length) {
      throw new Error(
        `Nothing was archived: ${listOf(empty)} ${empty.length === 1 ? 'has' : 'have'} no Scores rows here — archived already, or never started. Choose the closed periods whose rows are still in this spreadsheet.`,
      );
    }
    const today = todayIn(timeZone).iso;
    const copy = SpreadsheetApp.create(
      `${spreadsheet.getName()} — archive of ${periods.join(', ')} (${today})`,
    );
    const archiveId = copy.getId();
    writeCopy(copy, scores.header, scores.rows, results.header, results.rows);
    state = {
      periods,
      archiveId,
      url: copy.getUrl(),
      scoresRows: scores.rows.length,
      resultsRows: results.rows.length,
    };
    verify(copy, state, scores.rows, results.rows);
    properties?.setProperty(ARCHIVE_STATE_KEY, JSON.stringify(state));
    appendReviewLog(spreadsheet, [
      {
        timestamp: new Date(),
        kpiId: '',
        role: '',
        kpi: '',
        event: 'Periods archived',
        detail: `${periods.join(', ')}: ${state.scoresRows} Scores and ${state.resultsRows} Results rows copied to ${state.url} and checked; removing them here.`,
        by: PERIODS_BY,
      },
    ]);
  } else {
    // Resuming: the copy must still hold what was copied before anything more is removed.
    verify(SpreadsheetApp.openById(state.archiveId), state, null, null);
  }
  const done =
    removeRows(scoresSheet, wanted, deadline) && removeRows(resultsSheet, wanted, deadline, true);
  repairFormulas(spreadsheet);
  if (!done) {
    return {
      ok: true,
      message: `Archiving stopped near the time limit; the copy is safe at ${state.url}. Archive the same periods again to finish removing their rows.`,
      url: state.url,
      scoresRows: state.scoresRows,
      resultsRows: state.resultsRows,
      finished: false,
    };
  }
  properties?.deleteProperty(ARCHIVE_STATE_KEY);
  return {
    ok: true,
    message: `Archived ${periods.join(', ')}: ${state.scoresRows} Scores and ${state.resultsRows} Results rows are in ${state.url} and were removed here.`,
    url: state.url,
    scoresRows: state.scoresRows,
    resultsRows: state.resultsRows,
    finished: true,
  };
}

/** The header and the rows of the given periods, values as they stand. */
function rowsOf(
  sheet: Sheet,
  periods: ReadonlySet<string>,
): { header: unknown[]; rows: unknown[][] } {
  const values = sheet.getDataRange().getValues();
  const header = values[0] ?? [];
  const column = periodColumn(header);
  const rows = values.slice(1).filter((line) => periods.has(String(line[column] ?? '').trim()));
  return { header, rows };
}

function writeCopy(
  copy: Spreadsheet,
  scoresHeader: unknown[],
  scores: unknown[][],
  resultsHeader: unknown[],
  results: unknown[][],
): void {
  const [first] = copy.getSheets();
  const scoresSheet = first ?? copy.insertSheet(SCORES_SHEET);
  scoresSheet.setName(SCORES_SHEET);
  const resultsSheet = copy.insertSheet(RESULTS_SHEET);
  for (const [sheet, header, rows] of [
    [scoresSheet, scoresHeader, scores],
    [resultsSheet, resultsHeader, results],
  ] as const) {
    const grid = [header, ...rows];
    const needed = grid.length;
    if (needed > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
    if (header.length > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
    sheet.getRange(1, 1, needed, header.length).setValues(valuesToWriteBack(grid));
    sheet.setFrozenRows(1);
  }
}

/** Reads the copy back: the row counts, and (right after copying) every cell, must match. */
function verify(
  copy: Spreadsheet,
  state: ArchiveState,
  scores: unknown[][] | null,
  results: unknown[][] | null,
): void {
  for (const [name, count, rows] of [
    [SCORES_SHEET, state.scoresRows, scores],
    [RESULTS_SHEET, state.resultsRows, results],
  ] as const) {
    const sheet = copy.getSheetByName(name);
    const values = sheet ? sheet.getDataRange().getValues().slice(1) : null;
    const same =
      values !== null &&
      values.length === count &&
      (rows === null || values.every((line, index) => sameRow(line, rows[index] ?? [])));
    if (!same) {
      throw new Error(
        `Nothing more was removed: the archive at ${state.url} does not hold the ${count} ${name} rows copied to it. Check it, then archive again.`,
      );
    }
  }
}

function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length >= b.length && b.every((cell, index) => sameCell(a[index], cell));
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return (
      Object.prototype.toString.call(a) === '[object Date]' &&
      Object.prototype.toString.call(b) === '[object Date]' &&
      (a as Date).getTime() === (b as Date).getTime()
    );
  }
  return a === b;
}

/**
 * Removes the periods' rows bottom-up in blocks; false when it stopped at the deadline. Results
 * rows of closed periods are the frozen ones above the live block; the live block is never cut.
 */
function removeRows(
  sheet: Sheet,
  periods: ReadonlySet<string>,
  deadline: Deadline,
  frozenOnly = false,
): boolean {
  const values = sheet.getDataRange().getValues();
  const column = periodColumn(values[0] ?? []);
  const formulas = frozenOnly ? sheet.getRange(1, column + 1, values.length, 1).getFormulas() : [];
  const live = frozenOnly ? formulas.findIndex((line) => /KPIROLLUP\(/i.test(line[0] ?? '')) : -1;
  const rows: number[] = [];
  values.forEach((line, index) => {
    if (index === 0) return;
    if (frozenOnly && live >= 0 && index >= live) return;
    if (periods.has(String(line[column] ?? '').trim())) rows.push(index + 1);
  });
  const blocks = contiguousBlocks(rows).reverse();
  for (const [first, count] of blocks) {
    sheet.deleteRows(first, count);
    if (deadline.expired()) return false;
  }
  return true;
}

/** Writes the Scores formulas and the Results live block again where they now stand. */
function repairFormulas(spreadsheet: Spreadsheet): void {
  const columns = peopleColumns(spreadsheet);
  const scores = requireSheet(spreadsheet, SCORES_SHEET);
  for (const formula of scoresFormulas(columns)) {
    const cell = scores.getRange(formula.row, formula.column);
    if (cell.getFormula() !== formula.formula && cell.getValue() === '')
      cell.setFormula(formula.formula);
  }
  const results = requireSheet(spreadsheet, RESULTS_SHEET);
  const live = liveResultsRow(results, columns);
  for (const formula of resultsFormulas(columns, live, readSettings(spreadsheet).minCoverage))
    results.getRange(formula.row, formula.column).setFormula(formula.formula);
}

/** The 0-based Period column of a header row (found by header, wherever it stands). */
function periodColumn(header: readonly unknown[]): number {
  const { index } = requireColumns(header, ['Period'], 'Scores or Results');
  return index.Period;
}

function readState(text: string | null | undefined): ArchiveState | null {
  // A damaged record is no archive in progress.
  const parsed = storedObject(text);
  if (
    parsed &&
    Array.isArray(parsed.periods) &&
    typeof parsed.archiveId === 'string' &&
    typeof parsed.url === 'string' &&
    typeof parsed.scoresRows === 'number' &&
    typeof parsed.resultsRows === 'number'
  )
    return parsed as unknown as ArchiveState;
  return null;
}
