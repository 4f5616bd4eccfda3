/**
 * Review periods of people's performance: the period that contains a day, by the Settings'
 * review period (Quarterly, Half-yearly or Annual), and the checks a period's dates must pass.
 */
import {
  addMonths,
  dayNumber,
  dateOfDayNumber,
  formatCalendarDate,
  type CalendarDate,
} from './calendar-date';
import type { ReviewPeriodLength } from './vocabulary';

/** A period's label and dates. */
export interface PeriodDates {
  period: string;
  starts: CalendarDate;
  ends: CalendarDate;
  actualsDue: CalendarDate;
}

/** Days after a period ends by which its actuals are due, unless HR says otherwise. */
export const ACTUALS_DUE_DAYS = 14;

/** The longest period label, so it reads well in a column and a dropdown. */
export const MAX_PERIOD_LABEL_LENGTH = 20;

const MONTHS: Readonly<Record<ReviewPeriodLength, number>> = {
  Quarterly: 3,
  'Half-yearly': 6,
  Annual: 12,
};

/**
 * The period of the given length that contains `day`: `2027-Q1`, `2027-H1` or `2027`.
 *
 * @example periodContaining({ year: 2027, month: 2, day: 14 }, 'Quarterly').period // → '2027-Q1'
 */
export function periodContaining(day: CalendarDate, length: ReviewPeriodLength): PeriodDates {
  const months = MONTHS[length];
  const index = Math.floor((day.month - 1) / months);
  const starts = { year: day.year, month: index * months + 1, day: 1 };
  const ends = dateOfDayNumber(dayNumber(addMonths(starts, months)) - 1);
  const label =
    length === 'Annual'
      ? String(day.year)
      : `${day.year}-${length === 'Quarterly' ? 'Q' : 'H'}${index + 1}`;
  return {
    period: label,
    starts,
    ends,
    actualsDue: dateOfDayNumber(dayNumber(ends) + ACTUALS_DUE_DAYS),
  };
}

/**
 * What is wrong with a period's label and dates, each with the fix; empty when nothing is.
 *
 * @example periodProblems({ period: '', starts, ends, actualsDue }) // → ['Give the period a label, e.g. 2027-Q1.']
 */
export function periodProblems(period: {
  period: string;
  starts: CalendarDate | null;
  ends: CalendarDate | null;
  actualsDue: CalendarDate | null;
}): string[] {
  const problems: string[] = [];
  const label = period.period.trim();
  if (!label) problems.push('Give the period a label, e.g. 2027-Q1.');
  if (label.length > MAX_PERIOD_LABEL_LENGTH)
    problems.push(`Keep the period label under ${MAX_PERIOD_LABEL_LENGTH} characters.`);
  if (!period.starts) problems.push('Starts must be a date as YYYY-MM-DD, e.g. 2027-01-01.');
  if (!period.ends) problems.push('Ends must be a date as YYYY-MM-DD, e.g. 2027-03-31.');
  if (!period.actualsDue)
    problems.push('Actuals due must be a date as YYYY-MM-DD, e.g. 2027-04-14.');
  if (period.starts && period.ends && dayNumber(period.ends) < dayNumber(period.starts)) {
    problems.push(
      `Ends (${formatCalendarDate(period.ends)}) is before Starts (${formatCalendarDate(period.starts)}) — swap them.`,
    );
  }
  if (period.ends && period.actualsDue && dayNumber(period.actualsDue) < dayNumber(period.ends)) {
    problems.push(
      `Actuals due (${formatCalendarDate(period.actualsDue)}) is before the period ends (${formatCalendarDate(period.ends)}) — actuals are due after it ends.`,
    );
  }
  return problems;
}
