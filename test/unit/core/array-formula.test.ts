import fc from 'fast-check';
import { cellAt, kpiErrorCell, mapCells, planArrayCall } from '../../../src/core/array-formula';
import { KpiInputError } from '../../../src/core/sheet-input';

const arg = (name: string, value: unknown) => ({ name, value });

describe('planArrayCall', () => {
  it('plans nothing for a call with only single values', () => {
    expect(planArrayCall([arg('actual', 5), arg('target', 10)])).toBeNull();
  });

  it('takes the shape of the first multi-cell range', () => {
    const plan = planArrayCall([arg('actual', 5), arg('cap', [[1.2]]), arg('target', [[1, 2, 3]])]);
    expect(plan).toMatchObject({ rows: 1, columns: 3 });
  });

  it('treats one-cell ranges as single values and gives a 1×1 result when nothing is bigger', () => {
    const plan = planArrayCall([arg('actual', [[5]]), arg('target', 10)]);
    expect(plan).toEqual({
      rows: 1,
      columns: 1,
      sources: [
        { kind: 'single', value: 5 },
        { kind: 'single', value: 10 },
      ],
    });
  });

  it('pairs a row with a column of the same length by position', () => {
    const plan = planArrayCall([arg('actual', [[1], [2], [3]]), arg('target', [[10, 20, 30]])]);
    if (plan === null) throw new Error('expected a plan');
    const targets = [0, 1, 2].map((row) => cellAt(plan.sources[1]!, row, 0, plan.columns));
    expect(targets).toEqual([10, 20, 30]);
  });

  it('pairs a column with a row of the same length by position', () => {
    const plan = planArrayCall([arg('actual', [[1, 2, 3]]), arg('target', [[10], [20], [30]])]);
    if (plan === null) throw new Error('expected a plan');
    const targets = [0, 1, 2].map((column) => cellAt(plan.sources[1]!, 0, column, plan.columns));
    expect(targets).toEqual([10, 20, 30]);
  });

  it('refuses a vector against a block of the same cell count', () => {
    expect(() =>
      planArrayCall([
        arg('actual', [
          [1, 2],
          [3, 4],
        ]),
        arg('target', [[1], [2], [3], [4]]),
      ]),
    ).toThrow(
      'target is 4×1 but actual is 2×2 — give ranges of the same size, or a single value for the whole range.',
    );
  });

  it('refuses blocks of different shapes', () => {
    expect(() =>
      planArrayCall([
        arg('actual', [
          [1, 2],
          [3, 4],
        ]),
        arg('target', [
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ]),
    ).toThrow(KpiInputError);
  });

  it('refuses empty and ragged ranges', () => {
    expect(() => planArrayCall([arg('actual', [])])).toThrow(
      'actual is an empty range — select at least one cell.',
    );
    expect(() => planArrayCall([arg('actual', [[]])])).toThrow(/empty range/);
    expect(() => planArrayCall([arg('actual', [[1, 2], [3]])])).toThrow(/row 2 differs/);
  });

  it('gives every argument a source that reads the same cell as pairing by shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (rows, columns) => {
          const grid = Array.from({ length: rows }, (_, r) =>
            Array.from({ length: columns }, (_, c) => `${r},${c}`),
          );
          const plan = planArrayCall([arg('a', grid), arg('b', 7), arg('c', grid)]);
          if (plan === null) throw new Error('expected a plan');
          expect([plan.rows, plan.columns]).toEqual([rows, columns]);
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < columns; c++) {
              expect(cellAt(plan.sources[0]!, r, c, columns)).toBe(`${r},${c}`);
              expect(cellAt(plan.sources[1]!, r, c, columns)).toBe(7);
              expect(cellAt(plan.sources[2]!, r, c, columns)).toBe(`${r},${c}`);
            }
          }
        },
      ),
    );
  });
});

describe('kpiErrorCell', () => {
  it('shows an input problem as #KPI! and its reason', () => {
    expect(kpiErrorCell(new KpiInputError('Target is blank.'))).toBe('#KPI! Target is blank.');
  });

  it('never hides a defect in a cell', () => {
    expect(() => kpiErrorCell(new TypeError('oops'))).toThrow(TypeError);
  });
});

describe('mapCells', () => {
  it('computes each cell and marks bad ones without stopping', () => {
    const plan = planArrayCall([arg('a', [[1], [0], [3]]), arg('b', 6)]);
    if (plan === null) throw new Error('expected a plan');
    const result = mapCells(plan, ([a, b]) => {
      if (a === 0) throw new KpiInputError('a is 0 — enter a number other than 0.');
      return (b as number) / (a as number);
    });
    expect(result).toEqual([[6], ['#KPI! a is 0 — enter a number other than 0.'], [2]]);
  });
});
