import { closeOpenEndedRanges, type CustomFunction } from '../../../emulator/formula-engine';
import { attach, SmallWorkbook } from './small-workbook';

/** A stand-in for the add-on's KPISCORE: actual/target, cell by cell, like the real one. */
const ratio: CustomFunction = (actual, target) => {
  const score = (a: unknown, t: unknown): unknown => (a === '' ? '' : Number(a) / Number(t));
  if (Array.isArray(actual))
    return actual.map((row: unknown[], r) =>
      row.map((cell, c) => score(cell, Array.isArray(target) ? target[r]?.[c] : target)),
    );
  return score(actual, target);
};

describe('the HyperFormula formula engine', () => {
  it('evaluates built-in functions over stored values', () => {
    const book = new SmallWorkbook({ Data: [[2, 3, '=SUM(A1:B1)', '=IF(C1>4,"big","small")']] });
    const engine = attach(book);
    expect(engine.valueAt('Data', 1, 3)).toBe(5);
    expect(engine.valueAt('Data', 1, 4)).toBe('big');
  });

  it('runs a custom function over a range and spills one result per row', () => {
    const received: unknown[][] = [];
    const book = new SmallWorkbook({
      Scorecard: [
        ['Actual', 'Target', 'Score'],
        [120, 100, '=KPISCORE(A2:A4, B2:B4)'],
        ['', 100],
        [45, 50],
      ],
    });
    const engine = attach(book, {
      KPISCORE: (...args) => {
        received.push(args);
        return ratio(...args);
      },
    });
    expect(engine.valueAt('Scorecard', 2, 3)).toBe(1.2);
    expect(engine.valueAt('Scorecard', 3, 3)).toBe('');
    expect(engine.valueAt('Scorecard', 4, 3)).toBe(0.9);
    // Ranges arrive as 2D arrays with blanks as "", as Sheets passes them.
    expect(received[0]).toEqual([
      [[120], [''], [45]],
      [[100], [100], [50]],
    ]);
  });

  it('passes the error of a failed array formula to a function reading its whole area', () => {
    const book = new SmallWorkbook({
      Scorecard: [
        [120, 100, '=KPISCORE(A1:A3, B1:B3)'],
        [80, 100, ''],
        [50, 100, ''],
        ['', '', '=KPIWEIGHTED(C1:C3, B1:B3)'],
      ],
    });
    const strictRatio: CustomFunction = (actual, target) => {
      if ((target as unknown[][]).flat().includes(''))
        throw new Error('Target is blank — enter the value that scores 1 (100%).');
      return ratio(actual, target);
    };
    const total: CustomFunction = (scores) =>
      (scores as unknown[][]).flat().reduce((sum: number, score) => sum + Number(score), 0);
    const engine = attach(book, { KPISCORE: strictRatio, KPIWEIGHTED: total });
    expect(engine.valueAt('Scorecard', 4, 3)).toBeCloseTo(2.5, 12);

    // The whole column fails: its error shows where the formula is and reaches the total,
    // rather than stopping every evaluation in the spreadsheet.
    book.set('Scorecard', 2, 2, '');
    const failed = {
      code: '#ERROR!',
      message: 'Target is blank — enter the value that scores 1 (100%).',
    };
    expect(engine.errorAt('Scorecard', 1, 3)).toEqual(failed);
    expect(engine.errorAt('Scorecard', 4, 3)).toEqual(failed);

    book.set('Scorecard', 2, 2, 100);
    expect(engine.valueAt('Scorecard', 2, 3)).toBeCloseTo(0.8, 12);
    expect(engine.valueAt('Scorecard', 4, 3)).toBeCloseTo(2.5, 12);
  });

  it('updates dependent formulas after a cell is edited', () => {
    const book = new SmallWorkbook({
      Scorecard: [[80, 100, '=KPISCORE(A1, B1)', '=C1*100']],
    });
    const engine = attach(book, { KPISCORE: ratio });
    expect(engine.valueAt('Scorecard', 1, 4)).toBe(80);
    book.set('Scorecard', 1, 1, 110);
    expect(engine.valueAt('Scorecard', 1, 3)).toBeCloseTo(1.1);
    expect(engine.valueAt('Scorecard', 1, 4)).toBeCloseTo(110);
  });

  it('turns an edited cell typed as a formula into a live formula', () => {
    const book = new SmallWorkbook({ Data: [[4, 6]] });
    const engine = attach(book);
    book.set('Data', 2, 1, '=A1*B1');
    expect(engine.valueAt('Data', 2, 1)).toBe(24);
  });

  it('resolves named ranges such as KPI_AS_OF and follows them when they change', () => {
    const asOf = new Date('2025-03-31T22:00:00Z'); // 1 April 2025 in Berlin
    const book = new SmallWorkbook({
      Settings: [['As of', asOf]],
      Register: [['=KPI_AS_OF + 1', '=YEAR(KPI_AS_OF)']],
    });
    book.named = [{ name: 'KPI_AS_OF', sheetName: 'Settings', a1: 'B1' }];
    const engine = attach(book);
    expect(engine.valueAt('Register', 1, 2)).toBe(2025);
    book.set('Settings', 1, 2, new Date('2026-06-30T22:00:00Z'));
    expect(engine.valueAt('Register', 1, 2)).toBe(2026);
  });

  it('passes date cells to custom functions as dates and shows returned dates as dates', () => {
    let received: unknown;
    const book = new SmallWorkbook({
      Register: [[new Date('2025-01-14T23:00:00Z'), '=KPINEXTREVIEW(A1)']],
    });
    const engine = attach(book, {
      KPINEXTREVIEW: (last) => {
        received = last;
        return new Date('2025-04-14T22:00:00Z');
      },
    });
    expect(Object.prototype.toString.call(received)).toBe('[object Date]');
    expect((received as Date).toISOString()).toBe('2025-01-14T23:00:00.000Z');
    expect((engine.valueAt('Register', 1, 2) as Date).toISOString()).toBe(
      '2025-04-14T22:00:00.000Z', // midnight 15 April in Berlin (summer time)
    );
  });

  it('shows a thrown custom-function error as #ERROR! with its message', () => {
    const book = new SmallWorkbook({ Data: [[5, '', '=KPISCORE(A1, B1)']] });
    const engine = attach(book, {
      KPISCORE: () => {
        throw new Error('Target is blank — enter the value that scores 100%.');
      },
    });
    expect(engine.valueAt('Data', 1, 3)).toBe('#ERROR!');
    expect(engine.errorAt('Data', 1, 3)).toEqual({
      code: '#ERROR!',
      message: 'Target is blank — enter the value that scores 100%.',
    });
    expect(engine.errorAt('Data', 1, 1)).toBeUndefined();
  });

  it('shows #NAME? for a function the add-on does not define and #DIV/0! as Sheets does', () => {
    const book = new SmallWorkbook({ Data: [['=KPIRATING(1)', '=1/0', '=NOSUCHFUNCTION(1)']] });
    const engine = attach(book);
    expect(engine.valueAt('Data', 1, 1)).toBe('#NAME?');
    expect(engine.valueAt('Data', 1, 2)).toBe('#DIV/0!');
    expect(engine.valueAt('Data', 1, 3)).toBe('#NAME?');
  });

  it('names an unknown function and a formula that does not parse in the words Sheets uses', () => {
    const book = new SmallWorkbook({
      Data: [['=NOSUCHFUNCTION(1)', '=SUM(1,2', '=NO_SUCH_NAME+1']],
    });
    const engine = attach(book);
    expect(engine.errorAt('Data', 1, 1)?.message).toMatch(/^Unknown function: 'NOSUCHFUNCTION'\./);
    expect(engine.errorAt('Data', 1, 2)).toEqual({
      code: '#ERROR!',
      message: expect.stringMatching(/^Formula parse error\./) as unknown as string,
    });
    expect(engine.errorAt('Data', 1, 3)?.message).toMatch(/^Unknown range name: 'NO_SUCH_NAME'\./);
  });

  it('shows a circular reference as #REF! with the hover text Sheets shows, never the engine’s #CYCLE!', () => {
    const book = new SmallWorkbook({ Data: [['=B1+1', '=A1*2', '=A1']] });
    const engine = attach(book);
    const circular = {
      code: '#REF!',
      message:
        'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
    };
    expect([1, 2, 3].map((column) => engine.valueAt('Data', 1, column))).toEqual([
      '#REF!',
      '#REF!',
      '#REF!',
    ]);
    expect(engine.errorAt('Data', 1, 1)).toEqual(circular);
    expect(engine.errorAt('Data', 1, 3)).toEqual(circular);
    book.set('Data', 1, 2, 5);
    expect(engine.valueAt('Data', 1, 3)).toBe(6);
  });

  it('refuses TODAY(), NOW() and RAND() as custom-function arguments, as Sheets does', () => {
    const calls: unknown[][] = [];
    const book = new SmallWorkbook({
      Data: [
        [
          '=KPINEXTREVIEW(TODAY())',
          '=KPINEXTREVIEW(IF(RAND()>2, 1, 2))',
          '=NOW()',
          '=KPINEXTREVIEW(C1)',
        ],
        ['2026-03-31', '=KPINEXTREVIEW(A2)', '=KPINEXTREVIEW(A2:A3)', '=KPINEXTREVIEW("TODAY()")'],
        ['=RANDBETWEEN(1, 9)'],
      ],
    });
    const engine = attach(
      book,
      { KPINEXTREVIEW: (...args) => (calls.push(args), 'ran') },
      new Date('2026-11-26T10:00:00Z'),
    );
    for (const [row, column] of [
      [1, 1],
      [1, 2],
      [1, 4],
      [2, 3],
    ] as const) {
      expect(engine.valueAt('Data', row, column)).toBe('#ERROR!');
      expect(engine.errorAt('Data', row, column)?.message).toMatch(
        /^This function is not allowed to reference a cell with NOW\(\), RAND\(\), or RANDBETWEEN\(\)\. .*KPI_AS_OF/,
      );
    }
    // A date value, or text that only mentions TODAY(), is fine; TODAY() on its own is fine too.
    expect(engine.valueAt('Data', 2, 2)).toBe('ran');
    expect(engine.valueAt('Data', 2, 4)).toBe('ran');
    expect(engine.valueAt('Data', 1, 3)).toBeInstanceOf(Date);
    expect(calls).toHaveLength(2);
  });

  it('keeps text that looks like a number, date or formula as text', () => {
    const book = new SmallWorkbook({
      Data: [['2024-01-31', "'=x", '007', '=LEN(A1)+LEN(B1)+LEN(C1)', '=B1&"y"']],
    });
    const engine = attach(book);
    expect(engine.valueAt('Data', 1, 4)).toBe(15);
    expect(engine.valueAt('Data', 1, 5)).toBe('=xy');
  });

  it('never spills text that looks like an array formula', () => {
    const book = new SmallWorkbook({ Data: [["'={1;2;3}", '={1;2;3}']] });
    const engine = attach(book);
    expect([1, 2, 3].map((row) => engine.valueAt('Data', row, 1))).toEqual(['={1;2;3}', '', '']);
    expect([1, 2, 3].map((row) => engine.valueAt('Data', row, 2))).toEqual([1, 2, 3]);
  });

  it('reads TODAY() from the emulated clock in the spreadsheet time zone', () => {
    const book = new SmallWorkbook({ Data: [['=TODAY()']] });
    const engine = attach(book, {}, new Date('2030-12-31T23:30:00Z')); // 1 Jan 2031 in Berlin
    expect((engine.valueAt('Data', 1, 1) as Date).toISOString()).toBe('2030-12-31T23:00:00.000Z');
  });

  it('follows sheets added by a structural change', () => {
    const book = new SmallWorkbook({ Data: [[1]] });
    const engine = attach(book);
    book.sheets.set('Totals', [['=SUM(Data!A1:A2)']]);
    book.notify({ kind: 'sheet-added', sheetName: 'Totals' });
    expect(engine.valueAt('Totals', 1, 1)).toBe(1);
  });

  it('evaluates open-ended ranges such as A2:A down to the last used row', () => {
    const book = new SmallWorkbook({
      Data: [['Values'], [1], [2], [3], ['=SUM(A2:A4)', '=SUM(A2:A)']],
    });
    const engine = attach(book);
    expect(engine.valueAt('Data', 5, 2)).toBe(6 + 6);
  });

  it('extends an open-ended range when rows are added below it', () => {
    const book = new SmallWorkbook({ Data: [['Values', '=SUM(A2:A)'], [1], [2]] });
    const engine = attach(book);
    expect(engine.valueAt('Data', 1, 2)).toBe(3);
    book.set('Data', 4, 1, 10);
    expect(engine.valueAt('Data', 1, 2)).toBe(13);
  });
});

describe('closing open-ended ranges', () => {
  const size = () => ({ rows: 40, columns: 5 });

  it('closes a column range at the last row and leaves closed ranges and strings alone', () => {
    expect(closeOpenEndedRanges('=SUM(B2:B) + SUM(C2:D9) & "A2:A"', size)).toBe(
      '=SUM(B2:B40) + SUM(C2:D9) & "A2:A"',
    );
  });

  it('leaves absolute closed ranges such as $H$7:$H$14 as they are', () => {
    expect(closeOpenEndedRanges('=KPIWEIGHTED(M7:M14, $H$7:$H$14)', size)).toBe(
      '=KPIWEIGHTED(M7:M14, $H$7:$H$14)',
    );
  });

  it('keeps the sheet prefix of a range on another sheet', () => {
    expect(closeOpenEndedRanges("=COUNTA('KPI Register'!A2:A)", size)).toBe(
      "=COUNTA('KPI Register'!A2:A40)",
    );
  });
});

describe('evaluating a formula without storing it', () => {
  it('reads the cells a data-validation formula names, as written', () => {
    const book = new SmallWorkbook({ Data: [[0.93, 93], ['=A1*2']] });
    const engine = attach(book);
    expect(engine.evaluate('Data', '=OR(ISBLANK(A1), A1>=1)')).toBe(false);
    expect(engine.evaluate('Data', '=AND(B1>=1, TRUE)')).toBe(true);
    expect(engine.evaluate('Data', '=A2+1')).toBeCloseTo(2.86, 12);
    expect(engine.evaluate('Data', '=1/0')).toBe('#DIV/0!');
  });
});
