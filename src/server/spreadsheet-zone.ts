/**
 * The spreadsheet's time zone, in which every date the add-on writes is a calendar day.
 *
 * Decisions:
 * - Creating a role must stay within its budget of spreadsheet calls, and reading the zone is
 *   one. The sidebar reads the zone when it opens (it needs it anyway, for dates it shows) and
 *   remembers it in the document's properties, which cost no spreadsheet call; a role created
 *   afterwards reads it from there, and asks the spreadsheet only when nothing is remembered.
 * - A zone changed in File > Settings while the sidebar is open is picked up the next time the
 *   sidebar opens.
 */
import { calendarDateInZone, startOfDayInZone } from '../core/time-zone';
import { formatCalendarDate, type CalendarDate } from '../core/calendar-date';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ZONE_KEY = 'kpiFrameworkBuilder.timeZone';

/**
 * Reads the spreadsheet's zone from the spreadsheet and remembers it.
 *
 * @example rememberSpreadsheetZone(spreadsheet) // → 'Europe/London'
 */
export function rememberSpreadsheetZone(spreadsheet: Spreadsheet): string {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const properties = PropertiesService.getDocumentProperties();
  if (properties && properties.getProperty(ZONE_KEY) !== timeZone)
    properties.setProperty(ZONE_KEY, timeZone);
  return timeZone;
}

/**
 * The spreadsheet's zone as last remembered, read from the spreadsheet when nothing is.
 *
 * @example spreadsheetZone(spreadsheet) // → 'Europe/London'
 */
export function spreadsheetZone(spreadsheet: Spreadsheet): string {
  const remembered = PropertiesService.getDocumentProperties()?.getProperty(ZONE_KEY);
  return remembered || rememberSpreadsheetZone(spreadsheet);
}

/** Today in a spreadsheet's zone: the calendar day, its `yyyy-mm-dd` text and its first instant. */
export interface SpreadsheetToday {
  day: CalendarDate;
  iso: string;
  /** Midnight at the start of the day in the spreadsheet's zone, as a date cell holds it. */
  cell: Date;
  timeZone: string;
}

/**
 * Today as the spreadsheet's calendar shows it.
 *
 * @example todayIn('Pacific/Auckland').iso // → '2026-12-02' while it is still 1 December in London
 */
export function todayIn(timeZone: string): SpreadsheetToday {
  const day = calendarDateInZone(new Date(), timeZone);
  return { day, iso: formatCalendarDate(day), cell: startOfDayInZone(day, timeZone), timeZone };
}
