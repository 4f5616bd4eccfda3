import fc from 'fast-check';
import {
  DEFAULT_CAP,
  parseDirection,
  resolveScoreScale,
  scoreKpi,
  scoreKpiFormula,
  scoreOnScale,
} from '../../../src/core/scoring';
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

describe('the score scale', () => {
  it('scores 0 at or below the threshold and exactly 1 at the target', () => {
    expect(scoreKpi(40, 100, { threshold: 40 })).toBe(0);
    expect(scoreKpi(10, 100, { threshold: 40 })).toBe(0);
    expect(scoreKpi(100, 100, { threshold: 40 })).toBe(1);
  });

  it('stays at the cap beyond the stretch', () => {
    expect(scoreKpi(120, 100, { threshold: 80, stretch: 120, cap: 1.3 })).toBe(1.3);
    expect(scoreKpi(500, 100, { threshold: 80, stretch: 120, cap: 1.3 })).toBe(1.3);
  });

  it('continues the threshold-to-target slope to the cap when there is no stretch', () => {
    expect(scoreKpi(140, 100)).toBeCloseTo(1.4, 12);
    expect(scoreKpi(160, 100)).toBe(DEFAULT_CAP);
  });

  it('mirrors the scale when lower is better', () => {
    expect(scoreKpi(200, 100, { direction: 'lower' })).toBe(0);
    expect(scoreKpi(100, 100, { direction: 'lower' })).toBe(1);
    expect(
      scoreKpi(90, 100, { direction: 'lower', threshold: 150, stretch: 80, cap: 1.2 }),
    ).toBeCloseTo(1.1, 12);
    expect(scoreKpi(10, 100, { direction: 'lower', threshold: 150, stretch: 80, cap: 1.2 })).toBe(
      1.2,
    );
  });

  it('gives a cap of exactly 1 a flat top past the target', () => {
    expect(scoreKpi(150, 100, { cap: 1 })).toBe(1);
    expect(scoreKpi(150, 100, { stretch: 120, cap: 1 })).toBe(1);
  });

  it('scores a range KPI 1 inside the band and 0 at the threshold on either side', () => {
    const scale = resolveScoreScale(40, { direction: 'range', threshold: 30, stretch: 50 });
    expect(scoreOnScale(40, scale)).toBe(1);
    expect(scoreOnScale(50, scale)).toBe(1);
    expect(scoreOnScale(35, scale)).toBe(0.5);
    expect(scoreOnScale(30, scale)).toBe(0);
    expect(scoreOnScale(60, scale)).toBe(0);
    expect(scoreOnScale(1000, scale)).toBe(0);
  });

  it('measures the range fall-off from the band edge nearest the threshold', () => {
    // Target given as the upper edge: the threshold still scores exactly 0.
    const scale = resolveScoreScale(50, { direction: 'range', threshold: 30, stretch: 40 });
    expect(scoreOnScale(30, scale)).toBe(0);
    expect(scoreOnScale(35, scale)).toBe(0.5);
    expect(scoreOnScale(55, scale)).toBe(0.5);
  });

  it('treats a range KPI without a stretch as a single ideal value', () => {
    expect(scoreKpi(20, 20, { direction: 'range', threshold: 10 })).toBe(1);
    expect(scoreKpi(25, 20, { direction: 'range', threshold: 10 })).toBe(0.5);
    expect(scoreKpi(15, 20, { direction: 'range', threshold: 10 })).toBe(0.5);
  });

  it('ignores the cap for a range KPI', () => {
    expect(scoreKpi(45, 40, { direction: 'range', threshold: 30, stretch: 50, cap: 3 })).toBe(1);
    expect(scoreKpi(45, 40, { direction: 'range', threshold: 30, stretch: 50, cap: 0.5 })).toBe(1);
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

  it('rejects targets and thresholds too far apart to score', () => {
    expect(messageOf(() => scoreKpi(1, 1e308, { threshold: -1e308 }))).toMatch(/too far apart/);
  });
});

describe('reading the arguments as Sheets sends them', () => {
  it('accepts direction words in any case and with "is better"', () => {
    expect(parseDirection('HIGHER')).toBe('higher');
    expect(parseDirection(' Lower is Better ')).toBe('lower');
    expect(parseDirection('higher  is  better')).toBe('higher');
    expect(parseDirection('Range')).toBe('range');
    expect(parseDirection('')).toBe('higher');
    expect(parseDirection(undefined)).toBe('higher');
  });

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

/** Values and scales a KPI might have, in magnitudes where doubles keep their meaning. */
const magnitude = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positiveGap = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });
const capValue = fc.double({ min: 1, max: 5, noNaN: true, noDefaultInfinity: true });

/** A higher/lower scale: threshold on the worse side, optional stretch on the better side. */
const directionalScale = fc
  .record({
    direction: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
    target: magnitude,
    below: positiveGap,
    above: fc.option(positiveGap, { nil: null }),
    cap: capValue,
  })
  .map(({ direction, target, below, above, cap }) => {
    const sign = direction === 'higher' ? 1 : -1;
    return {
      direction,
      target,
      threshold: target - sign * below,
      stretch: above === null ? null : target + sign * above,
      cap,
    };
  })
  .filter((s) => s.threshold !== s.target && s.stretch !== s.target);

const rangeScale = fc
  .record({
    target: magnitude,
    width: fc.option(positiveGap, { nil: null }),
    gap: positiveGap,
    low: fc.boolean(),
  })
  .map(({ target, width, gap, low }) => {
    const stretch = width === null ? null : target + width;
    const threshold = low ? target - gap : (stretch ?? target) + gap;
    return { direction: 'range' as const, target, threshold, stretch, cap: 1 };
  })
  .filter((s) => s.threshold !== s.target && s.threshold !== s.stretch);

describe('KPISCORE invariants', () => {
  it('is always a finite number within [0, cap]', () => {
    fc.assert(
      fc.property(fc.oneof(directionalScale, rangeScale), magnitude, (settings, actual) => {
        const score = scoreKpi(actual, settings.target, settings);
        expect(Number.isFinite(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(settings.cap);
      }),
    );
  });

  it('never falls as the actual improves in the KPI direction', () => {
    fc.assert(
      fc.property(directionalScale, magnitude, magnitude, (settings, a, b) => {
        const sign = settings.direction === 'higher' ? 1 : -1;
        const [worse, better] = sign * a <= sign * b ? [a, b] : [b, a];
        const scale = resolveScoreScale(settings.target, settings);
        expect(scoreOnScale(better, scale)).toBeGreaterThanOrEqual(scoreOnScale(worse, scale));
      }),
    );
  });

  it('never rises as a range actual moves away from the band', () => {
    fc.assert(
      fc.property(rangeScale, positiveGap, positiveGap, (settings, near, far) => {
        const scale = resolveScoreScale(settings.target, settings);
        const [closer, further] = near <= far ? [near, far] : [far, near];
        expect(scoreOnScale(scale.bandHigh + further, scale)).toBeLessThanOrEqual(
          scoreOnScale(scale.bandHigh + closer, scale),
        );
        expect(scoreOnScale(scale.bandLow - further, scale)).toBeLessThanOrEqual(
          scoreOnScale(scale.bandLow - closer, scale),
        );
      }),
    );
  });

  it('is exactly 1 at the target', () => {
    fc.assert(
      fc.property(fc.oneof(directionalScale, rangeScale), (settings) => {
        expect(scoreKpi(settings.target, settings.target, settings)).toBe(1);
      }),
    );
  });

  it('is continuous at the target and at the stretch', () => {
    fc.assert(
      fc.property(directionalScale, (settings) => {
        const scale = resolveScoreScale(settings.target, settings);
        const points =
          settings.stretch === null ? [settings.target] : [settings.target, settings.stretch];
        // A step a millionth of the shortest segment moves a continuous score by about 1e-6.
        const segments = [Math.abs(settings.target - settings.threshold)];
        if (settings.stretch !== null) segments.push(Math.abs(settings.stretch - settings.target));
        const step = Math.min(...segments) * 1e-6;
        for (const point of points) {
          const atPoint = scoreOnScale(point, scale);
          expect(Math.abs(scoreOnScale(point - step, scale) - atPoint)).toBeLessThan(1e-4);
          expect(Math.abs(scoreOnScale(point + step, scale) - atPoint)).toBeLessThan(1e-4);
        }
      }),
    );
  });

  it('scores the stretch exactly at the cap', () => {
    fc.assert(
      fc.property(directionalScale, (settings) => {
        fc.pre(settings.stretch !== null);
        expect(scoreKpi(settings.stretch as number, settings.target, settings)).toBe(settings.cap);
      }),
    );
  });

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
