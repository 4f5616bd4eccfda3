/**
 * IF, IFS, SWITCH, CHOOSE, IFERROR and IFNA in the formula engine: a single value picks a branch and the branch's
 * array spills as it is, as in Sheets; inside ARRAYFORMULA they stay element-wise.
 */
import type { CustomFunction } from '../../../emulator/formula-engine';
import { attach, SmallWorkbook } from './small-workbook';

function column(engine: ReturnType<typeof attach>, sheet: string, col: number, rows: number) {
  return Array.from({ length: rows }, (_row, r) => engine.valueAt(sheet, r + 1, col));
}

function block(engine: ReturnType<typeof attach>, sheet: string, rows: number, cols: number[]) {
  return Array.from({ length: rows }, (_row, r) =>
    cols.map((c) => engine.valueAt(sheet, r + 1, c)),
  );
}

describe('IFERROR and IFNA outside ARRAYFORMULA', () => {
  it('IFERROR spills the whole FILTER result, and shows the fallback when nothing matches', () => {
    const book = new SmallWorkbook({
      Data: [[1, '=IFERROR(FILTER(A1:A3, A1:A3>1), "none")'], [2], [3]],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 2, 3)).toEqual([2, 3, '']);
    book.set('Data', 3, 1, 0);
    book.set('Data', 2, 1, 0);
    expect(column(engine, 'Data', 2, 3)).toEqual(['none', '', '']);
  });

  it('IFNA spills the FILTER result, catches its #N/A, and lets other errors through', () => {
    const book = new SmallWorkbook({
      Data: [
        ['a', 1, '=IFNA(FILTER(A1:A3, B1:B3>0), "none")', '=IFNA(1/0, "none")'],
        ['b', 0],
        ['c', 1],
      ],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 3, 3)).toEqual(['a', 'c', '']);
    expect(engine.valueAt('Data', 1, 4)).toBe('#DIV/0!');
    book.set('Data', 1, 2, 0);
    book.set('Data', 3, 2, 0);
    expect(column(engine, 'Data', 3, 2)).toEqual(['none', '']);
  });

  it('returns a fallback that is itself an array as it is', () => {
    const book = new SmallWorkbook({ Data: [[1, '=IFERROR(1/0, A1:A3)'], [2], [3]] });
    const engine = attach(book);
    expect(column(engine, 'Data', 2, 3)).toEqual([1, 2, 3]);
  });

  it('replaces each error inside an array with the fallback, IFNA only each #N/A', () => {
    const book = new SmallWorkbook({
      Data: [
        [
          1,
          '=IFERROR(ARRAYFORMULA(10/A1:A3), "none")',
          '=IFNA(ARRAYFORMULA(IF(A1:A3=5, NA(), 10/A1:A3)), "x")',
        ],
        [0],
        [5],
      ],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 2, 3)).toEqual([10, 'none', 2]);
    expect(column(engine, 'Data', 3, 3)).toEqual([10, '#DIV/0!', 'x']);
  });
});

describe('IF outside ARRAYFORMULA', () => {
  it('spills the FILTER of the branch a single condition picks', () => {
    const book = new SmallWorkbook({
      Data: [
        ['', 'Ana', 'x', '=IF(A1="", "", FILTER(B1:B9, C1:C9="x"))'],
        ['', 'Ben', ''],
        ['', 'Caro', 'x'],
        ['', 'Dev', 'x'],
      ],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 4, 4)).toEqual(['', '', '', '']);
    book.set('Data', 1, 1, 'go');
    expect(column(engine, 'Data', 4, 4)).toEqual(['Ana', 'Caro', 'Dev', '']);
  });

  it('reads a scorecard row block: IF(OR(…), "", IFERROR(FILTER(several columns), ""))', () => {
    const book = new SmallWorkbook({
      Scores: [
        ['E1', 'Q1', 'KPI-1', 0.9],
        ['E2', 'Q1', 'KPI-1', 0.4],
        ['E1', 'Q1', 'KPI-2', 1.1],
        ['E1', 'Q2', 'KPI-1', 0.7],
        ['E1', 'Q1', 'KPI-3', 0.5],
      ],
      Card: [
        ['Period', 'Q1'],
        ['Employee', 'E1'],
        [
          '',
          '=IF(OR($B$1="", $B$2=""), "", IFERROR(FILTER(Scores!C1:D9, Scores!A1:A9=$B$2, Scores!B1:B9=$B$1), ""))',
        ],
      ],
    });
    const engine = attach(book);
    expect(block(engine, 'Card', 6, [2, 3]).slice(2)).toEqual([
      ['KPI-1', 0.9],
      ['KPI-2', 1.1],
      ['KPI-3', 0.5],
      ['', ''],
    ]);
    book.set('Card', 2, 2, 'E9');
    expect(block(engine, 'Card', 4, [2, 3]).slice(2)).toEqual([
      ['', ''],
      ['', ''],
    ]);
    book.set('Card', 2, 2, '');
    expect(engine.valueAt('Card', 3, 2)).toBe('');
  });

  it('spills a range branch, and is FALSE when the condition fails with no third argument', () => {
    const book = new SmallWorkbook({
      Data: [[1, '=IF(TRUE, A1:A3)', '=IF(A1>5, A1:A3)', '=IF(1/0, A1:A3, 0)'], [2], [3]],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 2, 3)).toEqual([1, 2, 3]);
    expect(column(engine, 'Data', 3, 2)).toEqual([false, '']);
    expect(engine.valueAt('Data', 1, 4)).toBe('#DIV/0!');
  });

  it('takes one value each when the condition is itself a range', () => {
    const book = new SmallWorkbook({
      Data: [
        [0, 'a'],
        [1, 'b', '=IF(A1:A3, B1:B3, "no")'],
        [0, 'c'],
      ],
    });
    const engine = attach(book);
    // The range meets the formula's row (row 2): 1 is TRUE, and B1:B3 meets it at "b".
    expect(column(engine, 'Data', 3, 3)).toEqual(['', 'b', '']);
  });

  it('evaluates only the branch it picks, so a custom function in the other one never runs', () => {
    const calls: unknown[] = [];
    const twice: CustomFunction = (value) => {
      calls.push(value);
      return [[value], [value]];
    };
    const book = new SmallWorkbook({
      Data: [[1, '=IF(A1=1, "one", TWICE("B"))', '=IF(A1=1, TWICE("C"), "other")']],
    });
    const engine = attach(book, { TWICE: twice }, undefined, ['TWICE']);
    expect(block(engine, 'Data', 2, [2, 3])).toEqual([
      ['one', 'C'],
      ['', 'C'],
    ]);
    expect(new Set(calls)).toEqual(new Set(['C']));
    calls.length = 0;
    book.set('Data', 1, 1, 2);
    expect(block(engine, 'Data', 2, [2, 3])).toEqual([
      ['B', 'other'],
      ['B', ''],
    ]);
    expect(new Set(calls)).toEqual(new Set(['B']));
  });
});

describe('IFS outside ARRAYFORMULA', () => {
  it('spills the value of the first TRUE condition, trying the conditions in order', () => {
    const book = new SmallWorkbook({
      Data: [
        [2, 'Ana', '=IFS(A1>5, "big", A1>1, FILTER(B1:B9, B1:B9<>""), TRUE, "small")'],
        ['', 'Ben'],
        ['', 'Caro'],
      ],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 3, 4)).toEqual(['Ana', 'Ben', 'Caro', '']);
    book.set('Data', 1, 1, 9);
    expect(column(engine, 'Data', 3, 2)).toEqual(['big', '']);
    book.set('Data', 1, 1, 0);
    expect(column(engine, 'Data', 3, 2)).toEqual(['small', '']);
  });

  it('is #N/A when no condition is TRUE', () => {
    const book = new SmallWorkbook({ Data: [[0, '=IFS(A1>1, "big", A1<0, "negative")']] });
    const engine = attach(book);
    expect(engine.valueAt('Data', 1, 2)).toBe('#N/A');
  });

  it('stays element-wise inside ARRAYFORMULA', () => {
    const book = new SmallWorkbook({
      Data: [[5, '=ARRAYFORMULA(IFS(A1:A3>1, "big", TRUE, "small"))'], [0], [2]],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 2, 3)).toEqual(['big', 'small', 'big']);
  });
});

describe('SWITCH and CHOOSE outside ARRAYFORMULA', () => {
  it('SWITCH spills the value of the case its value matches, or the default', () => {
    const book = new SmallWorkbook({
      Data: [
        ['list', 'Ana', '=SWITCH(A1, "one", B1, "LIST", FILTER(B1:B9, B1:B9<>""), "none")'],
        ['', 'Ben'],
      ],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 3, 3)).toEqual(['Ana', 'Ben', '']);
    book.set('Data', 1, 1, 'one');
    expect(column(engine, 'Data', 3, 2)).toEqual(['Ana', '']);
    book.set('Data', 1, 1, 'other');
    expect(column(engine, 'Data', 3, 2)).toEqual(['none', '']);
  });

  it('SWITCH with no match and no default is #N/A', () => {
    const book = new SmallWorkbook({ Data: [[3, '=SWITCH(A1, 1, "one", 2, "two")']] });
    expect(attach(book).valueAt('Data', 1, 2)).toBe('#N/A');
  });

  it('CHOOSE spills the argument its index names, and an index past the end is #NUM!', () => {
    const book = new SmallWorkbook({
      Data: [
        [2, 'Ana', '=CHOOSE(A1, "first", B1:B2)'],
        ['', 'Ben'],
      ],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 3, 3)).toEqual(['Ana', 'Ben', '']);
    book.set('Data', 1, 1, 1);
    expect(column(engine, 'Data', 3, 2)).toEqual(['first', '']);
    book.set('Data', 1, 1, 3);
    expect(engine.valueAt('Data', 1, 3)).toBe('#NUM!');
  });

  it('stay element-wise inside ARRAYFORMULA', () => {
    const book = new SmallWorkbook({
      Data: [
        [
          1,
          '=ARRAYFORMULA(SWITCH(A1:A3, 1, "one", 2, "two", "many"))',
          '=ARRAYFORMULA(CHOOSE(A1:A3, "a", "b", "c"))',
        ],
        [2],
        [3],
      ],
    });
    const engine = attach(book);
    expect(block(engine, 'Data', 3, [2, 3])).toEqual([
      ['one', 'a'],
      ['two', 'b'],
      ['many', 'c'],
    ]);
  });
});

describe('inside ARRAYFORMULA', () => {
  it('IF, IFERROR and IFNA stay element-wise', () => {
    const book = new SmallWorkbook({
      Data: [
        [
          5,
          '=ARRAYFORMULA(IF(A1:A3>1, "big", "small"))',
          '=ARRAYFORMULA(IFERROR(10/A1:A3, "none"))',
          '=ARRAYFORMULA(IFNA(IF(A1:A3>1, A1:A3, NA()), 0))',
        ],
        [0],
        [2],
      ],
    });
    const engine = attach(book);
    expect(block(engine, 'Data', 3, [2, 3, 4])).toEqual([
      ['big', 2, 5],
      ['small', 'none', 0],
      ['big', 5, 2],
    ]);
  });

  it('broadcasts a single condition over an array branch, as before', () => {
    const book = new SmallWorkbook({
      Data: [[1, '=ARRAYFORMULA(IF(C1="", A1:A3*2, 0))'], [2], [3]],
    });
    const engine = attach(book);
    expect(column(engine, 'Data', 2, 3)).toEqual([2, 4, 6]);
  });
});
