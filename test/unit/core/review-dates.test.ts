import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { calendarDateInZone } from '../../../src/core/time-zone';
import { formatCalendarDate } from '../../../src/core/calendar-date';
import {
  nextReviewFormula,
  reviewKpiRow,
  reviewStatus,
  reviewStatusFormula,
} from '../../../src/core/review-dates';
import { dateCell, day, ZONES } from '../../helpers/calendar';

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
          import { nextReviewFormula, reviewStatusFormula } from './src/core/review-dates';
          import { startOfDayInZone, calendarDateInZone } from './src/core/time-zone';
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
