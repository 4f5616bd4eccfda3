/**
 * Review dates: calendar-day arithmetic, review cadences, the next review and a KPI's review
 * status — the logic behind KPINEXTREVIEW, KPIREVIEWSTATUS and the daily review job.
 *
 * Review dates are calendar days, not instants. A date cell reaches a script as the instant of
 * midnight of that day in the spreadsheet's time zone, so converting between instants and
 * calendar days always takes that time zone; everything else works on {@link CalendarDate}s and
 * does not depend on the time zone of the machine running it.
 */
import { CADENCE_MONTHS } from './vocabulary';
import { mapCells, planArrayCall } from './array-formula';
import {
  describeCell,
  isBlankCell,
  isDateValue,
  KpiInputError,
  readKeyword,
  readNumber,
} from './sheet-input';
import type { ReviewStatus } from './types';

/** A day on the calendar, independent of any time zone. `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

/** Looked up once: global lookups are slow per cell in sandboxed contexts (see array-formula.ts). */
const floor = Math.floor;

/** The cadence when none is given. */
export const DEFAULT_CADENCE_MONTHS = CADENCE_MONTHS.Quarterly;

/** How many days before the next review a KPI counts as "Due soon" when not told otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 14;

/** The longest cadence accepted: beyond a century a review date means nothing. */
const MAX_CADENCE_MONTHS = 1200;

const CADENCE_WORDS: Readonly<Record<string, number>> = {
  monthly: 1,
  quarterly: 3,
  biannual: 6,
  biannually: 6,
  'bi-annual': 6,
  'bi-annually': 6,
  'bi annual': 6,
  semiannual: 6,
  'semi annual': 6,
  'semi-annual': 6,
  semiannually: 6,
  'semi-annually': 6,
  'half-yearly': 6,
  'half yearly': 6,
  halfyearly: 6,
  annual: 12,
  annually: 12,
  yearly: 12,
};

/**
 * Reads a review cadence as a number of months: `Monthly`, `Quarterly` (also when blank),
 * `Biannual` (or `Semiannual`, `Half-yearly`), `Annual` (or `Yearly`), a whole number of months,
 * or text such as `"2 months"`.
 *
 * @example
 * parseCadence('Half-yearly') // 6
 */
export function parseCadence(value: unknown): number {
  if (isBlankCell(value)) return DEFAULT_CADENCE_MONTHS;
  if (typeof value === 'string') {
    const word = readKeyword(value, 'Cadence');
    const named = CADENCE_WORDS[word];
    if (named !== undefined) return named;
    const months = /^(?:every )?(\d+(?:\.\d+)?)(?: ?months?)?$/.exec(word);
    if (months) return checkCadenceMonths(Number(months[1]), value);
    throw new KpiInputError(
      `Cadence ${describeCell(value)} is not recognised — use Monthly, Quarterly, Biannual, Annual or a whole number of months.`,
    );
  }
  if (typeof value === 'number') return checkCadenceMonths(value, value);
  throw new KpiInputError(
    `Cadence is ${describeCell(value)} — use Monthly, Quarterly, Biannual, Annual or a whole number of months.`,
  );
}

function checkCadenceMonths(months: number, original: unknown): number {
  if (!Number.isInteger(months) || months < 1 || months > MAX_CADENCE_MONTHS) {
    throw new KpiInputError(
      `Cadence ${describeCell(original)} is not a whole number of months from 1 to ${MAX_CADENCE_MONTHS} — enter e.g. 3 or Quarterly.`,
    );
  }
  return months;
}

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
 * Formats a calendar date as `yyyy-mm-dd`.
 *
 * @example
 * formatCalendarDate({ year: 2026, month: 3, day: 1 }) // '2026-03-01'
 */
export function formatCalendarDate(date: CalendarDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch (error) {
      throw new Error(
        `Time zone "${timeZone}" is not recognised — set the spreadsheet's time zone in File > Settings.`,
        { cause: error },
      );
    }
    zoneFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Throws a readable error when a time zone name is unknown, so a formula fails once rather than
 * in every cell.
 *
 * @example
 * checkTimeZone('Europe/Berlin') // no error
 */
export function checkTimeZone(timeZone: string): void {
  zoneFormatter(timeZone);
}

/**
 * How far the wall clock of a time zone is ahead of UTC at an instant, in milliseconds
 * (negative west of Greenwich).
 *
 * @example
 * zoneOffsetMs(Date.UTC(2026, 0, 1), 'Asia/Kolkata') // 19_800_000
 */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  let offsets = zoneOffsetCache.get(timeZone);
  if (offsets === undefined) {
    offsets = new Map<number, number>();
    zoneOffsetCache.set(timeZone, offsets);
  }
  let offset = offsets.get(instantMs);
  if (offset === undefined) {
    offset = measureZoneOffsetMs(instantMs, timeZone);
    if (offsets.size >= ZONE_OFFSET_CACHE_LIMIT) offsets.clear();
    offsets.set(instantMs, offset);
  }
  return offset;
}

/**
 * Offsets already measured, by zone and instant. Asking Intl is by far the slowest step of date
 * arithmetic, and a register's date column repeats the same few hundred midnights.
 */
const zoneOffsetCache = new Map<string, Map<number, number>>();
const ZONE_OFFSET_CACHE_LIMIT = 20_000;

function measureZoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(new Date(instantMs));
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeCommonEra = false;
  for (const part of parts) {
    const value = Number(part.value);
    switch (part.type) {
      case 'year':
        year = value;
        break;
      case 'month':
        month = value;
        break;
      case 'day':
        day = value;
        break;
      case 'hour':
        hour = value % 24;
        break;
      case 'minute':
        minute = value;
        break;
      case 'second':
        second = value;
        break;
      case 'era':
        beforeCommonEra = part.value === 'BC' || part.value === 'B';
        break;
    }
  }
  if (beforeCommonEra) year = 1 - year;
  const wallClock =
    dayNumber({ year, month, day }) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000;
  const wholeSeconds = floor(instantMs / 1000) * 1000;
  return wallClock - wholeSeconds;
}

/**
 * The calendar date an instant falls on in a time zone.
 *
 * @example
 * calendarDateInZone(new Date('2026-03-31T20:00:00Z'), 'Asia/Kolkata') // { year: 2026, month: 4, day: 1 }
 */
export function calendarDateInZone(instant: Date, timeZone: string): CalendarDate {
  const ms = instant.getTime();
  return dateOfDayNumber(floor((ms + zoneOffsetMs(ms, timeZone)) / DAY_MS));
}

/**
 * The instant a calendar date starts in a time zone — midnight, or the first moment of the day
 * where a daylight-saving change skips midnight. This is how Sheets stores a date cell.
 *
 * @example
 * startOfDayInZone({ year: 2026, month: 1, day: 15 }, 'America/New_York') // 2026-01-15T05:00:00.000Z
 */
export function startOfDayInZone(date: CalendarDate, timeZone: string): Date {
  const localMidnight = dayNumber(date) * DAY_MS;
  let instant = localMidnight - zoneOffsetMs(localMidnight, timeZone);
  // The offset at midnight UTC may differ from the offset at local midnight; settle it.
  for (let attempt = 0; attempt < 2; attempt++) {
    const settled = localMidnight - zoneOffsetMs(instant, timeZone);
    if (settled === instant) break;
    instant = settled;
  }
  const wallClock = instant + zoneOffsetMs(instant, timeZone);
  if (wallClock < localMidnight) instant += localMidnight - wallClock;
  return new Date(instant);
}

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

/** Parses cadence cells, remembering the last one: a column usually repeats the same few. */
function cadenceReader(): (value: unknown) => number {
  let lastValue: unknown = Symbol('none');
  let lastMonths = DEFAULT_CADENCE_MONTHS;
  return (value) => {
    if (value !== lastValue) {
      lastMonths = parseCadence(value);
      lastValue = value;
    }
    return lastMonths;
  };
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
