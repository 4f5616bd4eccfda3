import fc from 'fast-check';
import { scoreKpi } from '../../../src/core/score-scale';
import { scoreKpiFormula } from '../../../src/core/scoring';
import { directionalScale, magnitude, rangeScale } from '../../helpers/score-scales';
import { KpiInputError } from '../../../src/core/sheet-input';

/** A KPISCORE call as a manager types it, through the sheet-facing entry. */
const KPISCORE = (...args: unknown[]): unknown =>
  scoreKpiFormula(args[0], args[1], args[2], args[3], args[4], args[5]);

describe('KPISCORE examples from the product contract', () => {
  it.each([
    [[120, 100], 1.2],
    [[300, 100], 1.5],
    [[80, 100, 'lower'], 1.2],
    [[50, 100, 'higher', 40], 1 / 6],
    [[110, 100, 'higher', 80, 120, 1.3], 1.15],
    [[3, 0, 'lower', 10], 0.7],
    [[47, 40, 'range', 30, 50], 1],
    [[55, 40, 'range', 30, 50], 0.5],
  ])('KPISCORE(%j) is %d', (args, expected) => {
    expect(KPISCORE(...args)).toBeCloseTo(expected, 12);
  });
});

describe('scale settings that cannot work', () => {
  const messageOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(KpiInputError);
      return (error as Error).message;
    }
    throw new Error('expected an error');
  };

  it('asks for a threshold when the lower-is-better default equals a target of 0', () => {
    expect(messageOf(() => KPISCORE(3, 0, 'lower'))).toMatch(
      /Threshold is needed.*enter the value that scores 0/,
    );
  });

  it('asks for a threshold when the higher-is-better default equals a target of 0', () => {
    expect(messageOf(() => KPISCORE(3, 0))).toMatch(/Threshold is needed/);
  });

  it('asks for a threshold when a negative target leaves the default on the wrong side', () => {
    expect(messageOf(() => KPISCORE(-3, -5))).toMatch(/Threshold is needed/);
    expect(messageOf(() => KPISCORE(-3, -5, 'lower'))).toMatch(/Threshold is needed/);
    expect(KPISCORE(-6, -5, 'higher', -10)).toBeCloseTo(0.8, 12);
  });

  it('rejects a threshold on the better side of the target', () => {
    expect(messageOf(() => KPISCORE(50, 100, 'higher', 120))).toMatch(/must be below the target/);
    expect(messageOf(() => KPISCORE(50, 100, 'lower', 80))).toMatch(/must be above the target/);
    expect(messageOf(() => KPISCORE(50, 100, 'higher', 100))).toMatch(/Threshold 100/);
  });

  it('rejects a stretch on the worse side of the target', () => {
    expect(messageOf(() => KPISCORE(50, 100, 'higher', 0, 90))).toMatch(
      /Stretch 90.*must be above the target/,
    );
    expect(messageOf(() => KPISCORE(50, 100, 'lower', 200, 110))).toMatch(
      /must be below the target/,
    );
    expect(messageOf(() => KPISCORE(50, 100, 'higher', 0, 100))).toMatch(/Stretch 100/);
  });

  it('rejects a cap below 1', () => {
    expect(messageOf(() => KPISCORE(50, 100, 'higher', '', '', 0.9))).toMatch(/Cap 0.9 is below 1/);
  });

  it('requires a threshold outside the band for a range KPI', () => {
    expect(messageOf(() => KPISCORE(45, 40, 'range', '', 50))).toMatch(
      /Threshold is required for "range"/,
    );
    expect(messageOf(() => KPISCORE(45, 40, 'range', 45, 50))).toMatch(
      /inside the ideal band 40–50/,
    );
    expect(messageOf(() => KPISCORE(45, 40, 'range', 40, 50))).toMatch(/inside the ideal band/);
  });

  it('rejects an unknown direction and says which words work', () => {
    expect(messageOf(() => KPISCORE(1, 1, 'sideways'))).toBe(
      'Direction "sideways" is not recognised — use "higher", "lower" or "range".',
    );
  });

  it('rejects a blank target with the fix', () => {
    expect(messageOf(() => KPISCORE(5, ''))).toBe(
      'Target is blank — enter the value that scores 1 (100%).',
    );
    expect(messageOf(() => KPISCORE(5, null))).toMatch(/Target is blank/);
  });

  it('rejects text that is not a number and says what to enter', () => {
    expect(messageOf(() => KPISCORE('lots', 100))).toMatch(
      /Actual "lots" is not a number — enter a number/,
    );
    expect(messageOf(() => KPISCORE(5, 'abc'))).toMatch(/Target "abc" is not a number/);
  });

  it('rejects dates and non-finite numbers rather than scoring them', () => {
    expect(messageOf(() => KPISCORE(new Date(2026, 0, 1), 100))).toMatch(
      /not a number — format the cell/,
    );
    expect(messageOf(() => KPISCORE(Number.NaN, 100))).toMatch(/finite number/);
    expect(messageOf(() => KPISCORE(5, Number.POSITIVE_INFINITY))).toMatch(/finite number/);
  });
});

describe('reading the arguments as Sheets sends them', () => {
  it('returns "" for a blank actual, never 0', () => {
    expect(KPISCORE('', 100)).toBe('');
    expect(KPISCORE(null, 100)).toBe('');
    expect(KPISCORE(undefined, 100)).toBe('');
  });

  it('returns "N/A" for an actual that does not apply this period, never an error or 0', () => {
    expect(KPISCORE('N/A', 100)).toBe('N/A');
    expect(KPISCORE(' na ', 100, 'lower')).toBe('N/A');
    expect(KPISCORE('n/a', 40, 'range', 30, 50)).toBe('N/A');
    // Checked before the settings, like a blank: the KPI is not measured at all this period.
    expect(KPISCORE('N/A', '')).toBe('N/A');
  });

  it('counts booleans as 1 and 0', () => {
    expect(KPISCORE(true, 1)).toBe(1);
    expect(KPISCORE(false, 1)).toBe(0);
  });

  it('reads numeric text with thousands separators and percent signs', () => {
    expect(KPISCORE('1,200', '1,000')).toBeCloseTo(1.2, 12);
    expect(KPISCORE('85%', 1)).toBeCloseTo(0.85, 12);
    expect(KPISCORE(0.85, '100%')).toBeCloseTo(0.85, 12);
  });

  it('treats blank optional arguments as omitted', () => {
    expect(KPISCORE(120, 100, '', '', '', '')).toBeCloseTo(1.2, 12);
    expect(KPISCORE(80, 100, 'lower', '', '', '')).toBeCloseTo(1.2, 12);
  });
});

describe('KPISCORE over ranges', () => {
  it('scores a column of actuals against one target, with the shape of the column', () => {
    expect(KPISCORE([[120], [80], [''], [300]], 100)).toEqual([[1.2], [0.8], [''], [1.5]]);
  });

  it('pairs same-shape ranges cell by cell', () => {
    const result = KPISCORE(
      [
        [50, 80],
        [110, 30],
      ],
      [
        [100, 100],
        [100, 20],
      ],
      [
        ['higher', 'lower'],
        ['higher', 'lower'],
      ],
    ) as number[][];
    expect(result[0]?.[0]).toBeCloseTo(0.5, 12);
    expect(result[0]?.[1]).toBeCloseTo(1.2, 12);
    expect(result[1]?.[0]).toBeCloseTo(1.1, 12);
    expect(result[1]?.[1]).toBeCloseTo(0.5, 12);
  });

  it('pairs a row and a column of the same length by position, in the shape of the first range', () => {
    expect(KPISCORE([[50], [150], [100]], [[100, 100, 50]])).toEqual([[0.5], [1.5], [1.5]]);
    expect(KPISCORE([[50, 150, 100]], [[100], [100], [50]])).toEqual([[0.5, 1.5, 1.5]]);
  });

  it('takes the result shape from the first multi-cell range even when actual is a single value', () => {
    expect(KPISCORE(100, [[100], [50], [200]])).toEqual([[1], [1.5], [0.5]]);
  });

  it('treats a one-cell range as a single value', () => {
    expect(KPISCORE([[120], [60]], [[100]])).toEqual([[1.2], [0.6]]);
    expect(KPISCORE([[120]], 100)).toEqual([[1.2]]);
  });

  it('puts #KPI! with the reason in the bad cell only', () => {
    const result = KPISCORE([[120], ['tbc'], [90]], [[100], [100], ['']]) as unknown[][];
    expect(result[0]).toEqual([1.2]);
    expect(result[1]?.[0]).toMatch(/^#KPI! Actual "tbc" is not a number/);
    expect(result[2]?.[0]).toBe('#KPI! Target is blank — enter the value that scores 1 (100%).');
  });

  it('marks every measured cell when the shared settings are wrong, leaving blanks blank', () => {
    expect(KPISCORE([[1], [''], [3]], 100, 'sideways')).toEqual([
      ['#KPI! Direction "sideways" is not recognised — use "higher", "lower" or "range".'],
      [''],
      ['#KPI! Direction "sideways" is not recognised — use "higher", "lower" or "range".'],
    ]);
  });

  it('passes N/A actuals through as "N/A" in a column, with one scale or a scale per row', () => {
    expect(KPISCORE([[120], ['N/A'], [''], ['na']], 100)).toEqual([[1.2], ['N/A'], [''], ['N/A']]);
    expect(KPISCORE([[120], ['N/A']], [[100], ['']])).toEqual([[1.2], ['N/A']]);
    expect(KPISCORE([['N/A'], [50]], 100, [['higher'], ['sideways']])).toEqual([
      ['N/A'],
      [expect.stringMatching(/^#KPI! Direction "sideways" is not recognised/)],
    ]);
  });

  it('scores text and boolean actuals in a column through the checked path', () => {
    expect(KPISCORE([['1,200'], [true], ['50%']], 1000)).toEqual([[1.2], [0.001], [0.0005]]);
  });

  it('refuses ranges that cannot be paired, naming both shapes', () => {
    expect(() => KPISCORE([[1], [2], [3]], [[1], [2]])).toThrow(
      'target is 2×1 but actual is 3×1 — give ranges of the same size, or a single value for the whole range.',
    );
    expect(() =>
      KPISCORE(
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2, 3, 4]],
      ),
    ).toThrow(/target is 1×4 but actual is 2×2/);
    expect(() => KPISCORE([[1], [2]], [[1, 2, 3]])).toThrow(/target is 1×3 but actual is 2×1/);
  });

  it('refuses an empty or ragged range', () => {
    expect(() => KPISCORE([], 100)).toThrow(/actual is an empty range/);
    expect(() => KPISCORE([[1], [2, 3]], 100)).toThrow(/not a rectangular range/);
  });

  it('reuses checked settings down a column but still reports a change of settings', () => {
    const result = KPISCORE([[50], [50], [50], [50]], [[100], [100], [0], [100]], 'lower', [
      [''],
      [''],
      [''],
      [150],
    ]) as unknown[][];
    expect(result[0]).toEqual([1.5]);
    expect(result[1]).toEqual([1.5]);
    expect(result[2]?.[0]).toMatch(/^#KPI! Threshold is needed/);
    expect(result[3]).toEqual([1.5]);
  });
});

describe('KPISCORE over rows that each carry their own settings', () => {
  /** Any cell a register row might hold in a setting column, good or bad. */
  const settingCell = fc.oneof(
    magnitude,
    fc.constantFrom('', null, 'abc', '85%', '1,200', true, Number.NaN, 0, 100, -50),
  );
  const directionCell = fc.constantFrom(
    'higher',
    'Lower is better',
    ' RANGE ',
    'lower',
    '',
    'sideways',
    7,
    null,
  );
  const actualCell = fc.oneof(
    magnitude,
    fc.constantFrom('', 'N/A', 'tbc', '90%', false, Number.POSITIVE_INFINITY),
  );
  const row = fc.tuple(actualCell, settingCell, directionCell, settingCell, settingCell);

  it('gives each row exactly what a single-cell call with that row gives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(row, fc.tuple(magnitude, magnitude, directionCell, magnitude, magnitude)),
          {
            minLength: 2,
            maxLength: 30,
          },
        ),
        fc.constantFrom('', 1.5, 1, 0.5, 'x'),
        (rows, cap) => {
          const column = (index: number): unknown[][] => rows.map((cells) => [cells[index]]);
          const result = KPISCORE(column(0), column(1), column(2), column(3), column(4), cap);
          const expected = rows.map(([actual, target, direction, threshold, stretch]) => {
            try {
              return [KPISCORE(actual, target, direction, threshold, stretch, cap)];
            } catch (error) {
              return [`#KPI! ${(error as Error).message}`];
            }
          });
          expect(result).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scores register-shaped rows of plain numbers as scoreKpi does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(directionalScale, rangeScale), magnitude), {
          minLength: 2,
          maxLength: 40,
        }),
        (rows) => {
          const column = (pick: (settings: (typeof rows)[number]) => unknown): unknown[][] =>
            rows.map((entry) => [pick(entry)]);
          const result = KPISCORE(
            column(([, actual]) => actual),
            column(([settings]) => settings.target),
            column(([settings]) => settings.direction),
            column(([settings]) => settings.threshold),
            column(([settings]) => settings.stretch ?? ''),
            column(([settings]) => settings.cap),
          );
          expect(result).toEqual(
            rows.map(([settings, actual]) => [scoreKpi(actual, settings.target, settings)]),
          );
        },
      ),
    );
  });

  it('scores a block of rows and columns with settings per cell', () => {
    expect(
      KPISCORE(
        [
          [120, 80],
          ['N/A', 55],
        ],
        [
          [100, 100],
          [100, 40],
        ],
        [
          ['higher', 'lower'],
          ['higher', 'range'],
        ],
        [
          ['', ''],
          ['', 30],
        ],
        [
          ['', ''],
          ['', 50],
        ],
      ),
    ).toEqual([
      [1.2, 1.2],
      ['N/A', 0.5],
    ]);
  });
});

describe('KPISCORE over ranges of any shape', () => {
  it('returns a result of the same shape as the range of actuals, with no NaN or Infinity', () => {
    const cell = fc.oneof(
      magnitude,
      fc.constant(''),
      fc.constantFrom('12%', '1,000', 'oops', true),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(cell, { minLength: 40, maxLength: 40 }),
        directionalScale,
        (rows, columns, cells, settings) => {
          const grid = Array.from({ length: rows }, (_, r) =>
            Array.from({ length: columns }, (_, c) => cells[(r * columns + c) % cells.length]),
          );
          const result = KPISCORE(
            grid,
            settings.target,
            settings.direction,
            settings.threshold,
            settings.stretch ?? '',
            settings.cap,
          ) as unknown[][];
          expect(result).toHaveLength(rows);
          for (const row of result) {
            expect(row).toHaveLength(columns);
            for (const value of row) {
              if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
              else expect(typeof value).toBe('string');
            }
          }
        },
      ),
    );
  });
});
