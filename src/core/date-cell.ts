/**
 * Reading date cells as calendar days in the spreadsheet's time zone.
 */
import { daysInMonth, type CalendarDate } from './calendar-date';
import { describeCell, isBlankCell, isDateValue, KpiInputError } from './sheet-input';
import { calendarDateInZone } from './time-zone';

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a date cell as a calendar date in the spreadsheet's time zone: a `Date` (as Sheets sends
 * date cells) or ISO text `yyyy-mm-dd`. Blank gives `null`. `label` names the argument in errors.
 *
 * @example
 * readCalendarDate('2026-03-31', 'UTC', 'Last reviewed') // { year: 2026, month: 3, day: 31 }
 */
export function readCalendarDate(
  value: unknown,
  timeZone: string,
  label: string,
): CalendarDate | null {
  if (isBlankCell(value)) return null;
  if (isDateValue(value)) {
    if (Number.isNaN(value.getTime())) {
      throw new KpiInputError(
        `${label} is an invalid date — re-enter it as a date such as 2026-03-31.`,
      );
    }
    return calendarDateInZone(value, timeZone);
  }
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value.trim());
    if (match) {
      const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
      if (
        date.month >= 1 &&
        date.month <= 12 &&
        date.day >= 1 &&
        date.day <= daysInMonth(date.year, date.month)
      ) {
        return date;
      }
    }
  }
  throw new KpiInputError(
    `${label} is ${describeCell(value)}, not a date — enter a date such as 2026-03-31, or format the cell as a date.`,
  );
}
