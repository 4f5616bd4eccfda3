/**
 * Time zones: which calendar day an instant falls on in a zone, and the instant a day starts.
 *
 * A date cell reaches a script as the instant of midnight of that day in the spreadsheet's time
 * zone, so converting between instants and calendar days always takes that zone; nothing here
 * depends on the time zone of the machine running it.
 *
 * Decisions:
 * - Offsets come from `Intl.DateTimeFormat`, the only zone database Apps Script's V8 has, and
 *   are cached by instant: asking Intl is the slowest step of date arithmetic, and a column of
 *   date cells repeats the same few hundred midnights.
 */
import { dateOfDayNumber, dayNumber, type CalendarDate } from './calendar-date';

const DAY_MS = 86_400_000;

/** Looked up once: global lookups are slow per cell in sandboxed contexts (see array-formula.ts). */
const floor = Math.floor;

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
