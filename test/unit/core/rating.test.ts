import {
  DEFAULT_RATING_BANDS,
  parseRatingBands,
  ratingFor,
  ratingFormula,
} from '../../../src/core/rating';

describe('ratingFor with the default bands', () => {
  it.each([
    [0, 'Below expectations'],
    [0.59, 'Below expectations'],
    [0.6, 'Needs improvement'],
    [0.89, 'Needs improvement'],
    [0.9, 'Meets expectations'],
    [1.0999, 'Meets expectations'],
    [1.1, 'Exceeds expectations'],
    [1.3, 'Outstanding'],
    [1.5, 'Outstanding'],
    [-2, 'Below expectations'],
  ])('rates %d as %s', (score, label) => {
    expect(ratingFor(score, DEFAULT_RATING_BANDS)).toBe(label);
  });
});

describe('custom bands', () => {
  const bands = [
    [1, 'Good'],
    [0, 'Poor'],
    [1.2, 'Great'],
  ];

  it('reads two-column bands in any row order', () => {
    expect(parseRatingBands(bands)).toEqual([
      { minimum: 0, label: 'Poor' },
      { minimum: 1, label: 'Good' },
      { minimum: 1.2, label: 'Great' },
    ]);
  });

  it('rates with the custom bands, minimums inclusive', () => {
    expect(ratingFormula(1, bands)).toBe('Good');
    expect(ratingFormula(0.99, bands)).toBe('Poor');
    expect(ratingFormula(1.25, bands)).toBe('Great');
  });

  it('skips blank band rows and reads percent minimums', () => {
    expect(
      ratingFormula(0.95, [
        ['90%', 'Good'],
        ['', ''],
        [0, 'Poor'],
      ]),
    ).toBe('Good');
  });

  it('says how to fix a score below every band', () => {
    expect(() => ratingFormula(-0.1, bands)).toThrow(
      'Score -0.1 is below the lowest band (0, "Poor") — add a band with a lower minimum.',
    );
  });

  it('says how to fix bands that cannot work', () => {
    expect(() => ratingFormula(1, [[0, 'Poor', 'x']])).toThrow(/exactly two columns/);
    expect(() => ratingFormula(1, 'Poor')).toThrow(/two-column range/);
    expect(() =>
      ratingFormula(1, [
        ['Min', 'Label'],
        [0, 'Poor'],
      ]),
    ).toThrow(/without a header row/);
    expect(() =>
      ratingFormula(1, [
        [0, 'Poor'],
        [0, 'Weak'],
      ]),
    ).toThrow(/share the minimum 0/);
    expect(() => ratingFormula(1, [[0, '']])).toThrow(/Bands row 1 has no label/);
    expect(() => ratingFormula(1, [['', 'Poor']])).toThrow(/Bands row 1 has no minimum score/);
    expect(() => ratingFormula(1, [['', '']])).toThrow(/Bands are all blank/);
  });
});

describe('KPIRATING', () => {
  it('returns "" for a blank score', () => {
    expect(ratingFormula('')).toBe('');
    expect(ratingFormula(null)).toBe('');
  });

  it('rates an N/A score "N/A": the KPI does not apply this period', () => {
    expect(ratingFormula('N/A')).toBe('N/A');
    expect(ratingFormula([[1], ['n/a'], ['']])).toEqual([['Meets expectations'], ['N/A'], ['']]);
  });

  it('rates a column of scores, keeping its shape', () => {
    expect(ratingFormula([[0.5], [1], [''], [1.4]])).toEqual([
      ['Below expectations'],
      ['Meets expectations'],
      [''],
      ['Outstanding'],
    ]);
  });

  it('passes #KPI! scores through and marks other bad cells', () => {
    const result = ratingFormula([['#KPI! Target is blank'], ['great']]);
    expect(result).toEqual([
      ['#KPI! Target is blank'],
      [expect.stringMatching(/^#KPI! Score "great" is not a number/)],
    ]);
  });

  it('throws for a bad score in a single-cell call', () => {
    expect(() => ratingFormula('great')).toThrow(/Score "great" is not a number/);
    expect(() => ratingFormula('#KPI! Target is blank')).toThrow(
      /Score is an error \(#KPI! Target is blank\)/,
    );
  });

  it('reads score text as Sheets users type it', () => {
    expect(ratingFormula('95%')).toBe('Meets expectations');
    expect(ratingFormula(true)).toBe('Meets expectations');
  });
});

describe('rounding noise', () => {
  it('rates a total that reaches a minimum only up to floating-point noise as reaching it', () => {
    const total = (1.2 * 0.5 + 0.9 * 0.25) / 0.75; // 1.0999999999999999
    expect(total).toBeLessThan(1.1);
    expect(ratingFor(total)).toBe('Exceeds expectations');
    expect(ratingFor(1.0999)).toBe('Meets expectations');
  });
});
