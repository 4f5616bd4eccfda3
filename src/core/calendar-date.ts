/**
 * Calendar days: dates with no time of day and no time zone, and the arithmetic on them that
 * review dates and review periods need (day numbers, days between, months added with clamping).
 *
 * Decisions:
 * - Dates are `{ year, month, day }` values and day numbers, never `Date` objects: a `Date` is an
 *   instant, and which day an instant falls on depends on a time zone (see `time-zone.ts`).
 * - The proleptic Gregorian calendar throughout, as Sheets uses it.
 */

/** A day on the calendar, independent of any time zone. `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Looked up once: global lookups are slow per cell in sandboxed contexts (see array-formula.ts). */
const floor = Math.floor;

/**
 * Days since 1970-01-01 of a calendar date (proleptic Gregorian), for comparing and counting days.
 *
 * @example
 * dayNumber({ year: 1970, month: 1, day: 2 }) // 1
 */
export function dayNumber(date: CalendarDate): number {
  // Counting from March makes the leap day the last day of the "year".
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const era = floor(year / 400);
  const yearOfEra = year - era * 400;
  const monthFromMarch = (date.month + 9) % 12;
  const dayOfYear = floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The calendar date of a day number (the inverse of {@link dayNumber}).
 *
 * @example
 * dateOfDayNumber(0) // { year: 1970, month: 1, day: 1 }
 */
export function dateOfDayNumber(days: number): CalendarDate {
  const shifted = days + 719_468;
  const era = floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36_524) - floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const monthFromMarch = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Whole days from one calendar date to another (negative when `to` is earlier).
 *
 * @example
 * daysBetween({ year: 2026, month: 2, day: 27 }, { year: 2026, month: 3, day: 1 }) // 2
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Number of days in a month of a year.
 *
 * @example
 * daysInMonth(2028, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Adds calendar months, clamping to the end of a shorter month.
 *
 * @example
 * addMonths({ year: 2026, month: 11, day: 30 }, 3) // { year: 2027, month: 2, day: 28 }
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const lastDay = daysInMonth(year, month);
  return { year, month, day: date.day < lastDay ? date.day : lastDay };
}

/**
 * Formats a calendar date as `yyyy-mm-dd`.
 *
 * @example
 * formatCalendarDate({ year: 2026, month: 3, day: 1 }) // '2026-03-01'
 */
export function formatCalendarDate(date: CalendarDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Days from 1970-01-01 a Date can reach in every time zone: JavaScript dates end 100,000,000
 * days either side, and a zone's offset moves a day's start by up to a day.
 */
const LAST_REPRESENTABLE_DAY = 100_000_000 - 1;

/**
 * Whether the start of a calendar day, in any time zone, is a valid Date.
 *
 * @example
 * isRepresentableDay({ year: 275760, month: 12, day: 1 }) // false
 */
export function isRepresentableDay(date: CalendarDate): boolean {
  const days = dayNumber(date);
  return days <= LAST_REPRESENTABLE_DAY && days >= -LAST_REPRESENTABLE_DAY;
}

/**
 * A `yyyy-mm-dd` day, or null when the text is not a real day.
 *
 * @example parseIsoDay('2027-02-29') // → null
 */
export function parseIsoDay(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? { year, month, day }
    : null;
}
