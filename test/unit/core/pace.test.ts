import { kpiPace, paceFormula, parseAggregation } from '../../../src/core/pace';
import { dateCell, day } from '../../helpers/calendar';

/** UTC+14: most instants fall on a later day there than in UTC. */
const ZONE = 'Pacific/Kiritimati';

/** A date argument: ISO text becomes a date cell, as if typed into a date-formatted cell. */
const dateArgument = (value: unknown): unknown =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) ? dateCell(value, ZONE) : value;

/** KPIPACE as a manager types it, with dates as ISO text turned into date cells. */
const KPIPACE = (
  actual: unknown,
  target: unknown,
  starts: unknown,
  ends: unknown,
  asOf: unknown,
  ...rest: unknown[]
): unknown =>
  paceFormula(
    actual,
    target,
    dateArgument(starts),
    dateArgument(ends),
    dateArgument(asOf),
    rest[0],
    rest[1],
    rest[2],
    rest[3],
    ZONE,
  );

const quarter = (asOf: string) => ({
  starts: day('2027-01-01'),
  ends: day('2027-03-31'),
  asOf: day(asOf),
});

describe('KPIPACE example from the product contract', () => {
  it('is At risk with 40,000 of a 120,000 Sum target halfway through the quarter', () => {
    expect(KPIPACE(40000, 120000, '2027-01-01', '2027-03-31', '2027-02-14', 'higher', 'Sum')).toBe(
      'At risk',
    );
  });
});

describe('kpiPace', () => {
  it('expects a Sum KPI to have reached its share of the target by now', () => {
    // 45 of 90 days gone: 60,000 expected.
    expect(kpiPace(60000, 120000, quarter('2027-02-14'), { aggregation: 'Sum' })).toBe('On track');
    expect(kpiPace(48000, 120000, quarter('2027-02-14'), { aggregation: 'Sum' })).toBe('Behind');
    expect(kpiPace(47999, 120000, quarter('2027-02-14'), { aggregation: 'Sum' })).toBe('At risk');
  });

  it('reads a KPI exactly on pace as On track despite floating-point noise', () => {
    // 30 of 90 days: 40,000 expected; 1/3 of the period as a fraction would not be exact.
    expect(kpiPace(40000, 120000, quarter('2027-01-30'), { aggregation: 'Sum' })).toBe('On track');
    expect(kpiPace(0.7, 2.1, quarter('2027-01-30'), { aggregation: 'Sum' })).toBe('On track');
  });

  it('compares Average, Last and an omitted aggregation with the whole target', () => {
    for (const aggregation of ['Average', 'Last', null] as const) {
      expect(kpiPace(90, 100, quarter('2027-01-05'), { aggregation })).toBe('Behind');
      expect(kpiPace(100, 100, quarter('2027-01-05'), { aggregation })).toBe('On track');
    }
  });

  it('counts the first and last day of the period, and stops at its end', () => {
    expect(kpiPace(1, 90, quarter('2027-01-01'), { aggregation: 'Sum' })).toBe('On track');
    expect(kpiPace(119999, 120000, quarter('2027-04-30'), { aggregation: 'Sum' })).toBe('Behind');
    expect(kpiPace(120000, 120000, quarter('2027-03-31'), { aggregation: 'Sum' })).toBe('On track');
  });

  it('is "" before the period starts', () => {
    expect(kpiPace(10, 100, quarter('2026-12-31'))).toBe('');
  });

  it('inverts attainment when lower is better', () => {
    // Cost to date 50,000 against 45,000 expected: 0.9 → Behind.
    expect(
      kpiPace(50000, 90000, quarter('2027-02-14'), { direction: 'lower', aggregation: 'Sum' }),
    ).toBe('Behind');
    expect(kpiPace(4, 5, quarter('2027-02-14'), { direction: 'lower' })).toBe('On track');
    expect(kpiPace(7, 5, quarter('2027-02-14'), { direction: 'lower' })).toBe('At risk');
  });

  it('counts an actual of 0 on a lower-is-better KPI as on track', () => {
    expect(kpiPace(0, 5, quarter('2027-02-14'), { direction: 'lower' })).toBe('On track');
    expect(kpiPace(0, 0, quarter('2027-02-14'), { direction: 'lower' })).toBe('On track');
    expect(kpiPace(-2, 5, quarter('2027-02-14'), { direction: 'lower' })).toBe('On track');
  });

  it('is on track for any actual of 0 or more when a higher KPI expects 0', () => {
    expect(kpiPace(0, 0, quarter('2027-02-14'))).toBe('On track');
    expect(kpiPace(3, 0, quarter('2027-02-14'), { aggregation: 'Sum' })).toBe('On track');
    expect(kpiPace(-1, 0, quarter('2027-02-14'))).toBe('At risk');
  });

  it('judges a range KPI on its score against the band, whatever the aggregation', () => {
    const band = { direction: 'range', threshold: 30, stretch: 50, aggregation: 'Sum' } as const;
    expect(kpiPace(45, 40, quarter('2027-02-14'), band)).toBe('On track');
    expect(kpiPace(55, 40, quarter('2027-02-14'), band)).toBe('Behind');
    expect(kpiPace(58, 40, quarter('2027-02-14'), band)).toBe('At risk');
    expect(() => kpiPace(45, 40, quarter('2027-02-14'), { direction: 'range' })).toThrow(
      /^Threshold is required for "range"/,
    );
  });

  it('refuses a period that ends before it starts', () => {
    expect(() =>
      kpiPace(1, 1, {
        starts: day('2027-03-31'),
        ends: day('2027-01-01'),
        asOf: day('2027-02-01'),
      }),
    ).toThrow("Ends 2027-01-01 is before starts 2027-03-31 — check the period's dates.");
  });
});

describe('parseAggregation', () => {
  it.each([
    ['Sum', 'Sum'],
    [' sum ', 'Sum'],
    ['AVERAGE', 'Average'],
    ['last', 'Last'],
    ['', 'Last'],
    [undefined, 'Last'],
  ])('reads %j as %s', (cell, aggregation) => {
    expect(parseAggregation(cell)).toBe(aggregation);
  });

  it('says which words work', () => {
    expect(() => parseAggregation('Total')).toThrow(
      'Aggregation "Total" is not recognised — use Sum (values that add up over the period), Average or Last, or leave it blank.',
    );
  });
});

describe('KPIPACE', () => {
  it('is "" for a blank actual and "N/A" for an N/A one, before anything else is read', () => {
    expect(KPIPACE('', '', '', '', '')).toBe('');
    expect(KPIPACE('n/a', '', '', '', '')).toBe('N/A');
  });

  it('reads dates as calendar days in the spreadsheet time zone', () => {
    // Noon UTC on 14 February is already 15 February in Kiritimati: 46 of 90 days gone.
    const asOf = new Date('2027-02-14T12:00:00Z');
    expect(KPIPACE(60000, 120000, '2027-01-01', '2027-03-31', asOf, '', 'Sum')).toBe('Behind');
    expect(KPIPACE(60000, 120000, '2027-01-01', '2027-03-31', '2027-02-14', '', 'Sum')).toBe(
      'On track',
    );
  });

  it('throws for a bad single value, saying how to fix it', () => {
    expect(() => KPIPACE(10, '', '2027-01-01', '2027-03-31', '2027-02-14')).toThrow(
      'Target is blank — enter the value the KPI should reach by the end of the period.',
    );
    expect(() => KPIPACE(10, 100, '2027-01-01', '2027-03-31', '')).toThrow(
      /^As of is blank — pass the date to judge on, e.g. the KPI_AS_OF cell/,
    );
    expect(() => KPIPACE(10, 100, 'Q1', '2027-03-31', '2027-02-14')).toThrow(
      /^Starts is "Q1", not a date/,
    );
    expect(() => KPIPACE(10, 100, '2027-01-01', '2027-03-31', '2027-02-14', 'up')).toThrow(
      /^Direction "up" is not recognised/,
    );
  });

  it('ignores threshold and stretch unless the KPI is a range', () => {
    expect(
      KPIPACE(100, 100, '2027-01-01', '2027-03-31', '2027-02-14', 'higher', '', 'x', 'y'),
    ).toBe('On track');
  });

  it('works down a Pace column, marking only the bad cell', () => {
    const starts = dateCell('2027-01-01', ZONE);
    const ends = dateCell('2027-03-31', ZONE);
    const asOf = dateCell('2027-02-14', ZONE);
    const result = paceFormula(
      [[40000], [''], ['N/A'], [3], [45], ['lots']],
      [[120000], [100], [100], [5], [40], [10]],
      starts,
      ends,
      asOf,
      [['higher'], ['higher'], ['higher'], ['lower'], ['range'], ['higher']],
      [['Sum'], [''], [''], [''], ['Sum'], ['']],
      [[''], [''], [''], [''], [30], ['']],
      [[''], [''], [''], [''], [50], ['']],
      ZONE,
    ) as string[][];
    expect(result.slice(0, 5)).toEqual([['At risk'], [''], ['N/A'], ['On track'], ['On track']]);
    expect(result[5]?.[0]).toMatch(/^#KPI! Actual to date "lots" is not a number/);
  });
});
