import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import {
  addMonths,
  calendarDateInZone,
  checkTimeZone,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  nextReviewDate,
  nextReviewFormula,
  parseCadence,
  readCalendarDate,
  reviewKpiRow,
  reviewStatus,
  reviewStatusFormula,
  startOfDayInZone,
  zoneOffsetMs,
  type CalendarDate,
} from '../../../src/core/review-dates';

const day = (iso: string): CalendarDate => {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
};

/** Spreadsheet time zones on both sides of UTC, with half-hour offsets and DST at midnight. */
const ZONES = [
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

/** A date cell as Sheets sends it: the instant of midnight of that day in the spreadsheet's zone. */
const dateCell = (iso: string, timeZone: string): Date => startOfDayInZone(day(iso), timeZone);

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

  it('always lands the next review in the month the cadence says, never past its end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 36 }),
        (year, month, dayOfMonth, months) => {
          const from = { year, month, day: Math.min(dayOfMonth, daysInMonth(year, month)) };
          const next = nextReviewDate(from, months);
          expect((next.year - year) * 12 + next.month - month).toBe(months);
          expect(next.day).toBe(Math.min(from.day, daysInMonth(next.year, next.month)));
        },
      ),
    );
  });
});

describe('parseCadence', () => {
  it.each([
    ['Monthly', 1],
    ['Quarterly', 3],
    ['quarterly', 3],
    ['Biannual', 6],
    ['Semiannual', 6],
    ['Semi-annual', 6],
    ['Bi-annual', 6],
    ['bi annual', 6],
    ['Semi annual', 6],
    ['Half-yearly', 6],
    ['half yearly', 6],
    ['Annual', 12],
    ['Yearly', 12],
    ['ANNUALLY', 12],
    [' 4 ', 4],
    ['2 months', 2],
    ['every 9 months', 9],
    [18, 18],
    ['', 3],
    [null, 3],
    [undefined, 3],
  ])('reads %j as %d months', (cadence, months) => {
    expect(parseCadence(cadence)).toBe(months);
  });

  it('says which cadences work', () => {
    expect(() => parseCadence('Fortnightly')).toThrow(
      'Cadence "Fortnightly" is not recognised — use Monthly, Quarterly, Biannual, Annual or a whole number of months.',
    );
    expect(() => parseCadence(2.5)).toThrow(/not a whole number of months/);
    expect(() => parseCadence(0)).toThrow(/not a whole number of months/);
    expect(() => parseCadence('1.5 months')).toThrow(/not a whole number of months/);
    expect(() => parseCadence(true)).toThrow(/Cadence is true/);
  });
});

describe('reviewStatus', () => {
  const last = day('2026-01-10'); // next review 2026-04-10 on a quarterly cadence

  it.each([
    ['2026-04-11', 'Overdue'],
    ['2026-04-10', 'Due soon'],
    ['2026-03-27', 'Due soon'],
    ['2026-03-26', 'Up to date'],
    ['2026-01-10', 'Up to date'],
  ])('as of %s a KPI last reviewed 2026-01-10 is %s', (asOf, status) => {
    expect(reviewStatus(last, day(asOf))).toBe(status);
  });

  it('is Never reviewed without a last review', () => {
    expect(reviewStatus(null, day('2026-01-01'))).toBe('Never reviewed');
  });

  it('honours the cadence and the due-soon window', () => {
    expect(reviewStatus(last, day('2026-02-05'), 1, 14)).toBe('Due soon');
    expect(reviewStatus(last, day('2026-04-09'), 3, 0)).toBe('Up to date');
    expect(reviewStatus(last, day('2026-04-10'), 3, 0)).toBe('Due soon');
  });
});

describe.each(ZONES)('calendar days in the spreadsheet time zone %s', (timeZone) => {
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

  it('gives the next review of a date cell as a Date at midnight of that day', () => {
    const next = nextReviewFormula(
      dateCell('2026-11-30', timeZone),
      'Quarterly',
      '',
      timeZone,
    ) as Date;
    expect(next.getTime()).toBe(dateCell('2027-02-28', timeZone).getTime());
    expect(formatCalendarDate(calendarDateInZone(next, timeZone))).toBe('2027-02-28');
  });

  it('clamps a biannual review from 31 August to the leap day', () => {
    const next = nextReviewFormula(
      dateCell('2027-08-31', timeZone),
      'Biannual',
      '',
      timeZone,
    ) as Date;
    expect(formatCalendarDate(calendarDateInZone(next, timeZone))).toBe('2028-02-29');
  });

  it('judges review status by calendar day, whatever the time of day', () => {
    const lastReviewed = new Date(dateCell('2026-01-10', timeZone).getTime() + 23 * 3_600_000);
    const asOf = new Date(dateCell('2026-04-10', timeZone).getTime() + 23.5 * 3_600_000);
    expect(reviewStatusFormula(lastReviewed, asOf, 'Quarterly', 14, '', timeZone)).toBe('Due soon');
    const dayAfter = dateCell('2026-04-11', timeZone);
    expect(reviewStatusFormula(lastReviewed, dayAfter, 'Quarterly', 14, '', timeZone)).toBe(
      'Overdue',
    );
  });
});

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

describe('KPINEXTREVIEW', () => {
  const timeZone = 'Asia/Kolkata';

  it('returns "" for a blank last review', () => {
    expect(nextReviewFormula('', 'Quarterly', '', timeZone)).toBe('');
  });

  it('defaults to a quarterly cadence', () => {
    const next = nextReviewFormula(
      dateCell('2026-01-15', timeZone),
      undefined,
      '',
      timeZone,
    ) as Date;
    expect(formatCalendarDate(calendarDateInZone(next, timeZone))).toBe('2026-04-15');
  });

  it('works down a column, with a bad cell marked and a cadence per row', () => {
    const result = nextReviewFormula(
      [[dateCell('2026-01-31', timeZone)], [''], ['soon'], ['2026-05-31']],
      [['Monthly'], ['Monthly'], ['Monthly'], [6]],
      '',
      timeZone,
    ) as unknown[][];
    expect(formatCalendarDate(calendarDateInZone(result[0]?.[0] as Date, timeZone))).toBe(
      '2026-02-28',
    );
    expect(result[1]).toEqual(['']);
    expect(result[2]?.[0]).toMatch(/^#KPI! Last reviewed is "soon", not a date/);
    expect(formatCalendarDate(calendarDateInZone(result[3]?.[0] as Date, timeZone))).toBe(
      '2026-11-30',
    );
  });

  it('throws a readable error for a bad single value', () => {
    expect(() =>
      nextReviewFormula(dateCell('2026-01-31', timeZone), 'Weekly', '', timeZone),
    ).toThrow(/Cadence "Weekly" is not recognised/);
  });
});

describe('KPIREVIEWSTATUS', () => {
  const timeZone = 'America/Los_Angeles';
  const asOf = dateCell('2026-04-01', timeZone);

  it('names all four statuses down a column', () => {
    const result = reviewStatusFormula(
      [
        [dateCell('2025-12-01', timeZone)],
        [dateCell('2026-01-10', timeZone)],
        [dateCell('2026-03-01', timeZone)],
        [''],
      ],
      asOf,
      'Quarterly',
      undefined,
      '',
      timeZone,
    );
    expect(result).toEqual([['Overdue'], ['Due soon'], ['Up to date'], ['Never reviewed']]);
  });

  it('defaults the due-soon window to 14 days', () => {
    const last = dateCell('2026-01-15', timeZone); // next review 2026-04-15, 14 days after as of
    expect(reviewStatusFormula(last, asOf, '', '', '', timeZone)).toBe('Due soon');
    expect(reviewStatusFormula(dateCell('2026-01-16', timeZone), asOf, '', '', '', timeZone)).toBe(
      'Up to date',
    );
    expect(reviewStatusFormula(dateCell('2026-01-16', timeZone), asOf, '', 30, '', timeZone)).toBe(
      'Due soon',
    );
  });

  it('asks for an as-of date', () => {
    expect(() =>
      reviewStatusFormula(dateCell('2026-01-16', timeZone), '', '', '', '', timeZone),
    ).toThrow(/As of is blank — pass the date to judge on, e.g. the KPI_AS_OF cell/);
  });

  it('rejects a due-soon window that is not a whole number of days', () => {
    expect(() =>
      reviewStatusFormula(dateCell('2026-01-16', timeZone), asOf, '', -1, '', timeZone),
    ).toThrow(/Due soon days is -1 — enter a whole number of days/);
  });
});

describe('counting from the day a KPI took effect', () => {
  const timeZone = 'Pacific/Auckland';
  const asOf = dateCell('2026-04-01', timeZone);

  it('counts the first review one cadence after effective from when never reviewed', () => {
    const next = nextReviewFormula('', 'Quarterly', dateCell('2026-01-31', timeZone), timeZone);
    expect(formatCalendarDate(calendarDateInZone(next as Date, timeZone))).toBe('2026-04-30');
    expect(reviewStatus(null, day('2026-04-20'), 3, 14, day('2026-01-31'))).toBe('Due soon');
  });

  it('counts from the last review when there is one, whatever effective from says', () => {
    const next = nextReviewFormula(
      dateCell('2026-03-15', timeZone),
      'Monthly',
      dateCell('2025-01-01', timeZone),
      timeZone,
    );
    expect(formatCalendarDate(calendarDateInZone(next as Date, timeZone))).toBe('2026-04-15');
    // Effective from is not read at all then: a stray value there does not fail the row.
    expect(
      reviewStatusFormula(dateCell('2026-03-15', timeZone), asOf, 1, 14, 'tbc', timeZone),
    ).toBe('Due soon');
  });

  it('is Never reviewed, and has no next review, only when both dates are blank', () => {
    expect(nextReviewFormula('', 'Quarterly', '', timeZone)).toBe('');
    expect(reviewStatusFormula('', asOf, 'Quarterly', 14, '', timeZone)).toBe('Never reviewed');
    expect(
      reviewStatusFormula('', asOf, 'Quarterly', 14, dateCell('2025-06-01', timeZone), timeZone),
    ).toBe('Overdue');
    expect(
      reviewStatusFormula('', asOf, 'Quarterly', 14, dateCell('2026-03-01', timeZone), timeZone),
    ).toBe('Up to date');
  });

  it('pairs a column of effective-from dates with the last reviews cell by cell', () => {
    const result = reviewStatusFormula(
      [[''], [''], [dateCell('2026-03-20', timeZone)], ['']],
      asOf,
      'Quarterly',
      14,
      [[dateCell('2026-01-10', timeZone)], [''], [''], ['1 Feb']],
      timeZone,
    ) as string[][];
    expect(result.slice(0, 3)).toEqual([['Due soon'], ['Never reviewed'], ['Up to date']]);
    expect(result[3]?.[0]).toMatch(/^#KPI! Effective from is "1 Feb", not a date/);
  });
});

describe('dates near the last day a spreadsheet can hold', () => {
  const timeZone = 'Pacific/Kiritimati';
  // The last day a JavaScript Date reaches: 13 September 275760.
  const lastDay = new Date(8.64e15);

  it('marks the cell #KPI! with the fix instead of failing with "Invalid time value"', () => {
    const result = nextReviewFormula(
      [[lastDay], [dateCell('2026-01-01', timeZone)]],
      'Quarterly',
      '',
      timeZone,
    ) as unknown[][];
    expect(result[0]?.[0]).toMatch(
      /^#KPI! Last reviewed 275760-09-\d\d plus 3 months is past the last date a spreadsheet can hold — check the year of Last reviewed\.$/,
    );
    expect(result[1]?.[0]).toBeInstanceOf(Date);
    const status = reviewStatusFormula(
      [[lastDay]],
      lastDay,
      'Annual',
      14,
      '',
      timeZone,
    ) as string[][];
    expect(status[0]?.[0]).toMatch(/^#KPI! Last reviewed .* is past the last date/);
  });

  it('throws the same readable error for a single cell', () => {
    expect(() => nextReviewFormula('', 6, lastDay, timeZone)).toThrow(
      /^Effective from 275760-09-\d\d plus 6 months is past the last date a spreadsheet can hold/,
    );
  });
});

describe('a register row for the review job', () => {
  const timeZone = 'Europe/London';
  const row = (cells: { lastReviewed?: unknown; effectiveFrom?: unknown; cadence?: unknown }) =>
    reviewKpiRow({
      lastReviewed: cells.lastReviewed ?? '',
      effectiveFrom: cells.effectiveFrom ?? '',
      cadence: cells.cadence ?? '',
      asOf: day('2026-04-10'),
      dueSoonDays: 14,
      timeZone,
    });

  it('gives the next review and status from the last review, else from effective from', () => {
    expect(row({ lastReviewed: dateCell('2026-01-05', timeZone) })).toEqual({
      status: 'Overdue',
      nextReview: day('2026-04-05'),
      problem: '',
    });
    expect(row({ effectiveFrom: '2026-01-15' })).toEqual({
      status: 'Due soon',
      nextReview: day('2026-04-15'),
      problem: '',
    });
    expect(row({ effectiveFrom: dateCell('2026-03-01', timeZone), cadence: 'Annual' })).toEqual({
      status: 'Up to date',
      nextReview: day('2027-03-01'),
      problem: '',
    });
    expect(row({})).toEqual({ status: 'Never reviewed', nextReview: null, problem: '' });
  });

  it('gives an unusable date the status Invalid date and the fix, never an exception', () => {
    expect(row({ lastReviewed: 'last spring' })).toEqual({
      status: 'Invalid date',
      nextReview: null,
      problem:
        'Last reviewed is "last spring", not a date — enter a date such as 2026-03-31, or format the cell as a date.',
    });
    expect(row({ effectiveFrom: new Date(Number.NaN) }).status).toBe('Invalid date');
    expect(row({ lastReviewed: new Date(8.64e15) })).toMatchObject({
      status: 'Invalid date',
      problem: expect.stringMatching(/past the last date a spreadsheet can hold/),
    });
  });

  it('gives an unknown cadence the status Invalid cadence and the fix', () => {
    expect(row({ lastReviewed: '2026-01-01', cadence: 'Whenever' })).toMatchObject({
      status: 'Invalid cadence',
      nextReview: null,
      problem: expect.stringMatching(/^Cadence "Whenever" is not recognised/),
    });
  });

  it('stops on a time zone it cannot use rather than marking every row', () => {
    expect(() =>
      reviewKpiRow({
        lastReviewed: new Date(),
        effectiveFrom: '',
        cadence: '',
        asOf: day('2026-04-10'),
        dueSoonDays: 14,
        timeZone: 'Mars/Olympus',
      }),
    ).toThrow(/Time zone "Mars\/Olympus" is not recognised/);
  });
});

describe('independence from the time zone of the machine', () => {
  /** Runs a fixed set of date calculations in a Node process with the given TZ and returns the results. */
  function resultsUnder(processTimeZone: string): string {
    const bundle = buildSync({
      stdin: {
        contents: `
          import { nextReviewFormula, reviewStatusFormula, startOfDayInZone, calendarDateInZone } from './src/core/review-dates';
          const zones = ${JSON.stringify(ZONES)};
          const out = [];
          for (const zone of zones) {
            const cell = (y, m, d) => startOfDayInZone({ year: y, month: m, day: d }, zone);
            out.push(nextReviewFormula(cell(2026, 11, 30), 'Quarterly', '', zone).toISOString());
            out.push(nextReviewFormula(cell(2027, 8, 31), 6, '', zone).toISOString());
            out.push(JSON.stringify(calendarDateInZone(cell(2026, 3, 29), zone)));
            out.push(reviewStatusFormula(cell(2026, 1, 10), cell(2026, 4, 10), 'Quarterly', 14, '', zone));
          }
          console.log(JSON.stringify(out));
        `,
        resolveDir: path.resolve(__dirname, '../../..'),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
    });
    return execFileSync(process.execPath, ['-e', bundle.outputFiles[0]!.text], {
      env: { ...process.env, TZ: processTimeZone },
      encoding: 'utf8',
    });
  }

  it('gives the same dates under TZ=America/Los_Angeles, TZ=Asia/Kolkata and TZ=UTC', () => {
    const losAngeles = resultsUnder('America/Los_Angeles');
    expect(resultsUnder('Asia/Kolkata')).toBe(losAngeles);
    expect(resultsUnder('UTC')).toBe(losAngeles);
    expect(JSON.parse(losAngeles)).toContain('Due soon');
  });
});
