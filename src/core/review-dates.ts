/**
 * A KPI's review schedule: its next review (counted from the last review, or from the day it took
 * effect), its review status on a day, and the same for one register row of the daily review job
 * — the logic behind KPINEXTREVIEW and KPIREVIEWSTATUS.
 *
 * Decisions:
 * - Everything works on calendar days ({@link CalendarDate}); date cells are read as days in the
 *   spreadsheet's time zone and results written as the start of that day there.
 * - Effective from is read only when Last reviewed is blank: only then does the cadence count
 *   from it, and a stray value there must not fail a row whose result it cannot change.
 * - The calendar and time-zone names below are re-exported because the review job's modules
 *   import them from here; new code imports them from `calendar-date.ts`, `time-zone.ts`,
 *   `date-cell.ts` and `review-cadence.ts`.
 */
import { mapCells, planArrayCall } from './array-formula';
import {
  addMonths,
  daysBetween,
  formatCalendarDate,
  isRepresentableDay,
  type CalendarDate,
} from './calendar-date';
import { readCalendarDate } from './date-cell';
import { cadenceReader, DEFAULT_CADENCE_MONTHS, parseCadence } from './review-cadence';
import { isBlankCell, KpiInputError, readNumber } from './sheet-input';
import { checkTimeZone, startOfDayInZone } from './time-zone';
import type { ReviewStatus } from './types';

export { dayNumber, formatCalendarDate, type CalendarDate } from './calendar-date';
export { readCalendarDate } from './date-cell';
export { parseCadence } from './review-cadence';
export { calendarDateInZone, startOfDayInZone } from './time-zone';

/** How many days before the next review a KPI counts as "Due soon" when not told otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 14;

/**
 * The date of the next review: the last review plus the cadence, clamped to month end.
 *
 * @example
 * nextReviewDate({ year: 2027, month: 8, day: 31 }, 6) // { year: 2028, month: 2, day: 29 }
 */
export function nextReviewDate(
  lastReviewed: CalendarDate,
  cadenceMonths: number = DEFAULT_CADENCE_MONTHS,
): CalendarDate {
  return addMonths(lastReviewed, cadenceMonths);
}

/**
 * The day a KPI's review cadence counts from: its last review or, when it was never reviewed,
 * the day it took effect, so a new KPI is first due one cadence after it starts. `null` when
 * neither is known.
 *
 * @example
 * reviewBaseDate(null, { year: 2026, month: 2, day: 1 }) // { year: 2026, month: 2, day: 1 }
 */
export function reviewBaseDate(
  lastReviewed: CalendarDate | null,
  effectiveFrom: CalendarDate | null = null,
): CalendarDate | null {
  return lastReviewed ?? effectiveFrom;
}

/**
 * A KPI's review status on a day: `Overdue` when the next review is before `asOf`, `Due soon`
 * when it is on `asOf` or at most `dueSoonDays` after it, otherwise `Up to date`; `Never
 * reviewed` when there is neither a last review nor an effective-from date to count from.
 *
 * @example
 * reviewStatus({ year: 2026, month: 1, day: 10 }, { year: 2026, month: 4, day: 1 }) // 'Due soon'
 */
export function reviewStatus(
  lastReviewed: CalendarDate | null,
  asOf: CalendarDate,
  cadenceMonths: number = DEFAULT_CADENCE_MONTHS,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
  effectiveFrom: CalendarDate | null = null,
): ReviewStatus {
  const base = reviewBaseDate(lastReviewed, effectiveFrom);
  if (base === null) return 'Never reviewed';
  return statusOfNextReview(nextReviewDate(base, cadenceMonths), asOf, dueSoonDays);
}

function statusOfNextReview(
  nextReview: CalendarDate,
  asOf: CalendarDate,
  dueSoonDays: number,
): ReviewStatus {
  const daysLeft = daysBetween(asOf, nextReview);
  if (daysLeft < 0) return 'Overdue';
  return daysLeft <= dueSoonDays ? 'Due soon' : 'Up to date';
}

/** Status of a register row whose Last reviewed or Effective from cannot be read as a date. */
export const INVALID_DATE_STATUS = 'Invalid date';
/** Status of a register row whose Review cadence is not recognised. */
export const INVALID_CADENCE_STATUS = 'Invalid cadence';

/** A register row's review status, or why it cannot have one. */
export type KpiReviewStatus =
  ReviewStatus | typeof INVALID_DATE_STATUS | typeof INVALID_CADENCE_STATUS;

/** One register row's review inputs: its cells as read, and the run's settings. */
export interface KpiReviewRow {
  /** The Last reviewed cell: a date, ISO text `yyyy-mm-dd`, or blank. */
  lastReviewed: unknown;
  /** The Effective from cell: a date, ISO text, or blank. */
  effectiveFrom: unknown;
  /** The Review cadence cell: a cadence word, a number of months, or blank (Quarterly). */
  cadence: unknown;
  /** The day to judge on, in the spreadsheet's calendar. */
  asOf: CalendarDate;
  dueSoonDays: number;
  /** The spreadsheet's time zone, in which date cells are calendar days. */
  timeZone: string;
}

/** What the review job writes for one row. */
export interface KpiReview {
  status: KpiReviewStatus;
  /** The next review day; `null` when never reviewed or unreadable. */
  nextReview: CalendarDate | null;
  /** Why the status is Invalid date or Invalid cadence, with the fix; `''` otherwise. */
  problem: string;
}

/**
 * A register row's next review and review status, as the daily review job writes them. A row
 * that cannot be judged gets `Invalid date` or `Invalid cadence` and the reason, never an
 * exception, so one bad row does not stop the run. Effective from is read only when Last
 * reviewed is blank, because only then does the cadence count from it.
 *
 * @example
 * reviewKpiRow({ lastReviewed: '', effectiveFrom: '2026-01-15', cadence: 'Quarterly',
 *   asOf: { year: 2026, month: 4, day: 10 }, dueSoonDays: 14, timeZone: 'Europe/London' })
 * // { status: 'Due soon', nextReview: { year: 2026, month: 4, day: 15 }, problem: '' }
 */
export function reviewKpiRow(row: KpiReviewRow): KpiReview {
  let base: CalendarDate | null;
  let cadenceMonths: number;
  try {
    base = readReviewBase(row.lastReviewed, row.effectiveFrom, row.timeZone);
  } catch (error) {
    return unjudged(INVALID_DATE_STATUS, error);
  }
  try {
    cadenceMonths = parseCadence(row.cadence);
  } catch (error) {
    return unjudged(INVALID_CADENCE_STATUS, error);
  }
  if (base === null) return { status: 'Never reviewed', nextReview: null, problem: '' };
  let nextReview: CalendarDate;
  try {
    nextReview = checkedNextReview(base, cadenceMonths, row.lastReviewed);
  } catch (error) {
    return unjudged(INVALID_DATE_STATUS, error);
  }
  return {
    status: statusOfNextReview(nextReview, row.asOf, row.dueSoonDays),
    nextReview,
    problem: '',
  };
}

function unjudged(status: KpiReviewStatus, error: unknown): KpiReview {
  // Only the person's input is a row problem; anything else (a bad time zone) stops the run.
  if (!(error instanceof KpiInputError)) throw error;
  return { status, nextReview: null, problem: error.message };
}

/** Reads the date the cadence counts from: Last reviewed, else Effective from. */
function readReviewBase(
  lastReviewed: unknown,
  effectiveFrom: unknown,
  timeZone: string,
): CalendarDate | null {
  return (
    readCalendarDate(lastReviewed, timeZone, 'Last reviewed') ??
    readCalendarDate(effectiveFrom, timeZone, 'Effective from')
  );
}

/**
 * The next review, refused when it falls past the last day a spreadsheet date (a JavaScript
 * Date) can hold, so a typo such as year 275760 reads as a fixable cell, not a crash.
 */
function checkedNextReview(
  base: CalendarDate,
  cadenceMonths: number,
  lastReviewed: unknown,
): CalendarDate {
  const next = nextReviewDate(base, cadenceMonths);
  if (!isRepresentableDay(next)) {
    const label = isBlankCell(lastReviewed) ? 'Effective from' : 'Last reviewed';
    throw new KpiInputError(
      `${label} ${formatCalendarDate(base)} plus ${cadenceMonths} months is past the last date ` +
        `a spreadsheet can hold — check the year of ${label}.`,
    );
  }
  return next;
}

/** A KPINEXTREVIEW cell: a date, `""` when never reviewed, or `#KPI! <reason>` in an array call. */
export type NextReviewCell = Date | string;

/**
 * KPINEXTREVIEW as Sheets calls it: the next review date as a `Date` at midnight of that day in
 * the spreadsheet's time zone, counted from the last review or, when that is blank, from the day
 * the KPI took effect.
 *
 * @example
 * nextReviewFormula(lastReviewedCell, 'Quarterly', '', 'Europe/London') // Date of the day 3 months on
 */
export function nextReviewFormula(
  lastReviewed: unknown,
  cadence: unknown,
  effectiveFrom: unknown,
  timeZone: string,
): NextReviewCell | NextReviewCell[][] {
  checkTimeZone(timeZone);
  const readCadence = cadenceReader();
  const compute = (last: unknown, cadenceCell: unknown, effective: unknown): NextReviewCell => {
    const base = readReviewBase(last, effective, timeZone);
    if (base === null) return '';
    return startOfDayInZone(checkedNextReview(base, readCadence(cadenceCell), last), timeZone);
  };
  const plan = planArrayCall([
    { name: 'last_reviewed', value: lastReviewed },
    { name: 'cadence', value: cadence },
    { name: 'effective_from', value: effectiveFrom },
  ]);
  if (plan === null) return compute(lastReviewed, cadence, effectiveFrom);
  return mapCells(plan, (cells) => compute(cells[0], cells[1], cells[2]));
}

/**
 * KPIREVIEWSTATUS as Sheets calls it: `Overdue`, `Due soon`, `Up to date` or `Never reviewed`,
 * judged on the next review {@link nextReviewFormula} gives.
 *
 * @example
 * reviewStatusFormula(lastReviewedCell, asOfCell, 'Quarterly', 14, '', 'Europe/London') // 'Due soon'
 */
export function reviewStatusFormula(
  lastReviewed: unknown,
  asOf: unknown,
  cadence: unknown,
  dueSoonDays: unknown,
  effectiveFrom: unknown,
  timeZone: string,
): string | string[][] {
  checkTimeZone(timeZone);
  const readCadence = cadenceReader();
  const compute = (
    last: unknown,
    asOfCell: unknown,
    cadenceCell: unknown,
    daysCell: unknown,
    effective: unknown,
  ): string => {
    const base = readReviewBase(last, effective, timeZone);
    if (base === null) return 'Never reviewed';
    const asOfDate = readCalendarDate(asOfCell, timeZone, 'As of');
    if (asOfDate === null) {
      throw new KpiInputError(
        'As of is blank — pass the date to judge on, e.g. the KPI_AS_OF cell the daily review refreshes.',
      );
    }
    const next = checkedNextReview(base, readCadence(cadenceCell), last);
    return statusOfNextReview(next, asOfDate, readDueSoonDays(daysCell));
  };
  const plan = planArrayCall([
    { name: 'last_reviewed', value: lastReviewed },
    { name: 'as_of', value: asOf },
    { name: 'cadence', value: cadence },
    { name: 'due_soon_days', value: dueSoonDays },
    { name: 'effective_from', value: effectiveFrom },
  ]);
  if (plan === null) return compute(lastReviewed, asOf, cadence, dueSoonDays, effectiveFrom);
  return mapCells(plan, (cells) => compute(cells[0], cells[1], cells[2], cells[3], cells[4]));
}

function readDueSoonDays(value: unknown): number {
  if (isBlankCell(value)) return DEFAULT_DUE_SOON_DAYS;
  const days = readNumber(value, 'Due soon days');
  if (!Number.isInteger(days) || days < 0) {
    throw new KpiInputError(
      `Due soon days is ${days} — enter a whole number of days, 0 or more (default 14).`,
    );
  }
  return days;
}
