/**
 * "Mark selected KPIs reviewed": stamps today's date in Last reviewed for the selected rows of
 * the KPI Register, refreshes their Next review and Review status, and logs a Reviewed entry per
 * KPI. Only the selected Last reviewed cells are written; rows between selected ones keep their
 * Next review and Review status exactly as they were (recomputing them here would mark a KPI
 * Overdue without the log entry the daily check makes for it).
 */
import { calendarDateInZone, formatCalendarDate, startOfDayInZone } from '../../core/review-dates';
import { reviewRegister, type ReviewedKpi } from '../../core/review-job';
import { planReviewWrites } from '../../core/review-writes';
import { REGISTER_SHEET } from '../../core/sheet-layouts';
import { readSettings } from '../settings-store';
import { appendReviewLog } from '../sheets/review-log';
import { readSheetValues } from '../sheets/table';
import { columnLetters, readReviewColumns, writeBlocks } from './register-writes';

/** What the Review Log's By column says for these entries. */
export const MARK_REVIEWED_BY = 'Mark selected KPIs reviewed';

/** What was marked, for the confirmation message. */
export interface MarkedReviews {
  /** The day stamped, `yyyy-mm-dd` in the spreadsheet's zone. */
  day: string;
  kpis: Array<{ kpiId: string; kpi: string; nextReview: string; status: string }>;
}

/**
 * Marks the KPIs in the selected register rows as reviewed today.
 *
 * @example
 * markSelectionReviewed(SpreadsheetApp.getActiveSpreadsheet()).kpis.length // 3
 */
export function markSelectionReviewed(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): MarkedReviews {
  const sheet = spreadsheet.getActiveSheet();
  const selection = spreadsheet.getActiveRangeList();
  if (sheet.getName() !== REGISTER_SHEET || selection === null) {
    throw new Error(
      `Select the KPI rows to mark on the "${REGISTER_SHEET}" sheet (any cell of each row), then choose Mark selected KPIs reviewed again.`,
    );
  }
  const selectedRows = new Set<number>();
  for (const range of selection.getRanges()) {
    const first = range.getRow();
    const count = range.getNumRows();
    if (first === 1) {
      throw new Error(
        'The selection includes the header row. Select only KPI rows (row 2 and below), then try again.',
      );
    }
    for (let row = first; row < first + count; row++) selectedRows.add(row);
  }

  const values = readSheetValues(sheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = calendarDateInZone(new Date(), timeZone);
  const settings = readSettings(spreadsheet);
  const before = reviewRegister(values, {
    asOf: today,
    timeZone,
    dueSoonDays: settings.dueSoonDays,
  });
  const marked = before.kpis.filter((kpi) => selectedRows.has(kpi.rowIndex + 2));
  if (marked.length === 0) {
    throw new Error(
      `The selected rows hold no KPIs. Select rows of the "${REGISTER_SHEET}" that have a KPI, then try again.`,
    );
  }

  const todayCell = startOfDayInZone(today, timeZone);
  const lastReviewed = before.columns['Last reviewed'];
  const stamped = values.map((row) => [...row]);
  for (const kpi of marked) {
    (stamped[kpi.rowIndex + 1] as unknown[])[lastReviewed] = todayCell;
  }
  const after = reviewRegister(stamped, {
    asOf: today,
    timeZone,
    dueSoonDays: settings.dueSoonDays,
  });
  const markedRows = new Set(marked.map((kpi) => kpi.rowIndex));

  // Last reviewed: exactly the marked cells, whatever lies between them.
  const letters = columnLetters(lastReviewed + 1);
  sheet
    .getRangeList(rowSpans(marked).map(([from, to]) => `${letters}${from}:${letters}${to}`))
    .setValue(todayCell);

  // Next review / Review status: only the marked rows' cells (blank rows between them may be
  // written with blanks, which changes nothing), never over a formula.
  const nextColumn = before.columns['Next review'];
  const statusColumn = before.columns['Review status'];
  const firstIndex = Math.min(...markedRows);
  const lastIndex = Math.max(...markedRows);
  const read = readReviewColumns(sheet, lastIndex + 1, nextColumn, statusColumn);
  writeBlocks(
    sheet,
    planReviewWrites(
      {
        columns: { nextReview: nextColumn, status: statusColumn },
        values,
        formulas: read.formulas,
        cells: after.cells,
        kpiRows: values.slice(1).map((_row, index) => markedRows.has(index)),
      },
      firstIndex,
      lastIndex + 1,
    ),
    read,
  );

  const day = formatCalendarDate(today);
  const results = after.kpis.filter((kpi) => markedRows.has(kpi.rowIndex));
  const now = new Date();
  appendReviewLog(
    spreadsheet,
    results.map((kpi) => ({
      timestamp: now,
      kpiId: kpi.kpiId,
      role: kpi.role,
      kpi: kpi.kpi,
      event: 'Reviewed',
      detail: reviewedDetail(day, kpi),
      by: MARK_REVIEWED_BY,
    })),
  );
  return {
    day,
    kpis: results.map((kpi) => ({
      kpiId: kpi.kpiId,
      kpi: kpi.kpi,
      nextReview: kpi.nextReview ? formatCalendarDate(kpi.nextReview) : '',
      status: kpi.status,
    })),
  };
}

function reviewedDetail(day: string, kpi: ReviewedKpi): string {
  if (kpi.nextReview === null) return `Reviewed ${day}. ${kpi.problem}`.trim();
  return `Reviewed ${day}; next review ${formatCalendarDate(kpi.nextReview)}.`;
}

/** Consecutive sheet rows of the marked KPIs as [first, last] pairs. */
function rowSpans(kpis: readonly ReviewedKpi[]): Array<[number, number]> {
  const rows = kpis.map((kpi) => kpi.rowIndex + 2).sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (const row of rows) {
    const last = spans[spans.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else spans.push([row, row]);
  }
  return spans;
}
