/**
 * Writing the review columns of the KPI Register: Next review and Review status for a span of
 * rows, as one range when the two columns are adjacent (as Set up sheets lays them out) and as
 * two otherwise. Only these two add-on-owned columns are ever written here.
 */

/**
 * Writes `[Next review, Review status]` cells for consecutive data rows starting at `firstRow`
 * (a sheet row number).
 *
 * @example
 * writeReviewColumns(sheet, { nextReview: 17, status: 18 }, 2, [[nextDate, 'Up to date']]);
 */
export function writeReviewColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: { nextReview: number; status: number },
  firstRow: number,
  cells: ReadonlyArray<readonly [unknown, unknown]>,
): void {
  if (cells.length === 0) return;
  const { nextReview, status } = columns;
  if (Math.abs(nextReview - status) === 1) {
    const rows = cells.map(([next, state]) =>
      nextReview < status ? [next, state] : [state, next],
    );
    sheet.getRange(firstRow, Math.min(nextReview, status) + 1, rows.length, 2).setValues(rows);
    return;
  }
  sheet
    .getRange(firstRow, nextReview + 1, cells.length, 1)
    .setValues(cells.map(([next]) => [next]));
  sheet
    .getRange(firstRow, status + 1, cells.length, 1)
    .setValues(cells.map(([, state]) => [state]));
}

/**
 * Column letters of a one-based column number, for A1 notation.
 *
 * @example
 * columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
