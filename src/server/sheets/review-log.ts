/**
 * The Review Log sheet: an append-only record of review events. Entries are added below the last
 * row in one batch, in whatever column order the log's header row has (users may reorder or add
 * columns); existing rows are never touched.
 */
import { toCellText } from '../../core/cell-text';
import { requireColumns } from '../../core/header-map';
import { REVIEW_LOG_HEADERS, REVIEW_LOG_SHEET } from '../../core/sheet-layouts';

/** What happened, as the Event column says it. */
export type ReviewLogEvent =
  | 'Overdue'
  | 'Reviewed'
  | 'Kept'
  | 'Revised'
  | 'Retired'
  | 'Renamed'
  | 'Objectives saved'
  | 'Register upgraded'
  | 'Period started'
  | 'Period closed'
  | 'Periods archived';

/** One line of the Review Log. */
export interface ReviewLogEntry {
  timestamp: Date;
  kpiId: string;
  role: string;
  kpi: string;
  event: ReviewLogEvent;
  detail: string;
  /** Who or what recorded it, e.g. "Daily review" or "Review selected KPIs". */
  by: string;
}

/**
 * Appends entries to the Review Log in one write; does nothing for an empty list. Creates the log
 * sheet with its header row when it is missing, so a deleted log never loses new events.
 *
 * @example
 * appendReviewLog(spreadsheet, [{ timestamp: new Date(), kpiId: 'KPI-0001', role: 'Recruiter', kpi: 'Time to hire', event: 'Overdue', detail: 'Review was due 2026-03-31', by: 'Daily review' }]);
 */
export function appendReviewLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entries: readonly ReviewLogEntry[],
): void {
  if (entries.length === 0) return;
  let sheet = spreadsheet.getSheetByName(REVIEW_LOG_SHEET);
  let header: unknown[];
  let lastRow: number;
  if (sheet === null) {
    sheet = spreadsheet.insertSheet(REVIEW_LOG_SHEET);
    header = [...REVIEW_LOG_HEADERS];
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    sheet.setFrozenRows(1);
    lastRow = 1;
  } else {
    lastRow = sheet.getLastRow();
    // The header row up to the last column with data, in one read; an empty sheet has none.
    header = lastRow > 0 ? (sheet.getSheetValues(1, 1, 1, -1)[0] ?? []) : [];
  }
  const { index } = requireColumns(header, REVIEW_LOG_HEADERS, REVIEW_LOG_SHEET);
  const width = Math.max(...Object.values<number>(index)) + 1;
  const rows = entries.map((entry) => {
    const row: Array<string | Date> = new Array<string | Date>(width).fill('');
    row[index.Timestamp] = entry.timestamp;
    row[index['KPI ID']] = toCellText(entry.kpiId);
    row[index.Role] = toCellText(entry.role);
    row[index.KPI] = toCellText(entry.kpi);
    row[index.Event] = entry.event;
    row[index.Detail] = toCellText(entry.detail);
    row[index.By] = toCellText(entry.by);
    return row;
  });
  // New rows are inserted below the last entry rather than written into the sheet's spare rows:
  // a sheet has a fixed number of rows, and a big first run can log more KPIs than it has left.
  // Blank cells of user columns in the new rows are written as "", which overwrites nothing.
  sheet.insertRowsAfter(lastRow, rows.length);
  sheet.getRange(lastRow + 1, 1, rows.length, width).setValues(rows);
}
