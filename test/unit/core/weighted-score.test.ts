import fc from 'fast-check';
import { weightedMean, weightedScoreFormula } from '../../../src/core/weighted-score';

describe('weightedMean', () => {
  it('is the weighted mean of the scores', () => {
    expect(
      weightedMean([
        { score: 1.2, weight: 30 },
        { score: 0.9, weight: 70 },
      ]),
    ).toBeCloseTo(0.99, 12);
  });

  it('is "" when no KPI has a score', () => {
    expect(weightedMean([])).toBe('');
  });

  it('rejects a negative weight', () => {
    expect(() => weightedMean([{ score: 1, weight: -1 }])).toThrow(/negative — enter 0 or more/);
  });
});

describe('KPIWEIGHTED', () => {
  it('weights a column of scores by a column of percent weights', () => {
    expect(weightedScoreFormula([[1.2], [0.8], [1]], [[0.5], [0.25], [0.25]])).toBeCloseTo(
      1.05,
      12,
    );
  });

  it('gives the same result for fractions, percent text and plain numbers', () => {
    const scores = [[1.2], [0.8], [1]];
    const fractions = weightedScoreFormula(scores, [[0.5], [0.25], [0.25]]);
    expect(weightedScoreFormula(scores, [['50%'], ['25%'], ['25%']])).toBeCloseTo(
      fractions as number,
      12,
    );
    expect(weightedScoreFormula(scores, [[50], [25], [25]])).toBeCloseTo(fractions as number, 12);
  });

  it('leaves out blank and #KPI! scores and renormalises the other weights', () => {
    const result = weightedScoreFormula(
      [[1.2], [''], ['#KPI! Target is blank — enter the value that scores 1 (100%).'], [0.9]],
      [[30], [20], [10], [40]],
    );
    expect(result).toBeCloseTo((1.2 * 30 + 0.9 * 40) / 70, 12);
  });

  it('leaves N/A scores out of the weighted sum, whatever their weight', () => {
    expect(weightedScoreFormula([[1.2], ['N/A'], [0.9]], [[30], [20], [40]])).toBeCloseTo(
      (1.2 * 30 + 0.9 * 40) / 70,
      12,
    );
    // The KPI does not apply, so its weight is not needed, not even checked.
    expect(weightedScoreFormula([[1], ['n/a'], ['NA']], [[50], [''], [-5]])).toBe(1);
    expect(weightedScoreFormula('N/A', 50)).toBe('');
    expect(weightedScoreFormula([['N/A'], ['N/A']], [[50], [50]])).toBe('');
  });

  it('is "" when no row has a numeric score', () => {
    expect(weightedScoreFormula([[''], ['#KPI! bad']], [[50], [50]])).toBe('');
  });

  it('rejects a negative weight, naming the row', () => {
    expect(() => weightedScoreFormula([[1], [1]], [[50], [-10]])).toThrow(
      'Weight in row 2 is -10 — weights cannot be negative; enter 0 to leave a KPI out.',
    );
    expect(() => weightedScoreFormula([[1], ['']], [[50], ['-10%']])).toThrow(/row 2 is -0.1/);
  });

  it('rejects a blank weight on a scored row', () => {
    expect(() => weightedScoreFormula([[1], [0.5]], [[50], ['']])).toThrow(
      /Weight in row 2 is blank but its score is 0.5 — enter the KPI's weight/,
    );
  });

  it('accepts a blank weight where the score is blank too', () => {
    expect(weightedScoreFormula([[1], ['']], [[50], ['']])).toBe(1);
  });

  it('rejects weights of scored KPIs that add up to 0', () => {
    expect(() => weightedScoreFormula([[1], [0.5]], [[0], [0]])).toThrow(/add up to 0/);
  });

  it('rejects a score that is not a number, naming the cell', () => {
    expect(() => weightedScoreFormula([[1, 'good']], [[1, 1]])).toThrow(
      /Score in row 1, column 2 "good" is not a number/,
    );
  });

  it('pairs a row of weights with a column of scores of the same length', () => {
    expect(weightedScoreFormula([[1], [0.5]], [[3, 1]])).toBeCloseTo(0.875, 12);
  });

  it('applies a single weight to every score', () => {
    expect(weightedScoreFormula([[1], [0.5]], 1)).toBeCloseTo(0.75, 12);
  });

  it('works on single values', () => {
    expect(weightedScoreFormula(0.8, 1)).toBe(0.8);
    expect(weightedScoreFormula('', 1)).toBe('');
  });

  it('refuses ranges of different lengths', () => {
    expect(() => weightedScoreFormula([[1], [2], [3]], [[1], [2]])).toThrow(
      /weights is 2×1 but scores is 3×1/,
    );
  });

  it('lies between the lowest and highest numeric score', () => {
    const row = fc.tuple(
      fc.oneof(fc.double({ min: 0, max: 1.5, noNaN: true }), fc.constant('')),
      fc.double({ min: 0.01, max: 100, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const result = weightedScoreFormula(
          rows.map(([score]) => [score]),
          rows.map(([, weight]) => [weight]),
        );
        const numeric = rows
          .map(([score]) => score)
          .filter((score): score is number => score !== '');
        if (numeric.length === 0) {
          expect(result).toBe('');
          return;
        }
        expect(result).toBeGreaterThanOrEqual(Math.min(...numeric) - 1e-12);
        expect(result).toBeLessThanOrEqual(Math.max(...numeric) + 1e-12);
      }),
    );
  });
});
