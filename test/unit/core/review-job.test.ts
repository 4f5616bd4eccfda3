import {
  INVALID_CADENCE_STATUS,
  INVALID_DATE_STATUS,
  REVIEW_JOB_COLUMNS,
  needsOwnerAttention,
  reviewRegister,
  reviewSlice,
  type RegisterReviewOptions,
} from '../../../src/core/review-job';
import { startOfDayInZone, type CalendarDate } from '../../../src/core/review-dates';
import { normaliseHeader } from '../../../src/core/header-map';
import { REGISTER_HEADERS } from '../../../src/core/sheet-layouts';

const day = (year: number, month: number, dayOfMonth: number): CalendarDate => ({
  year,
  month,
  day: dayOfMonth,
});

interface RowInput {
  id?: string;
  kpi?: string;
  lastReviewed?: unknown;
  cadence?: unknown;
  owner?: string;
  status?: unknown;
}

/** A register in the standard layout, one row per input. */
function register(rows: RowInput[], header: readonly string[] = REGISTER_HEADERS): unknown[][] {
  return [
    [...header],
    ...rows.map((input, index) => {
      const byHeader: Record<string, unknown> = {
        'KPI ID': input.id ?? `KPI-${String(index + 1).padStart(4, '0')}`,
        Role: 'Account Executive',
        KPI: input.kpi ?? `KPI ${index + 1}`,
        Owner: input.owner ?? 'ana@example.com',
        'Review cadence': input.cadence ?? 'Quarterly',
        'Last reviewed': input.lastReviewed ?? '',
        'Next review': '',
        'Review status': input.status ?? '',
      };
      const byKey = new Map(
        Object.entries(byHeader).map(([name, value]) => [normaliseHeader(name), value]),
      );
      return header.map((name) => byKey.get(normaliseHeader(name)) ?? '');
    }),
  ];
}

const LONDON = 'Europe/London';
const dateIn = (date: CalendarDate, zone = LONDON): Date => startOfDayInZone(date, zone);
const options = (asOf: CalendarDate, timeZone = LONDON): RegisterReviewOptions => ({
  asOf,
  timeZone,
  dueSoonDays: 14,
});

describe('reviewRegister', () => {
  it('gives each row its next review and the KPIREVIEWSTATUS status on the day', () => {
    const values = register([
      { lastReviewed: dateIn(day(2025, 12, 1)) }, // next 2026-03-01, before 03-15
      { lastReviewed: dateIn(day(2025, 12, 20)) }, // next 2026-03-20, 5 days ahead
      { lastReviewed: dateIn(day(2026, 2, 1)) }, // next 2026-05-01
      { lastReviewed: '' },
    ]);
    const review = reviewRegister(values, options(day(2026, 3, 15)));
    expect(review.kpis.map((kpi) => kpi.status)).toEqual([
      'Overdue',
      'Due soon',
      'Up to date',
      'Never reviewed',
    ]);
    expect(review.cells[0]).toEqual([dateIn(day(2026, 3, 1)), 'Overdue']);
    expect(review.cells[3]).toEqual(['', 'Never reviewed']);
    expect(review.counts).toEqual({
      overdue: 1,
      dueSoon: 1,
      upToDate: 1,
      neverReviewed: 1,
      invalid: 0,
    });
  });

  it('finds its columns by header text, wherever they stand and among user columns', () => {
    const shuffled = [
      'My notes',
      'review status',
      'Owner',
      'LAST REVIEWED',
      'KPI',
      'Next Review',
      'Review cadence',
      'Role',
      'KPI ID',
      'Budget code',
    ];
    const values = register(
      [{ lastReviewed: dateIn(day(2025, 11, 30)), cadence: 'Quarterly' }],
      shuffled,
    );
    const review = reviewRegister(values, options(day(2026, 3, 1)));
    expect(review.columns['Review status']).toBe(1);
    expect(review.columns['Next review']).toBe(5);
    expect(review.kpis[0]).toMatchObject({ status: 'Overdue', nextReview: day(2026, 2, 28) });
  });

  it('clamps month ends and lands on leap days', () => {
    const values = register([
      { lastReviewed: dateIn(day(2027, 8, 31)), cadence: 'Biannual' },
      { lastReviewed: dateIn(day(2026, 11, 30)), cadence: 'Quarterly' },
      { lastReviewed: dateIn(day(2028, 2, 29)), cadence: 'Annual' },
    ]);
    const review = reviewRegister(values, options(day(2027, 1, 1)));
    expect(review.kpis.map((kpi) => kpi.nextReview)).toEqual([
      day(2028, 2, 29),
      day(2027, 2, 28),
      day(2029, 2, 28),
    ]);
  });

  it('moves a KPI from Due soon to Overdue across a quarter boundary', () => {
    const values = register([{ lastReviewed: dateIn(day(2025, 12, 31)) }]);
    const statusOn = (asOf: CalendarDate): string | undefined =>
      reviewRegister(values, options(asOf)).kpis[0]?.status;
    expect(statusOn(day(2026, 3, 16))).toBe('Up to date');
    expect(statusOn(day(2026, 3, 17))).toBe('Due soon');
    expect(statusOn(day(2026, 3, 31))).toBe('Due soon');
    expect(statusOn(day(2026, 4, 1))).toBe('Overdue');
  });

  it('reads date cells as days in the spreadsheet time zone, not the machine one', () => {
    // Midnight 1 January in Tokyo is still 31 December in UTC.
    const tokyoDate = dateIn(day(2026, 1, 1), 'Asia/Tokyo');
    const values = register([{ lastReviewed: tokyoDate }]);
    const review = reviewRegister(values, options(day(2026, 4, 1), 'Asia/Tokyo'));
    expect(review.kpis[0]?.nextReview).toEqual(day(2026, 4, 1));
    expect(review.kpis[0]?.status).toBe('Due soon');
    expect(review.cells[0]?.[0]).toEqual(dateIn(day(2026, 4, 1), 'Asia/Tokyo'));
  });

  it('gives junk dates and cadences a readable status instead of stopping', () => {
    const values = register([
      { lastReviewed: 'last spring' },
      { lastReviewed: 45000 },
      { lastReviewed: new Date(Number.NaN) },
      { lastReviewed: '2026-02-30' },
      { lastReviewed: '2026-01-15' },
      { lastReviewed: dateIn(day(2026, 1, 15)), cadence: 'Fortnightly' },
    ]);
    const review = reviewRegister(values, options(day(2026, 3, 1)));
    expect(review.kpis.map((kpi) => kpi.status)).toEqual([
      INVALID_DATE_STATUS,
      INVALID_DATE_STATUS,
      INVALID_DATE_STATUS,
      INVALID_DATE_STATUS,
      'Up to date',
      INVALID_CADENCE_STATUS,
    ]);
    expect(review.kpis[0]?.problem).toMatch(/not a date — enter a date such as/);
    expect(review.kpis[5]?.problem).toMatch(/Fortnightly/);
    expect(review.cells[0]).toEqual(['', INVALID_DATE_STATUS]);
    expect(review.counts.invalid).toBe(5);
  });

  it('leaves empty spacing rows as they are and does not count them', () => {
    const values = register([{ lastReviewed: dateIn(day(2026, 1, 1)) }]);
    const spacing: unknown[] = new Array<unknown>(REGISTER_HEADERS.length).fill('');
    spacing[REGISTER_HEADERS.indexOf('Next review')] = 'keep';
    spacing[REGISTER_HEADERS.indexOf('Review status')] = 'me';
    values.push(spacing);
    const review = reviewRegister(values, options(day(2026, 2, 1)));
    expect(review.kpis).toHaveLength(1);
    expect(review.cells[1]).toEqual(['keep', 'me']);
  });

  it('keeps text in a spacing row as text when it is written back, never as a formula', () => {
    const values = register([{ lastReviewed: dateIn(day(2026, 1, 1)) }]);
    const spacing: unknown[] = new Array<unknown>(REGISTER_HEADERS.length).fill('');
    spacing[REGISTER_HEADERS.indexOf('Next review')] = '=IMPORTXML("http://x", "//a")';
    spacing[REGISTER_HEADERS.indexOf('Review status')] = '-5';
    values.push(spacing, register([{}])[1] as unknown[]);
    const review = reviewRegister(values, options(day(2026, 2, 1)));
    expect(review.cells[1]).toEqual(['\'=IMPORTXML("http://x", "//a")', "'-5"]);
  });

  it('leaves a Retired KPI out of the review and keeps its cells', () => {
    const values = register([
      { lastReviewed: dateIn(day(2025, 1, 1)), status: 'Retired' },
      { lastReviewed: dateIn(day(2025, 1, 1)) },
      { lastReviewed: dateIn(day(2025, 1, 1)), status: ' retired ' },
    ]);
    const review = reviewRegister(values, options(day(2026, 2, 1)));
    expect(review.kpis.map((kpi) => kpi.kpiId)).toEqual(['KPI-0002']);
    expect(review.cells[0]).toEqual(['', 'Retired']);
    expect(review.counts.overdue).toBe(1);
  });

  it('marks a KPI as newly Overdue only when the status written last time was not Overdue', () => {
    const overdueDate = dateIn(day(2025, 1, 1));
    const values = register([
      { lastReviewed: overdueDate, status: 'Due soon' },
      { lastReviewed: overdueDate, status: 'Overdue' },
      { lastReviewed: overdueDate, status: '' },
      { lastReviewed: dateIn(day(2026, 1, 1)), status: 'Overdue' },
    ]);
    const review = reviewRegister(values, options(day(2026, 2, 1)));
    expect(review.kpis.map((kpi) => kpi.becameOverdue)).toEqual([true, false, true, false]);
  });

  it('judges the same register the same way after its statuses are written back', () => {
    const values = register([
      { lastReviewed: dateIn(day(2025, 1, 1)) },
      { lastReviewed: dateIn(day(2026, 1, 20)) },
    ]);
    const first = reviewRegister(values, options(day(2026, 4, 1)));
    const columns = first.columns;
    first.cells.forEach(([next, status], index) => {
      const row = values[index + 1] as unknown[];
      row[columns['Next review']] = next;
      row[columns['Review status']] = status;
    });
    const second = reviewRegister(values, options(day(2026, 4, 1)));
    expect(second.cells).toEqual(first.cells);
    expect(second.kpis.some((kpi) => kpi.becameOverdue)).toBe(false);
  });

  it('names the missing columns and how to add them', () => {
    const header = REGISTER_HEADERS.filter((name) => name !== 'Owner' && name !== 'Last reviewed');
    expect(() => reviewRegister([header], options(day(2026, 1, 1)))).toThrow(
      /no "Owner", "Last reviewed" columns.*Set up sheets/,
    );
    expect(() => reviewRegister([], options(day(2026, 1, 1)))).toThrow(/is empty.*Set up sheets/);
  });

  it('needs only the review columns', () => {
    const values = register([{ lastReviewed: dateIn(day(2026, 1, 1)) }], REVIEW_JOB_COLUMNS);
    expect(reviewRegister(values, options(day(2026, 1, 2))).kpis).toHaveLength(1);
  });
});

describe('reviewSlice', () => {
  it('returns the cells and newly overdue KPIs of a row span only', () => {
    const overdue = dateIn(day(2025, 1, 1));
    const values = register([
      { lastReviewed: overdue },
      { lastReviewed: overdue },
      { lastReviewed: overdue },
    ]);
    const review = reviewRegister(values, options(day(2026, 1, 1)));
    const slice = reviewSlice(review, 1, 3);
    expect(slice.cells).toHaveLength(2);
    expect(slice.newlyOverdue.map((kpi) => kpi.kpiId)).toEqual(['KPI-0002', 'KPI-0003']);
  });
});

describe('needsOwnerAttention', () => {
  it('picks Overdue and Due soon KPIs that have an owner', () => {
    const values = register([
      { lastReviewed: dateIn(day(2025, 1, 1)) },
      { lastReviewed: dateIn(day(2025, 1, 1)), owner: '' },
      { lastReviewed: dateIn(day(2025, 12, 20)) },
      { lastReviewed: '' },
    ]);
    const review = reviewRegister(values, options(day(2026, 3, 15)));
    expect(review.kpis.map(needsOwnerAttention)).toEqual([true, false, true, false]);
  });
});
