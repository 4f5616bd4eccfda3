/**
 * Calendar fixtures for date tests: ISO days as calendar dates, date cells as Sheets sends them,
 * and spreadsheet time zones that catch off-by-one-day mistakes.
 */
import type { CalendarDate } from '../../src/core/calendar-date';
import { startOfDayInZone } from '../../src/core/time-zone';

/**
 * A calendar date from ISO text.
 * @example day('2026-03-31') // { year: 2026, month: 3, day: 31 }
 */
export const day = (iso: string): CalendarDate => {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
};

/** Spreadsheet time zones on both sides of UTC, with half-hour offsets and DST at midnight. */
export const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Santiago',
  'Asia/Kathmandu',
  'Europe/London',
];

/**
 * A date cell as Sheets sends it: the instant of midnight of that day in the spreadsheet's zone.
 * @example dateCell('2026-03-01', 'Pacific/Auckland').toISOString() // '2026-02-28T11:00:00.000Z'
 */
export const dateCell = (iso: string, timeZone: string): Date =>
  startOfDayInZone(day(iso), timeZone);
