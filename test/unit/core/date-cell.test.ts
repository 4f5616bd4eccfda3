import { readCalendarDate } from '../../../src/core/date-cell';
import { dateCell, day } from '../../helpers/calendar';

describe('date cells', () => {
  it('reads ISO text dates and rejects others with the fix', () => {
    expect(readCalendarDate('2026-03-31', 'UTC', 'Last reviewed')).toEqual(day('2026-03-31'));
    expect(readCalendarDate('', 'UTC', 'Last reviewed')).toBeNull();
    expect(() => readCalendarDate('2026-02-30', 'UTC', 'Last reviewed')).toThrow(
      'Last reviewed is "2026-02-30", not a date — enter a date such as 2026-03-31, or format the cell as a date.',
    );
    expect(() => readCalendarDate(46000, 'UTC', 'As of')).toThrow(/As of is 46000, not a date/);
    expect(() => readCalendarDate(new Date(Number.NaN), 'UTC', 'As of')).toThrow(
      /As of is an invalid date/,
    );
  });

  it('reads a date cell on the day it shows in the spreadsheet, not in UTC', () => {
    // Midnight of 1 March in Auckland is still 28 February in UTC.
    const cell = dateCell('2026-03-01', 'Pacific/Auckland');
    expect(cell.toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(readCalendarDate(cell, 'Pacific/Auckland', 'Last reviewed')).toEqual(day('2026-03-01'));
  });
});
