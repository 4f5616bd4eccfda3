import fc from 'fast-check';
import { dateOfDayNumber } from '../../../src/core/calendar-date';
import {
  calendarDateInZone,
  checkTimeZone,
  startOfDayInZone,
  zoneOffsetMs,
} from '../../../src/core/time-zone';
import { day, ZONES } from '../../helpers/calendar';

describe.each(ZONES)('calendar days in the time zone %s', (timeZone) => {
  it('reads the midnight of a day back as that day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 50_000 }), (days) => {
        const date = dateOfDayNumber(days);
        const midnight = startOfDayInZone(date, timeZone);
        expect(calendarDateInZone(midnight, timeZone)).toEqual(date);
        expect(calendarDateInZone(new Date(midnight.getTime() - 1), timeZone)).toEqual(
          dateOfDayNumber(days - 1),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('time zones', () => {
  it('starts a day whose midnight is skipped by daylight saving at its first moment', () => {
    // Santiago moved its clocks from 00:00 to 01:00 on 2022-09-11.
    const start = startOfDayInZone(day('2022-09-11'), 'America/Santiago');
    expect(calendarDateInZone(start, 'America/Santiago')).toEqual(day('2022-09-11'));
    expect(calendarDateInZone(new Date(start.getTime() - 1), 'America/Santiago')).toEqual(
      day('2022-09-10'),
    );
  });

  it('knows the offsets of zones east and west of UTC', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(zoneOffsetMs(Date.UTC(2026, 0, 1), 'America/Los_Angeles')).toBe(-8 * 3_600_000);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 1), 'America/Los_Angeles')).toBe(-7 * 3_600_000);
  });

  it('explains an unknown time zone', () => {
    expect(() => checkTimeZone('Mars/Olympus')).toThrow(
      `Time zone "Mars/Olympus" is not recognised — set the spreadsheet's time zone in File > Settings.`,
    );
  });
});
