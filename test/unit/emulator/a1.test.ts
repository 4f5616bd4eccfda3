import {
  a1Notation,
  columnLetters,
  columnNumber,
  parseA1,
  quoteSheetName,
} from '../../../emulator/a1';

describe('A1 notation', () => {
  it('converts column numbers and letters both ways', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(28)).toBe('AB');
    expect(columnLetters(703)).toBe('AAA');
    expect(columnNumber('AB')).toBe(28);
    expect(columnNumber('aaa')).toBe(703);
  });

  it('reads a single cell and a rectangle', () => {
    expect(parseA1('B3')).toEqual({ startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 });
    expect(parseA1('A1:C3')).toEqual({ startRow: 1, startColumn: 1, endRow: 3, endColumn: 3 });
    expect(parseA1('$A$1:$B$2')).toEqual({ startRow: 1, startColumn: 1, endRow: 2, endColumn: 2 });
  });

  it('reads sheet names, quoted or not, with escaped quotes', () => {
    expect(parseA1('Sheet 1!A1:C3')?.sheetName).toBe('Sheet 1');
    expect(parseA1("'My Sheet'!A:A")).toEqual({
      sheetName: 'My Sheet',
      endColumn: 1,
      startColumn: 1,
      startRow: undefined,
      endRow: undefined,
    });
    expect(parseA1("'Bob''s KPIs'!B2")?.sheetName).toBe("Bob's KPIs");
  });

  it('leaves open ends for whole columns, whole rows and ranges down to the last row', () => {
    expect(parseA1('A2:C')).toEqual({
      startRow: 2,
      startColumn: 1,
      endRow: undefined,
      endColumn: 3,
    });
    expect(parseA1('2:5')).toEqual({
      startRow: 2,
      startColumn: undefined,
      endRow: 5,
      endColumn: undefined,
    });
  });

  it('rejects text that is not a reference', () => {
    expect(parseA1('hello world')).toBeNull();
    expect(parseA1('A0')).toBeNull();
    expect(parseA1('A1:B2:C3')).toBeNull();
    expect(parseA1('A')).toBeNull();
  });

  it('writes rectangles and quotes sheet names when needed', () => {
    expect(a1Notation(1, 1, 1, 1)).toBe('A1');
    expect(a1Notation(2, 3, 4, 2)).toBe('C2:D5');
    expect(quoteSheetName('Register')).toBe('Register');
    expect(quoteSheetName('KPI Register')).toBe("'KPI Register'");
  });
});
