import fc from 'fast-check';
import { kpiPace } from '../../../../src/core/pace';
import { ratingFor } from '../../../../src/core/rating';
import { rollupFormula } from '../../../../src/core/rollup';
import { scoreKpi } from '../../../../src/core/scoring';
import type { ActualsForm, ActualsRow } from '../../../../src/core/sidebar-api';
import { weightedMean } from '../../../../src/core/weighted-score';
import {
  actualDrafts,
  actualsRequest,
  actualText,
  calendarDateOf,
  liveKpi,
  liveTotals,
  pacePeriodOf,
  readTypedActual,
  scoreText,
} from '../../../../src/client/views/people/actuals-entry';

function row(fields: Partial<ActualsRow>): ActualsRow {
  return {
    kpiId: 'KPI-0001',
    kpi: 'New revenue',
    unit: 'USD',
    direction: 'higher',
    threshold: 80000,
    target: 120000,
    stretch: 150000,
    weight: 40,
    aggregation: 'Sum',
    actual: '',
    comment: '',
    ...fields,
  };
}

const ROWS: ActualsRow[] = [
  row({}),
  row({
    kpiId: 'KPI-0002',
    kpi: 'Win rate',
    unit: '%',
    threshold: 0.2,
    target: 0.3,
    stretch: 0.4,
    weight: 30,
    aggregation: 'Average',
    actual: 0.25,
  }),
  row({
    kpiId: 'KPI-0003',
    kpi: 'Days to close',
    unit: 'days',
    direction: 'lower',
    threshold: null,
    target: 30,
    stretch: null,
    weight: 20,
    aggregation: 'Average',
    actual: 'N/A',
    comment: 'No deals closed',
  }),
  row({
    kpiId: 'KPI-0004',
    kpi: 'Pipeline coverage',
    unit: 'ratio',
    direction: 'range',
    threshold: 2,
    target: 3,
    stretch: 4,
    weight: 10,
    aggregation: 'Last',
  }),
];

function form(fields: Partial<ActualsForm> = {}): ActualsForm {
  return {
    period: {
      period: '2027-Q1',
      starts: '2027-01-01',
      ends: '2027-03-31',
      actualsDue: '2027-04-15',
      state: 'Open',
    },
    person: {
      employeeId: 'E-002',
      name: 'Ana Lima',
      email: 'ana@example.com',
      role: 'Account Executive',
      managerEmail: 'bo@example.com',
      department: 'Sales',
      status: 'Active',
    },
    rows: ROWS,
    asOf: '2027-02-14',
    ...fields,
  };
}

const PERIOD = {
  starts: { year: 2027, month: 1, day: 1 },
  ends: { year: 2027, month: 3, day: 31 },
  asOf: { year: 2027, month: 2, day: 14 },
};

describe('readTypedActual', () => {
  it('reads blank and spaces as not measured yet', () => {
    expect(readTypedActual('', 'USD')).toEqual({ kind: 'blank' });
    expect(readTypedActual('   ', '%')).toEqual({ kind: 'blank' });
  });

  it('reads N/A in any case, and NA, as not applicable', () => {
    for (const text of ['N/A', 'n/a', ' N/a ', 'NA', 'na']) {
      expect(readTypedActual(text, 'USD')).toEqual({ kind: 'not-applicable' });
    }
  });

  it('reads a percent KPI typed as 93 or 93% as the fraction 0.93', () => {
    expect(readTypedActual('93', '%')).toEqual({ kind: 'number', value: 0.93 });
    expect(readTypedActual('93%', 'percent')).toEqual({ kind: 'number', value: 0.93 });
    expect(readTypedActual(' 93 % ', '%')).toEqual({ kind: 'number', value: 0.93 });
    expect(readTypedActual('7', '%')).toEqual({ kind: 'number', value: 0.07 });
    expect(readTypedActual('0.5', '%')).toEqual({ kind: 'number', value: 0.005 });
  });

  it('reads other KPIs as Sheets reads typed numbers', () => {
    expect(readTypedActual('1,250.5', 'USD')).toEqual({ kind: 'number', value: 1250.5 });
    expect(readTypedActual('-3', 'days')).toEqual({ kind: 'number', value: -3 });
    expect(readTypedActual('50%', 'ratio')).toEqual({ kind: 'number', value: 0.5 });
  });

  it('says what to type for text that is not a number', () => {
    expect(readTypedActual('abc', 'USD')).toEqual({
      kind: 'invalid',
      problem:
        '"abc" is not a number — type a number, N/A when the KPI does not apply, or leave it blank.',
    });
    const percent = readTypedActual('93%%', '%');
    expect(percent.kind).toBe('invalid');
    expect(percent.kind === 'invalid' && percent.problem).toContain('in percent, such as 93');
    expect(readTypedActual('1.2.3', 'USD').kind).toBe('invalid');
    expect(readTypedActual('12,34', 'USD').kind).toBe('invalid');
  });
});

describe('actualText and actualDrafts', () => {
  it('shows a stored percent actual as a percent and others as they are', () => {
    expect(actualText(0.93, '%')).toBe('93%');
    expect(actualText(1250, 'USD')).toBe('1250');
    expect(actualText('N/A', '%')).toBe('N/A');
    expect(actualText('', '%')).toBe('');
  });

  it('starts each KPI from its stored actual and comment', () => {
    expect(actualDrafts(form())).toEqual({
      'KPI-0001': { actual: '', comment: '' },
      'KPI-0002': { actual: '25%', comment: '' },
      'KPI-0003': { actual: 'N/A', comment: 'No deals closed' },
      'KPI-0004': { actual: '', comment: '' },
    });
  });

  it('reads a shown percent back as the fraction it came from', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (hundredths) => {
        const fraction = hundredths / 10000;
        const typed = readTypedActual(actualText(fraction, '%'), '%');
        expect(typed).toEqual({ kind: 'number', value: fraction });
      }),
    );
  });
});

describe('calendarDateOf', () => {
  it('reads YYYY-MM-DD days and nothing else', () => {
    expect(calendarDateOf('2027-02-14')).toEqual({ year: 2027, month: 2, day: 14 });
    expect(calendarDateOf('')).toBeNull();
    expect(calendarDateOf('2027-13-01')).toBeNull();
    expect(calendarDateOf('14/02/2027')).toBeNull();
  });
});

describe('pacePeriodOf', () => {
  it("judges an open period's pace on the form's As of day", () => {
    expect(pacePeriodOf(form())).toEqual(PERIOD);
  });

  it('gives no pace for a closed period', () => {
    expect(pacePeriodOf(form({ period: { ...form().period, state: 'Closed' } }))).toBeNull();
  });
});

describe('liveKpi', () => {
  it('scores a typed actual exactly as KPISCORE does, for each direction', () => {
    const [revenue, winRate, days, coverage] = ROWS as [
      ActualsRow,
      ActualsRow,
      ActualsRow,
      ActualsRow,
    ];
    expect(liveKpi(revenue, '130,000', null).score).toBe(
      scoreKpi(130000, 120000, { direction: 'higher', threshold: 80000, stretch: 150000 }),
    );
    expect(liveKpi(winRate, '27', null).score).toBe(
      scoreKpi(0.27, 0.3, { direction: 'higher', threshold: 0.2, stretch: 0.4 }),
    );
    expect(liveKpi(days, '24', null).score).toBe(scoreKpi(24, 30, { direction: 'lower' }));
    expect(liveKpi(coverage, '4.5', null).score).toBe(
      scoreKpi(4.5, 3, { direction: 'range', threshold: 2, stretch: 4 }),
    );
    expect(liveKpi(coverage, '4.5', null).score).toBe(0.5);
  });

  it('gives no score for a blank actual and N/A for one that does not apply', () => {
    expect(liveKpi(ROWS[0] as ActualsRow, '', PERIOD)).toEqual({
      typed: { kind: 'blank' },
      score: '',
      problem: '',
      pace: '',
    });
    expect(liveKpi(ROWS[0] as ActualsRow, 'n/a', PERIOD)).toMatchObject({
      score: 'N/A',
      pace: '',
    });
  });

  it('shows the pace KPIPACE gives on the As of day of an open period', () => {
    const revenue = ROWS[0] as ActualsRow;
    const live = liveKpi(revenue, '40000', PERIOD);
    expect(live.pace).toBe(
      kpiPace(40000, 120000, PERIOD, {
        direction: 'higher',
        aggregation: 'Sum',
        threshold: 80000,
        stretch: 150000,
      }),
    );
    expect(live.pace).toBe('At risk');
    expect(liveKpi(revenue, '60000', PERIOD).pace).toBe('On track');
    expect(liveKpi(revenue, '50000', PERIOD).pace).toBe('Behind');
    expect(liveKpi(revenue, '60000', null).pace).toBe('');
  });

  it("says why a KPI's own settings cannot score, as the sheet's #KPI! does", () => {
    const broken = row({ direction: 'range', threshold: null, target: 3, stretch: 4 });
    let expected = '';
    try {
      scoreKpi(3.5, 3, { direction: 'range', threshold: null, stretch: 4 });
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).not.toBe('');
    expect(liveKpi(broken, '3.5', PERIOD)).toMatchObject({ score: '', problem: expected });
  });

  it('reports an actual that is not a number and does not score it', () => {
    expect(liveKpi(ROWS[0] as ActualsRow, 'lots', PERIOD)).toMatchObject({
      score: '',
      pace: '',
      problem: expect.stringContaining('"lots" is not a number'),
    });
  });
});

describe('liveTotals', () => {
  const kpisFor = (texts: string[]) =>
    ROWS.map((item, index) => liveKpi(item, texts[index] ?? '', null));

  it('totals the scored KPIs as KPIWEIGHTED does and rates them when every KPI that applies is scored', () => {
    const kpis = kpisFor(['130000', '27', 'N/A', '3.5']);
    const scores = kpis.map((kpi) => kpi.score);
    const totals = liveTotals(ROWS, kpis, 1);
    const weighted = weightedMean([
      { score: scores[0] as number, weight: 40 },
      { score: scores[1] as number, weight: 30 },
      { score: scores[3] as number, weight: 10 },
    ]);
    expect(totals).toEqual({
      weighted,
      scored: 3,
      expected: 3,
      rating: ratingFor(weighted as number),
    });
  });

  it('reads Incomplete (n of m) until the coverage Results asks for is met', () => {
    const kpis = kpisFor(['130000', '', '24', '']);
    expect(liveTotals(ROWS, kpis, 1)).toMatchObject({
      scored: 2,
      expected: 4,
      rating: 'Incomplete (2 of 4)',
    });
    expect(liveTotals(ROWS, kpis, 0.5).rating).toBe(
      ratingFor(liveTotals(ROWS, kpis, 0.5).weighted as number),
    );
  });

  it('counts an actual that cannot be read as expected but not scored', () => {
    const kpis = kpisFor(['130000', 'oops', 'N/A', '3']);
    expect(liveTotals(ROWS, kpis, 1)).toMatchObject({
      scored: 2,
      expected: 3,
      rating: 'Incomplete (2 of 3)',
    });
  });

  it('has no total and no rating while nothing applies or nothing is scored', () => {
    expect(liveTotals(ROWS, kpisFor(['N/A', 'N/A', 'N/A', 'N/A']), 1)).toEqual({
      weighted: '',
      scored: 0,
      expected: 0,
      rating: '',
    });
    expect(liveTotals(ROWS, kpisFor([]), 0)).toEqual({
      weighted: '',
      scored: 0,
      expected: 4,
      rating: 'Incomplete (0 of 4)',
    });
  });

  it('agrees with the KPIROLLUP that totals Results, whatever is typed', () => {
    const typed = fc.oneof(
      fc.constant(''),
      fc.constant('N/A'),
      fc.integer({ min: 0, max: 200000 }).map(String),
    );
    fc.assert(
      fc.property(
        fc.array(typed, { minLength: 4, maxLength: 4 }),
        fc.constantFrom(0, 0.5, 0.75, 1),
        (texts, coverage) => {
          const kpis = kpisFor(texts);
          const totals = liveTotals(ROWS, kpis, coverage);
          const rollup = rollupFormula(
            ROWS.map(() => ['2027-Q1', 'E-002']),
            kpis.map((kpi) => [kpi.score]),
            ROWS.map((item) => [item.weight]),
            coverage,
            () => 'UTC',
          );
          const [, , score, scored, expected] = (rollup as unknown[][])[0] as unknown[];
          expect([totals.scored, totals.expected]).toEqual([scored, expected]);
          if (typeof score === 'number') {
            expect(totals.weighted).toBeCloseTo(score, 12);
            expect(totals.rating).toBe(ratingFor(score));
          } else if ((expected as number) > 0) {
            expect(totals.rating).toBe(`Incomplete (${scored as number} of ${expected as number})`);
          } else {
            expect(totals.rating).toBe('');
          }
        },
      ),
    );
  });
});

describe('actualsRequest', () => {
  it('sends only the KPIs that changed, each actual as the sheet stores it', () => {
    const drafts = {
      ...actualDrafts(form()),
      'KPI-0001': { actual: '130,000', comment: ' Two big deals ' },
      'KPI-0002': { actual: '25%', comment: '' },
      'KPI-0003': { actual: '12', comment: 'No deals closed' },
      'KPI-0004': { actual: 'na', comment: '' },
    };
    expect(actualsRequest(form(), drafts)).toEqual({
      period: '2027-Q1',
      employeeId: 'E-002',
      actuals: [
        { kpiId: 'KPI-0001', actual: 130000, comment: 'Two big deals' },
        { kpiId: 'KPI-0003', actual: 12, comment: 'No deals closed' },
        { kpiId: 'KPI-0004', actual: 'N/A', comment: '' },
      ],
    });
  });

  it('sends a percent typed as 93 as 0.93 and a cleared actual as blank', () => {
    const drafts = {
      ...actualDrafts(form()),
      'KPI-0002': { actual: '93', comment: '' },
      'KPI-0003': { actual: '', comment: 'No deals closed' },
    };
    expect(actualsRequest(form(), drafts).actuals).toEqual([
      { kpiId: 'KPI-0002', actual: 0.93, comment: '' },
      { kpiId: 'KPI-0003', actual: '', comment: 'No deals closed' },
    ]);
  });

  it('sends nothing when nothing changed', () => {
    expect(actualsRequest(form(), actualDrafts(form())).actuals).toEqual([]);
  });
});

describe('scoreText', () => {
  it('shows a score as the whole percent the sheet shows', () => {
    expect(scoreText(1.153)).toBe('115%');
    expect(scoreText(0)).toBe('0%');
  });
});
