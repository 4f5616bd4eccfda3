/**
 * Making room on a sheet before a big write, in a known number of calls: an append that runs
 * past the sheet's last row would be refused, and an array formula whose results run past it is
 * a #REF! in Sheets.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows added beyond what is needed, so the next additions fit without growing again. */
export const SPARE_ROWS = 200;

/**
 * Grows the sheet so it has at least `lastRow` rows (plus spare rows when it must grow).
 *
 * @example ensureRows(scores, 60_001) // adds rows when the sheet has fewer
 */
export function ensureRows(sheet: Sheet, lastRow: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows + SPARE_ROWS);
}
