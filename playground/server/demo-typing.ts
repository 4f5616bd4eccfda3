/**
 * What a person types or pastes into the demo company's sheets: rows under a sheet's headers,
 * found by header text as the add-on finds them, never by position.
 *
 * Decisions:
 * - Rows go in as one block, as a paste would; a header the sheet lacks is left out, never
 *   added. Calendar days become dates at midnight in the spreadsheet's time zone, as typing
 *   `2027-03-31` into a cell does.
 */
import type { EmulatedSpreadsheet } from '../../emulator/index';
import { zonedTimeToDate } from '../../emulator/date-format';
import type { CalendarDate } from '../../src/core/calendar-date';

/** A sheet of the demo's spreadsheet. */
export type EmulatedSheet = NonNullable<ReturnType<EmulatedSpreadsheet['getSheetByName']>>;

/** A value as typed: text, a number, a calendar day or a date-time. */
export type TypedValue = string | number | CalendarDate | Date;

function normalise(text: unknown): string {
  return String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

function isCalendarDate(value: TypedValue): value is CalendarDate {
  return typeof value === 'object' && !(value instanceof Date);
}

/**
 * The sheet of that name, or an error saying which entry point should have made it.
 *
 * @example requireDemoSheet(spreadsheet, 'People', 'Set up sheets')
 */
export function requireDemoSheet(
  spreadsheet: EmulatedSpreadsheet,
  name: string,
  madeBy: string,
): EmulatedSheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`${madeBy} did not create the ${name} sheet.`);
  return sheet;
}

/**
 * A header's 1-based column in a header row (case- and space-insensitive, as the add-on does).
 *
 * @example columnOf(['KPI ID', 'Role'], 'role') // → 2
 */
export function columnOf(headers: readonly unknown[], header: string): number | undefined {
  const index = headers.findIndex((cell) => normalise(cell) === normalise(header));
  return index >= 0 ? index + 1 : undefined;
}

/** Row 1 of a sheet: its headers. */
export function headersOf(sheet: EmulatedSheet): unknown[] {
  return sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? [];
}

/**
 * Pastes records under the sheet's headers, below its last row, in one block.
 *
 * @example pasteRecords(spreadsheet, people, [{ 'Employee ID': 'NW-1001', Name: 'Priya Raman' }])
 */
export function pasteRecords(
  spreadsheet: EmulatedSpreadsheet,
  sheet: EmulatedSheet,
  records: ReadonlyArray<Readonly<Record<string, TypedValue>>>,
): void {
  if (records.length === 0) return;
  const headers = headersOf(sheet);
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const rows = records.map((record) => {
    const row: unknown[] = headers.map(() => '');
    for (const [header, value] of Object.entries(record)) {
      const column = columnOf(headers, header);
      if (column) row[column - 1] = typed(value, zone);
    }
    return row;
  });
  sheet
    .getRange(Math.max(sheet.getLastRow(), 1) + 1, 1, rows.length, headers.length)
    .setValues(rows);
}

/**
 * Types one value into the column under `header` of every data row `pick` chooses.
 *
 * @example typeInColumn(spreadsheet, people, 'Status', (cells) => cells['Employee ID'] === 'NW-1016' ? 'Left' : undefined)
 */
export function typeInColumn(
  spreadsheet: EmulatedSpreadsheet,
  sheet: EmulatedSheet,
  header: string,
  pick: (cells: Readonly<Record<string, unknown>>, index: number) => TypedValue | undefined,
): number {
  const headers = headersOf(sheet);
  const column = columnOf(headers, header);
  if (!column) throw new Error(`The ${sheet.getName()} sheet has no "${header}" column.`);
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const last = sheet.getLastRow();
  if (last < 2) return 0;
  const grid = sheet.getRange(2, 1, last - 1, headers.length).getValues();
  let typedCount = 0;
  grid.forEach((line, index) => {
    const cells = Object.fromEntries(headers.map((name, at) => [String(name), line[at]]));
    const value = pick(cells, index);
    if (value === undefined) return;
    sheet.getRange(index + 2, column).setValue(typed(value, zone));
    typedCount++;
  });
  return typedCount;
}

/**
 * The moment a calendar day starts in the spreadsheet's time zone: what a typed date holds.
 *
 * @example dayStart({ year: 2027, month: 3, day: 31 }, 'Europe/London')
 */
export function dayStart(day: CalendarDate, timeZone: string): Date {
  return zonedTimeToDate(day.year, day.month, day.day, 0, 0, 0, timeZone);
}

function typed(value: TypedValue, timeZone: string): string | number | Date {
  return isCalendarDate(value) ? dayStart(value, timeZone) : value;
}
