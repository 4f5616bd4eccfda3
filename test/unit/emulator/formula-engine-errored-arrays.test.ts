/**
 * Ranges that are exactly the area of an array the engine itself errored (a circular reference,
 * no room to spill): read as the error, with every other formula still evaluated.
 */
import { attach, SmallWorkbook } from './small-workbook';

/** Every cell of the first rows and columns of a sheet; reading any of them must not throw. */
function readEveryCell(engine: ReturnType<typeof attach>, rows: number, columns: number) {
  return Array.from({ length: rows }, (_row, r) =>
    Array.from({ length: columns }, (_column, c) => {
      engine.errorAt('Data', r + 1, c + 1);
      return engine.valueAt('Data', r + 1, c + 1);
    }),
  );
}

describe('ranges that are exactly an errored array', () => {
  it('reads an array caught in a circular reference through FILTER over its area as that error, and evaluates the rest', () => {
    const book = new SmallWorkbook({
      Data: [
        [
          1,
          '=ARRAYFORMULA(A1:A3*2)',
          '=IFERROR(FILTER(B1:B3, B1:B3>4), "none")',
          '=ISERROR(FILTER(B1:B3, B1:B3>4))',
          '=A2+1',
        ],
        [2],
        [3],
      ],
    });
    const engine = attach(book);
    expect(readEveryCell(engine, 3, 5)).toEqual([
      [1, 2, 6, false, 3],
      [2, 4, '', '', ''],
      [3, 6, '', '', ''],
    ]);

    // A1 now reads B3, which the array in B1 fills from A1.
    book.set('Data', 1, 1, '=B3');
    const circular = readEveryCell(engine, 3, 5);
    expect(engine.errorAt('Data', 1, 2)?.code).toBe('#REF!');
    expect(engine.errorAt('Data', 1, 2)?.message).toMatch(/^Circular dependency detected\./);
    expect(circular[0]).toEqual(['#REF!', '#REF!', 'none', true, 3]);

    book.set('Data', 1, 1, 1);
    expect(readEveryCell(engine, 3, 5)).toEqual([
      [1, 2, 6, false, 3],
      [2, 4, '', '', ''],
      [3, 6, '', '', ''],
    ]);
  });

  it('reads an array with no room to spill through a range of its one cell as #REF!, until the room is free', () => {
    const book = new SmallWorkbook({
      Data: [
        [1, '=ARRAYFORMULA(A1:A3*2)', '=SUM(B1:B1)', '=IFERROR(FILTER(B1:B1, A1:A1>0), "none")'],
        [2],
        [3],
      ],
    });
    const engine = attach(book);
    expect(readEveryCell(engine, 3, 4)[0]).toEqual([1, 2, 2, 2]);

    book.set('Data', 2, 2, 'typed');
    expect(readEveryCell(engine, 3, 4)).toEqual([
      [1, '#REF!', '#REF!', 'none'],
      [2, 'typed', '', ''],
      [3, '', '', ''],
    ]);
    expect(engine.errorAt('Data', 1, 3)?.message).toBe(
      'Array result was not expanded because it would overwrite data in B2.',
    );

    book.clear('Data', 2, 2);
    expect(readEveryCell(engine, 3, 4)).toEqual([
      [1, 2, 2, 2],
      [2, 4, '', ''],
      [3, 6, '', ''],
    ]);
  });
});
