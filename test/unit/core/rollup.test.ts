import { plainDecimal, rollupFormula } from '../../../src/core/rollup';
import { weightedScoreFormula } from '../../../src/core/weighted-score';
import { dateCell } from '../../helpers/calendar';

const noZone = (): string => {
  throw new Error('the time zone is read only for date keys');
};

/** KPIROLLUP as a manager types it. */
const KPIROLLUP = (
  keys: unknown,
  scores: unknown,
  weights: unknown,
  minCoverage: unknown = '',
  timeZone: () => string = noZone,
): unknown => rollupFormula(keys, scores, weights, minCoverage, timeZone);

describe('KPIROLLUP examples from the product contract', () => {
  const keys = [
    ['Q1', 'E1'],
    ['Q1', 'E1'],
    ['Q1', 'E2'],
  ];

  it('totals each group, leaving an all-N/A group unscored with nothing expected', () => {
    expect(KPIROLLUP(keys, [[1.2], [0.8], ['N/A']], [[50], [50], [100]])).toEqual([
      ['Q1', 'E1', 1, 2, 2],
      ['Q1', 'E2', '', 0, 0],
    ]);
  });

  it('leaves a group unscored until every expected KPI is scored', () => {
    expect(KPIROLLUP(keys, [[1.2], [''], [0.9]], [[50], [50], [100]])).toEqual([
      ['Q1', 'E1', '', 1, 2],
      ['Q1', 'E2', 0.9, 1, 1],
    ]);
  });

  it('scores a group once the minimum coverage is met', () => {
    expect(KPIROLLUP(keys, [[1.2], [''], [0.9]], [[50], [50], [100]], 0.5)).toEqual([
      ['Q1', 'E1', 1.2, 1, 2],
      ['Q1', 'E2', 0.9, 1, 1],
    ]);
  });
});

describe('grouping rows', () => {
  it('keeps groups in order of first appearance, wherever their rows are', () => {
    const result = KPIROLLUP(
      [['B'], ['A'], ['B'], ['C'], ['A']],
      [[1], [0.5], [0.5], [1], [1]],
      [[1], [1], [1], [1], [3]],
    );
    expect(result).toEqual([
      ['B', 0.75, 2, 2],
      ['A', 0.875, 2, 2],
      ['C', 1, 1, 1],
    ]);
  });

  it('compares keys by trimmed text, case-sensitively, and shows the first row’s key cells', () => {
    const result = KPIROLLUP([[' E1'], ['E1 '], ['e1']], [[1], [0.5], [1]], [[1], [1], [1]]);
    expect(result).toEqual([
      [' E1', 0.75, 2, 2],
      ['e1', 1, 1, 1],
    ]);
  });

  it('treats the number 2027 and the text "2027" as one key', () => {
    expect(KPIROLLUP([[2027], ['2027'], [2027.5]], [[1], [0], [1]], [[1], [1], [1]])).toEqual([
      [2027, 0.5, 2, 2],
      [2027.5, 1, 1, 1],
    ]);
  });

  it('compares date keys as calendar days in the spreadsheet time zone', () => {
    const zone = 'Pacific/Auckland';
    const march = dateCell('2027-03-31', zone);
    const sameDayLater = new Date(march.getTime() + 5 * 3_600_000);
    let zoneReads = 0;
    const result = KPIROLLUP(
      [[march], [sameDayLater], ['2027-03-31'], [dateCell('2027-04-01', zone)]],
      [[1], [0], [1], [1]],
      [[1], [1], [1], [1]],
      '',
      () => {
        zoneReads++;
        return zone;
      },
    ) as unknown[][];
    expect(result.map((row) => row.slice(1))).toEqual([
      [2 / 3, 3, 3],
      [1, 1, 1],
    ]);
    expect(result[0]?.[0]).toBe(march);
    expect(zoneReads).toBe(1);
  });

  it('groups by several key columns without mixing up keys that join alike', () => {
    const result = KPIROLLUP(
      [
        ['ab', 'c'],
        ['a', 'bc'],
        ['ab', 'c'],
      ],
      [[1], [0.5], [0]],
      [[1], [1], [1]],
    );
    expect(result).toEqual([
      ['ab', 'c', 0.5, 2, 2],
      ['a', 'bc', 0.5, 1, 1],
    ]);
  });

  it('skips rows whose key cells are all blank, but not rows with one key given', () => {
    const result = KPIROLLUP(
      [
        ['', ''],
        ['Q1', ''],
        ['  ', null],
        ['', 'E1'],
      ],
      [[1], [0.5], [1], [0.7]],
      [[1], [1], [1], [1]],
    );
    expect(result).toEqual([
      ['Q1', '', 0.5, 1, 1],
      ['', 'E1', 0.7, 1, 1],
    ]);
  });

  it('is "" when no row has a key', () => {
    expect(KPIROLLUP([[''], ['']], [[1], [1]], [[1], [1]])).toBe('');
    expect(KPIROLLUP('', 1, 1)).toBe('');
  });

  it('reads single cells as one-row ranges', () => {
    expect(KPIROLLUP('E1', 0.8, 1)).toEqual([['E1', 0.8, 1, 1]]);
  });

  it('gives each group the score KPIWEIGHTED gives its rows', () => {
    const scores = [[1.2], [''], ['#KPI! Target is blank'], [0.9], ['n/a'], ['95%']];
    const weights = [[0.3], [0.2], [0.1], [0.4], [''], ['10%']];
    const result = KPIROLLUP(
      scores.map(() => ['E1']),
      scores,
      weights,
      0,
    ) as unknown[][];
    expect(result).toHaveLength(1);
    expect(result[0]?.[1]).toBeCloseTo(weightedScoreFormula(scores, weights) as number, 12);
    expect(result[0]?.slice(2)).toEqual([3, 5]);
  });
});

describe('bad rows', () => {
  it('marks only the group with a bad weight, naming the row and the fix', () => {
    const result = KPIROLLUP(
      [['E1'], ['E2'], ['E2'], ['E3'], ['E4']],
      [[1], [1], [0.5], [0.9], [1]],
      [[1], [-2], [1], [''], ['heavy']],
    ) as unknown[][];
    expect(result[0]).toEqual(['E1', 1, 1, 1]);
    expect(result[1]).toEqual([
      'E2',
      '#KPI! Weight in row 2 is -2 — weights cannot be negative; enter 0 to leave a KPI out.',
      1,
      2,
    ]);
    expect(result[2]?.[1]).toMatch(/^#KPI! Weight in row 4 is blank but its score is 0\.9/);
    expect(result[3]?.[1]).toMatch(/^#KPI! Weight in row 5 "heavy" is not a number/);
  });

  it('marks a group whose scored weights add up to 0', () => {
    expect(KPIROLLUP([['E1']], [[1]], [[0]])).toEqual([
      [
        'E1',
        '#KPI! The weights of the scored KPIs add up to 0 — give at least one scored KPI a weight above 0.',
        1,
        1,
      ],
    ]);
  });

  it('marks a group with a score that is not a number', () => {
    const result = KPIROLLUP([['E1'], ['E2']], [['great'], [1]], [[1], [1]]) as unknown[][];
    expect(result[0]?.[1]).toMatch(/^#KPI! Score in row 1 "great" is not a number/);
    expect(result[1]).toEqual(['E2', 1, 1, 1]);
  });

  it('throws for scores or weights of another height than the keys', () => {
    expect(() => KPIROLLUP([['E1'], ['E2']], [[1]], [[1], [1]])).toThrow(
      'scores has 1 row but keys has 2 — select the same rows for keys, scores and weights.',
    );
    expect(() => KPIROLLUP([['E1'], ['E2']], [[1], [1]], [[1], [1], [1]])).toThrow(
      'weights has 3 rows but keys has 2 — select the same rows for keys, scores and weights.',
    );
    expect(() => KPIROLLUP([['E1']], [[1, 2]], [[1]])).toThrow(
      'scores has 2 columns — select a single column.',
    );
  });

  it('throws for a minimum coverage that is not a fraction from 0 to 1', () => {
    expect(() => KPIROLLUP([['E1']], [[1]], [[1]], 75)).toThrow(
      /^min_coverage is 75 — enter a fraction from 0 to 1, such as 0.75 or 75%/,
    );
    expect(KPIROLLUP([['E1'], ['E1']], [[1], ['']], [[1], [1]], '50%')).toEqual([['E1', 1, 1, 2]]);
  });

  it('throws for a key that is not text, a number or a date', () => {
    expect(() => KPIROLLUP([[{}]], [[1]], [[1]])).toThrow(
      'Key in row 1 is an object — keys must be text, numbers or dates.',
    );
  });
});

describe('plainDecimal', () => {
  it.each([
    [2027, '2027'],
    [0.5, '0.5'],
    [-12.25, '-12.25'],
    [1e-7, '0.0000001'],
    [-1.5e-9, '-0.0000000015'],
    [1e21, '1000000000000000000000'],
    [1.25e22, '12500000000000000000000'],
  ])('writes %d as %s', (value, text) => {
    expect(plainDecimal(value)).toBe(text);
  });
});
