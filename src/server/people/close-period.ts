/**
 * Sidebar: closing a review period — its Results rows frozen as values, its Scores rows
 * protected (warning-only, one protection per contiguous block), its State set to Closed, and a
 * Review Log entry.
 *
 * Decisions:
 * - Results keeps closed periods' rows as values above one live block of formulas (see
 *   core/people-formulas.ts), so the live KPIROLLUP reads only open periods and stays within
 *   Sheets' 30-second custom-function limit at capacity. Closing reads the period's rows from the
 *   live block, writes them as values over the block's first rows and the live formulas again
 *   just below. It never inserts rows above the block: Sheets would move every other sheet's
 *   references that start there ('Results'!C2:C becomes C32:C), and the Person Scorecard and the
 *   dashboard would lose the rows just frozen.
 * - Protections are warning-only: HR can still correct a closed period's row after a "Heads up"
 *   prompt, while nobody changes one by accident. Actuals for a closed period are refused by the
 *   server (see actuals.ts).
 */
import { formatCalendarDate } from '../../core/calendar-date';
import { resultsFormulas } from '../../core/people-formulas';
import { contiguousBlocks } from '../../core/row-blocks';
import { PERIODS_SHEET, RESULTS_SHEET } from '../../core/sheet-layouts';
import type { ClosePeriodResult } from '../../core/sidebar-api';
import { activeSpreadsheet, tell, withDocumentLock } from '../active-document';
import { readSettings } from '../settings-store';
import { spreadsheetZone, todayIn } from '../spreadsheet-zone';
import { appendReviewLog } from '../sheets/review-log';
import { writeCells } from '../sheets/table';
import { journaled } from '../write-journal';
import {
  peopleColumns,
  periodViews,
  readPeriodsTable,
  readScoresIndex,
  requireSheet,
} from './people-sheets';
import { liveResultsRow } from './results-block';
import { PERIODS_BY } from './start-period';
import { valuesToWriteBack } from '../../core/cell-text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Sidebar: closes an Open review period; refused when it is unknown or already Closed.
 *
 * @example closeReviewPeriod({ period: '2027-Q1' }).protectedBlocks // → 1
 */
export function closeReviewPeriod(request: unknown): ClosePeriodResult {
  const period =
    typeof request === 'object' &&
    request !== null &&
    typeof (request as { period?: unknown }).period === 'string'
      ? (request as { period: string }).period.trim()
      : '';
  if (!period) throw new Error('The period was not closed: choose the period to close.');
  const spreadsheet = activeSpreadsheet();
  const result = withDocumentLock(() => closePeriod(spreadsheet, period));
  tell(spreadsheet, result.message);
  return result;
}

function closePeriod(spreadsheet: Spreadsheet, period: string): ClosePeriodResult {
  const timeZone = spreadsheetZone(spreadsheet);
  const periods = readPeriodsTable(spreadsheet);
  const views = periodViews(periods, timeZone);
  const view = views.find((candidate) => candidate.period === period);
  const row = periods.rows.find(({ cells }) => String(cells.Period ?? '').trim() === period);
  if (!view || !row) {
    throw new Error(
      `The period was not closed: there is no period "${period}" on the ${PERIODS_SHEET} sheet.`,
    );
  }
  if (view.state === 'Closed') {
    throw new Error(`The period was not closed: ${period} is already Closed.`);
  }
  const columns = peopleColumns(spreadsheet);
  const results = requireSheet(spreadsheet, RESULTS_SHEET);
  const live = liveResultsRow(results, columns);
  const width = Math.max(...Object.values<number>(columns.results));
  const lastRow = results.getLastRow();
  const block =
    lastRow >= live ? results.getRange(live, 1, lastRow - live + 1, width).getValues() : [];
  const periodColumn = columns.results.Period - 1;
  const frozen = block.filter((line) => String(line[periodColumn] ?? '').trim() === period);
  const scores = readScoresIndex(spreadsheet);
  const rows = scores.keys.filter((key) => key.period === period).map((key) => key.row);
  const blocks = contiguousBlocks(rows);
  const today = todayIn(timeZone).iso;
  const minCoverage = readSettings(spreadsheet).minCoverage;

  journaled((journal) => {
    if (frozen.length) {
      // No rows are inserted above the live block: Sheets would move every other sheet's
      // 'Results'!C2:C reference down with them (the Person Scorecard's, the dashboard's). The
      // values overwrite the live block's first rows instead, and its formulas move below them.
      const newLive = live + frozen.length;
      const needed = live + frozen.length + block.length - 1;
      const maxRows = results.getMaxRows();
      if (needed > maxRows) results.insertRowsAfter(maxRows, needed - maxRows);
      journal.onUndo(() => {
        results.getRange(live, 1, newLive - live + 1, width).clearContent();
        for (const formula of resultsFormulas(columns, live, minCoverage))
          results.getRange(formula.row, formula.column).setFormula(formula.formula);
      });
      results.getRange(live, 1, frozen.length, width).setValues(valuesToWriteBack(frozen));
      for (const formula of resultsFormulas(columns, newLive, minCoverage))
        results.getRange(formula.row, formula.column).setFormula(formula.formula);
    }
    const lastColumn = Math.max(...Object.values<number>(scores.columns)) + 1;
    for (const [first, count] of blocks) {
      const protection = scores.sheet
        .getRange(first, 1, count, lastColumn)
        .protect()
        .setDescription(`${period} closed on ${today}: its scores are final.`)
        .setWarningOnly(true);
      journal.onUndo(() => protection.remove());
    }
    writeCells(periods, [{ row: row.row, cells: { State: 'Closed' } }], journal);
  });
  const message =
    `Closed ${period}: ${frozen.length} Results row${frozen.length === 1 ? '' : 's'} frozen as values, ` +
    `${rows.length} Scores row${rows.length === 1 ? '' : 's'} protected. Actuals can no longer be entered for it.`;
  appendReviewLog(spreadsheet, [
    {
      timestamp: new Date(),
      kpiId: '',
      role: '',
      kpi: '',
      event: 'Period closed',
      detail: `${message} Closed on ${formatCalendarDate(todayIn(timeZone).day)}.`,
      by: PERIODS_BY,
    },
  ]);
  return { ok: true, message, frozen: frozen.length, protectedBlocks: blocks.length };
}
