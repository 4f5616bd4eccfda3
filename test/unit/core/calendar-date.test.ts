import fc from 'fast-check';
import {
  addMonths,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  isRepresentableDay,
} from '../../../src/core/calendar-date';
import { day } from '../../helpers/calendar';

describe('calendar arithmetic', () => {
  it.each([
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2026-03-31', 3, '2026-06-30'],
    ['2026-12-31', 3, '2027-03-31'],
    ['2026-09-30', 3, '2026-12-30'],
    ['2026-01-01', 3, '2026-04-01'],
    ['2026-10-01', 3, '2027-01-01'],
    ['2026-05-15', 120, '2036-05-15'],
  ])('%s plus %d months is %s', (from, months, expected) => {
    expect(formatCalendarDate(addMonths(day(from), months))).toBe(expected);
  });

  it('counts leap years the Gregorian way', () => {
    expect([
      daysInMonth(2024, 2),
      daysInMonth(2100, 2),
      daysInMonth(2000, 2),
      daysInMonth(2026, 4),
    ]).toEqual([29, 28, 29, 30]);
  });

  it('numbers days like Date.UTC does, and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const date = dateOfDayNumber(days);
        expect(Date.UTC(date.year, date.month - 1, date.day)).toBe(days * 86_400_000);
        expect(dayNumber(date)).toBe(days);
      }),
    );
  });

  it('counts days across a leap day', () => {
    expect(daysBetween(day('2028-02-28'), day('2028-03-01'))).toBe(2);
    expect(daysBetween(day('2027-03-01'), day('2027-02-28'))).toBe(-1);
  });

  it('always lands in the month the months added say, never past its end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 36 }),
        (year, month, dayOfMonth, months) => {
          const from = { year, month, day: Math.min(dayOfMonth, daysInMonth(year, month)) };
          const next = addMonths(from, months);
          expect((next.year - year) * 12 + next.month - month).toBe(months);
          expect(next.day).toBe(Math.min(from.day, daysInMonth(next.year, next.month)));
        },
      ),
    );
  });
});

describe('the days a spreadsheet date can hold', () => {
  it('holds every day a JavaScript Date reaches in every time zone, and no later one', () => {
    expect(isRepresentableDay(day('2026-03-31'))).toBe(true);
    expect(isRepresentableDay(dateOfDayNumber(99_999_999))).toBe(true);
    expect(isRepresentableDay(dateOfDayNumber(100_000_000))).toBe(false);
    expect(isRepresentableDay(dateOfDayNumber(-100_000_000))).toBe(false);
  });
});
