import {
  createFormulaEngine,
  type CustomFunction,
  type FormulaEngine,
} from '../../../emulator/formula-engine';
import { attach, SmallWorkbook } from './small-workbook';

/** A stand-in for KPIROLLUP: one row per distinct key, with the sum of its values. */
const rollup: CustomFunction = (keys, values) => {
  const totals = new Map<string, number>();
  (keys as unknown[][]).forEach((row, index) => {
    const key = String(row[0] ?? '');
    if (key === '') return;
    totals.set(key, (totals.get(key) ?? 0) + Number((values as unknown[][])[index]?.[0] ?? 0));
  });
  return totals.size === 0 ? '' : [...totals].map(([key, total]) => [key, total]);
};

function column(engine: ReturnType<typeof attach>, sheet: string, col: number, rows: number) {
  return Array.from({ length: rows }, (_row, r) => engine.valueAt(sheet, r + 1, col));
}

describe('array results sized by what they return', () => {
  it('grows and shrinks a custom function result with the groups found in the data', () => {
    const book = new SmallWorkbook({
      Data: [
        ['Q1', 10, '', '=KPIROLLUP(A1:A6, B1:B6)'],
        ['Q1', 20],
        ['Q2', 5],
      ],
    });
    const engine = attach(book, { KPIROLLUP: rollup }, undefined, ['KPIROLLUP']);
    expect(column(engine, 'Data', 4, 4)).toEqual(['Q1', 'Q2', '', '']);
    expect(column(engine, 'Data', 5, 3)).toEqual([30, 5, '']);

    book.set('Data', 4, 1, 'Q3');
    book.set('Data', 4, 2, 7);
    expect(column(engine, 'Data', 4, 4)).toEqual(['Q1', 'Q2', 'Q3', '']);
    expect(engine.valueAt('Data', 3, 5)).toBe(7);

    book.clear('Data', 3, 1);
    book.clear('Data', 4, 1);
    expect(column(engine, 'Data', 4, 3)).toEqual(['Q1', '', '']);
    expect(column(engine, 'Data', 5, 3)).toEqual([30, '', '']);
  });

  it('spills FILTER over the matching rows only, and totals read the spill as it changes', () => {
    const book = new SmallWorkbook({
      Data: [
        ['Ana', 0.9, '=FILTER(A1:A5, B1:B5>=0.8)', '=COUNTA(C1:C5)'],
        ['Ben', 0.5],
        ['Caro', 1.2],
        ['Dev', 0.7],
        ['Eli', 0.3],
      ],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 3, 5)).toEqual(['Ana', 'Caro', '', '', '']);
    expect(engine.valueAt('Data', 1, 4)).toBe(2);
    book.set('Data', 4, 2, 0.95);
    book.set('Data', 5, 2, 0.85);
    expect(column(engine, 'Data', 3, 5)).toEqual(['Ana', 'Caro', 'Dev', 'Eli', '']);
    expect(engine.valueAt('Data', 1, 4)).toBe(4);
    book.set('Data', 1, 2, 0.1);
    expect(column(engine, 'Data', 3, 5)).toEqual(['Caro', 'Dev', 'Eli', '', '']);
  });

  it('shows #REF! with the cell in the way when a typed value blocks the spill, and recovers once it is cleared', () => {
    const book = new SmallWorkbook({
      Data: [
        [1, '=ARRAYFORMULA(A1:A3*10)'],
        [2, ''],
        [3, 'typed'],
      ],
    });
    const engine = attach(book);
    expect(engine.valueAt('Data', 1, 2)).toBe('#REF!');
    expect(engine.errorAt('Data', 1, 2)).toEqual({
      code: '#REF!',
      message: 'Array result was not expanded because it would overwrite data in B3.',
    });
    // Nothing spills while blocked: the cell between stays blank, the typed value stays.
    expect(engine.valueAt('Data', 2, 2)).toBe('');
    expect(engine.valueAt('Data', 3, 2)).toBe('typed');

    book.clear('Data', 3, 2);
    expect(column(engine, 'Data', 2, 3)).toEqual([10, 20, 30]);
    expect(engine.errorAt('Data', 1, 2)).toBeUndefined();
  });

  it('turns a spilling array into #REF! when a value is typed inside its area, until it is removed', () => {
    const book = new SmallWorkbook({ Data: [[1, '=A1:A3'], [2], [3]] });
    const engine = attach(book);
    expect(column(engine, 'Data', 2, 3)).toEqual([1, 2, 3]);
    book.set('Data', 2, 2, 'mine');
    expect(engine.errorAt('Data', 1, 2)?.message).toBe(
      'Array result was not expanded because it would overwrite data in B2.',
    );
    expect(engine.valueAt('Data', 2, 2)).toBe('mine');
    expect(engine.valueAt('Data', 3, 2)).toBe('');
    book.clear('Data', 2, 2);
    expect(column(engine, 'Data', 2, 3)).toEqual([1, 2, 3]);
  });

  it('blocks an array that grows into a typed value and frees it when the data shrinks again', () => {
    const book = new SmallWorkbook({
      Data: [
        ['a', 1, '=FILTER(A1:A4, B1:B4>0)'],
        ['b', 0],
        ['c', 0, ''],
        ['d', 0, 'note'],
      ],
    });
    const engine = attach(book);
    expect(engine.valueAt('Data', 1, 3)).toBe('a');
    book.set('Data', 2, 2, 1);
    book.set('Data', 3, 2, 1);
    book.set('Data', 4, 2, 1);
    expect(engine.errorAt('Data', 1, 3)?.message).toBe(
      'Array result was not expanded because it would overwrite data in C4.',
    );
    expect(engine.valueAt('Data', 2, 3)).toBe('');
    book.set('Data', 4, 2, 0);
    expect(column(engine, 'Data', 3, 4)).toEqual(['a', 'b', 'c', 'note']);
  });

  it('refuses an array that would run past the last row of the sheet, rather than cutting it', () => {
    const book = new SmallWorkbook({ Data: [[1, '=ARRAYFORMULA(A1:A4+1)'], [2], [3], [4]] });
    book.grids.set('Data', { rows: 4, columns: 3 });
    const engine = attach(book);
    expect(column(engine, 'Data', 2, 4)).toEqual([2, 3, 4, 5]);
    book.set('Data', 1, 2, '=ARRAYFORMULA({A1:A4+1; 0; 0})');
    expect(engine.errorAt('Data', 1, 2)).toEqual({
      code: '#REF!',
      message: 'Result was not automatically expanded, please insert more rows (2).',
    });
    expect(engine.valueAt('Data', 2, 2)).toBe('');
    book.grids.set('Data', { rows: 10, columns: 3 });
    book.notify({ kind: 'rows-inserted', sheetName: 'Data', row: 5, count: 6 });
    expect(column(engine, 'Data', 2, 6)).toEqual([2, 3, 4, 5, 0, 0]);
  });

  it('refuses an array that would run past the last column, naming the columns it needs', () => {
    const book = new SmallWorkbook({ Data: [['={1,2,3,4}']] });
    book.grids.set('Data', { rows: 10, columns: 2 });
    const engine = attach(book);
    expect(engine.errorAt('Data', 1, 1)?.message).toBe(
      'Result was not automatically expanded, please insert more columns (2).',
    );
  });

  it('lets the first of two arrays keep cells both want, and shows #REF! in the other', () => {
    const book = new SmallWorkbook({
      Data: [
        [1, '=A1:A3', ''],
        [2, '', ''],
        [3, '', ''],
      ],
    });
    const engine = attach(book);
    book.set('Data', 2, 3, '=A1:A2'); // spills into C2:C3, free
    expect(column(engine, 'Data', 3, 3)).toEqual(['', 1, 2]);
    book.set('Data', 3, 1, '=TRANSPOSE(A1:A2)'); // A3:B3 would overwrite B3, which B1 fills
    expect(engine.errorAt('Data', 3, 1)?.message).toBe(
      'Array result was not expanded because it would overwrite data in B3.',
    );
  });

  it('evaluates a custom function the entry-point list names, and no other', () => {
    const book = new SmallWorkbook({ Data: [['=TEAMBONUS(4)', '=KPISCORE(1, 1)']] });
    const engine = attach(book, { TEAMBONUS: (n) => Number(n) * 2, KPISCORE: () => 1 }, undefined, [
      'TEAMBONUS',
    ]);
    expect(engine.valueAt('Data', 1, 1)).toBe(8);
    expect(engine.valueAt('Data', 1, 2)).toBe('#NAME?');
    expect(engine.errorAt('Data', 1, 2)?.message).toMatch(/^Unknown function: 'KPISCORE'\./);
  });
});

describe('every cell readable after an array another sheet reads fails as a whole', () => {
  const PERIOD_END = new Date('2027-11-30T23:59:59Z');
  /**
   * A stand-in for KPIPACE: each row's actual as a share of 100, failing as a whole (as a custom
   * function that throws does) once today is past the period's end or an actual is not a number.
   */
  function pacedBook() {
    let today = new Date('2027-11-15T07:00:00Z');
    const pace: CustomFunction = (actuals) => {
      if (today > PERIOD_END)
        throw new Error('The period ended on 2027-11-30; start the next one.');
      return (actuals as unknown[][]).map(([actual], index) => {
        if (typeof actual !== 'number')
          throw new Error(`Actual in row ${index + 2} is not a number.`);
        return [actual / 100];
      });
    };
    const book = new SmallWorkbook({
      Scores: [
        ['Employee', 'Period', 'Actual', 'Pace'],
        ['E1', 'Q4', 50, '=PACE(C2:C)'],
        ['E2', 'Q4', 80],
        ['E3', 'Q4', 20],
      ],
      'Person Scorecard': [
        ['Person scorecard'],
        ['Period', 'Q4'],
        ['Employee', 'E1'],
        [],
        [
          'Pace',
          '=IF(OR($B$2="", $B$3=""), "", IFERROR(FILTER(Scores!D2:D, Scores!A2:A=$B$3, Scores!B2:B=$B$2), ""))',
          '=FILTER(Scores!D2:D, Scores!A2:A=$B$3)',
          '=TODAY()',
          '=COUNTIF(Scores!B2:B, $B$2)',
        ],
      ],
    });
    // Scores!D2:D ends at the grid's last row: exactly the area of the Pace array.
    book.grids.set('Scores', { rows: 4, columns: 4 });
    book.zone = 'Etc/UTC';
    const engine = createFormulaEngine({
      entryPoints: [{ name: 'PACE', kind: 'custom-function' }],
      customFunction: (name) => (name === 'PACE' ? pace : undefined),
      now: () => today,
    });
    engine.attach(book);
    book.engine = engine;
    const moveClock = (iso: string): void => {
      today = new Date(iso);
      engine.recalculate();
    };
    return { book, engine, moveClock };
  }

  /** Every cell of every sheet, one row and column past the used area: what a page shows. */
  function readAll(book: SmallWorkbook, engine: FormulaEngine) {
    return Object.fromEntries(
      book.sheetNames().map((name) => {
        const rows = book.sheetContents(name);
        const width = Math.max(...rows.map((row) => row.length)) + 1;
        const grid = Array.from({ length: rows.length + 1 }, (_row, r) =>
          Array.from({ length: width }, (_column, c) => {
            engine.errorAt(name, r + 1, c + 1);
            return engine.valueAt(name, r + 1, c + 1);
          }),
        );
        return [name, grid];
      }),
    );
  }

  it('reads a FILTER inside IF over another sheet’s array after the clock moves past where that array fails', () => {
    const { book, engine, moveClock } = pacedBook();
    expect(readAll(book, engine)['Person Scorecard']?.[4]?.slice(1, 5)).toEqual([
      0.5,
      0.5,
      new Date('2027-11-15T00:00:00Z'),
      3,
    ]);

    moveClock('2027-12-02T07:00:00Z');
    const after = readAll(book, engine);
    // The failure shows in the Pace formula's own cell only, as in Sheets.
    expect(after.Scores?.map((row) => row[3])).toEqual(['Pace', '#ERROR!', '', '', '']);
    expect(engine.errorAt('Scores', 2, 4)?.message).toBe(
      'The period ended on 2027-11-30; start the next one.',
    );
    expect(after['Person Scorecard']?.[4]?.slice(1, 5)).toEqual([
      '',
      '#ERROR!',
      new Date('2027-12-02T00:00:00Z'),
      3,
    ]);
    expect(engine.errorAt('Person Scorecard', 5, 3)?.message).toBe(
      'The period ended on 2027-11-30; start the next one.',
    );

    moveClock('2027-11-20T07:00:00Z');
    expect(readAll(book, engine)['Person Scorecard']?.[4]?.slice(1, 3)).toEqual([0.5, 0.5]);
    expect(column(engine, 'Scores', 4, 4)).toEqual(['Pace', 0.5, 0.8, 0.2]);
  });

  it('reads every cell when an edit in the referenced sheet makes that array fail, and again once it is undone', () => {
    const { book, engine } = pacedBook();
    book.set('Person Scorecard', 3, 2, 'E2');
    expect(engine.valueAt('Person Scorecard', 5, 2)).toBe(0.8);

    book.set('Scores', 3, 3, 'n/a');
    const failed = readAll(book, engine);
    expect(failed.Scores?.map((row) => row[3])).toEqual(['Pace', '#ERROR!', '', '', '']);
    // E2's row of the failed array is blank: the FILTER finds it, and IFERROR has nothing to catch.
    expect(failed['Person Scorecard']?.[4]?.slice(1, 3)).toEqual(['', '']);
    expect(engine.errorAt('Person Scorecard', 5, 3)).toBeUndefined();

    book.set('Person Scorecard', 3, 2, 'E1');
    expect(readAll(book, engine)['Person Scorecard']?.[4]?.slice(1, 3)).toEqual(['', '#ERROR!']);
    expect(engine.errorAt('Person Scorecard', 5, 3)?.message).toBe(
      'Actual in row 3 is not a number.',
    );

    book.set('Scores', 3, 3, 80);
    readAll(book, engine);
    expect(column(engine, 'Scores', 4, 4)).toEqual(['Pace', 0.5, 0.8, 0.2]);
    expect(engine.valueAt('Person Scorecard', 5, 2)).toBe(0.5);
  });
});
