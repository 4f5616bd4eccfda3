import {
  mayReferToSheet,
  moveReferences,
  renameSheetReferences,
} from '../../../emulator/formula-references';
import type { DimensionChange } from '../../../emulator/sheet-structure';

const insertRows = (at: number, count = 1): DimensionChange => ({
  dimension: 'ROWS',
  at,
  count,
  insert: true,
});
const deleteRows = (at: number, count = 1): DimensionChange => ({
  dimension: 'ROWS',
  at,
  count,
  insert: false,
});
const insertColumns = (at: number, count = 1): DimensionChange => ({
  dimension: 'COLUMNS',
  at,
  count,
  insert: true,
});
const deleteColumns = (at: number, count = 1): DimensionChange => ({
  dimension: 'COLUMNS',
  at,
  count,
  insert: false,
});

/** A formula on Sheet1 after a change to Sheet1. */
const onSheet1 = (formula: string, change: DimensionChange) =>
  moveReferences(formula, 'Sheet1', 'Sheet1', change);

describe('moving formula references after an insert or delete', () => {
  it('moves a single cell at or after an inserted row, and leaves one before it', () => {
    expect(onSheet1('=B7', insertRows(7))).toBe('=B8');
    expect(onSheet1('=B7', insertRows(3, 2))).toBe('=B9');
    expect(onSheet1('=B7', insertRows(8))).toBe('=B7');
  });

  it('moves a range inserted before, grows one inserted inside, and leaves one inserted after', () => {
    expect(onSheet1('=SUM(B2:D9)', insertRows(2, 3))).toBe('=SUM(B5:D12)');
    expect(onSheet1('=SUM(B2:D9)', insertRows(5, 3))).toBe('=SUM(B2:D12)');
    expect(onSheet1('=SUM(B2:D9)', insertRows(9))).toBe('=SUM(B2:D10)');
    expect(onSheet1('=SUM(B2:D9)', insertRows(10))).toBe('=SUM(B2:D9)');
    expect(onSheet1('=SUM(B2:D9)', insertColumns(3))).toBe('=SUM(B2:E9)');
    expect(onSheet1('=SUM(B2:D9)', insertColumns(1, 2))).toBe('=SUM(D2:F9)');
  });

  it('moves absolute and relative references alike, keeping their anchors', () => {
    expect(onSheet1('=$B$7+B$7+$B7', insertRows(1))).toBe('=$B$8+B$8+$B8');
    expect(onSheet1('=SUM($N$2:$N)', insertColumns(14))).toBe('=SUM($O$2:$O)');
  });

  it('moves whole columns with columns and leaves them alone when rows change', () => {
    expect(onSheet1('=COUNTA(B:B)', insertColumns(2))).toBe('=COUNTA(C:C)');
    expect(onSheet1('=COUNTA(B:D)', insertColumns(3))).toBe('=COUNTA(B:E)');
    expect(onSheet1('=COUNTA(B:B)', insertRows(1, 5))).toBe('=COUNTA(B:B)');
  });

  it('moves whole rows with rows and leaves them alone when columns change', () => {
    expect(onSheet1('=SUM(2:5)', insertRows(1))).toBe('=SUM(3:6)');
    expect(onSheet1('=SUM(2:5)', deleteRows(3))).toBe('=SUM(2:4)');
    expect(onSheet1('=SUM(2:5)', insertColumns(1))).toBe('=SUM(2:5)');
  });

  it('keeps an open-ended range open, moving its start when rows go in above it', () => {
    expect(onSheet1('=COUNTA(A2:A)', insertRows(1, 2))).toBe('=COUNTA(A4:A)');
    expect(onSheet1('=COUNTA(A2:A)', insertRows(500))).toBe('=COUNTA(A2:A)');
    expect(onSheet1('=COUNTA(A2:A)', deleteRows(1))).toBe('=COUNTA(A1:A)');
    expect(onSheet1('=COUNTA(A2:A)', deleteRows(2, 400))).toBe('=COUNTA(A2:A)');
    expect(onSheet1('=COUNTA(A2:C)', insertColumns(2))).toBe('=COUNTA(A2:D)');
    expect(onSheet1('=SUM(B3:3)', insertColumns(1))).toBe('=SUM(C3:3)');
    expect(onSheet1('=SUM(B3:3)', insertColumns(5))).toBe('=SUM(B3:3)');
    expect(onSheet1('=SUM(B3:3)', insertRows(2))).toBe('=SUM(B4:4)');
  });

  it('moves references after a deleted block back and shrinks ranges that overlap it', () => {
    expect(onSheet1('=B9', deleteRows(2, 3))).toBe('=B6');
    expect(onSheet1('=SUM(B2:B9)', deleteRows(4, 2))).toBe('=SUM(B2:B7)');
    expect(onSheet1('=SUM(B2:B9)', deleteRows(1, 3))).toBe('=SUM(B1:B6)');
    expect(onSheet1('=SUM(B2:B9)', deleteRows(8, 5))).toBe('=SUM(B2:B7)');
    expect(onSheet1('=SUM(B1:D1)', deleteColumns(2))).toBe('=SUM(B1:C1)');
    expect(onSheet1('=SUM(B2:B9)', deleteRows(10, 5))).toBe('=SUM(B2:B9)');
  });

  it('turns a deleted cell, or a range wholly deleted, into #REF! with its qualifier', () => {
    expect(onSheet1('=SUM(B4)', deleteRows(3, 2))).toBe('=SUM(#REF!)');
    expect(onSheet1('=SUM(B3:C4)', deleteRows(3, 2))).toBe('=SUM(#REF!)');
    expect(onSheet1('=COUNTA(B:B)+1', deleteColumns(2))).toBe('=COUNTA(#REF!)+1');
    expect(moveReferences("=SUM('Sheet1'!B4)+C4", 'Other', 'Sheet1', deleteRows(4))).toBe(
      '=SUM(#REF!)+C4',
    );
  });

  it('moves qualified references to the changed sheet from any sheet, and only those', () => {
    const change = insertColumns(1);
    expect(moveReferences("=SUM('A'!B1:C1)", 'B', 'A', change)).toBe("=SUM('A'!C1:D1)");
    expect(moveReferences('=SUM(B1:C1)', 'B', 'A', change)).toBe('=SUM(B1:C1)');
    expect(moveReferences('=Scores!N2+N2', 'Results', 'Scores', change)).toBe('=Scores!O2+N2');
    expect(moveReferences('=Results!N2+N2', 'Scores', 'Scores', change)).toBe('=Results!N2+O2');
  });

  it('matches sheet names case-insensitively and reads quotes doubled inside them', () => {
    const change = insertRows(1);
    expect(moveReferences('=scores!A1', 'Results', 'Scores', change)).toBe('=scores!A2');
    expect(moveReferences("='Bob''s sheet'!A1:B2", 'Results', "Bob's sheet", change)).toBe(
      "='Bob''s sheet'!A2:B3",
    );
  });

  it('leaves string literals, function names, numbers, errors and named ranges untouched', () => {
    const change = insertColumns(1);
    expect(onSheet1('=IF(A1="B2:C3", "say ""A1""", A1)', change)).toBe(
      '=IF(B1="B2:C3", "say ""A1""", B1)',
    );
    expect(onSheet1('=LOG10(A1)+ATAN2(B1, C1)', change)).toBe('=LOG10(B1)+ATAN2(C1, D1)');
    expect(onSheet1('=A1*1.5E+3+KPI_AS_OF', change)).toBe('=B1*1.5E+3+KPI_AS_OF');
    expect(onSheet1('=IFERROR(A1, #N/A)+#REF!', change)).toBe('=IFERROR(B1, #N/A)+#REF!');
    expect(onSheet1('=VLOOKUP(A2, B:C, 2, FALSE)', change)).toBe('=VLOOKUP(B2, C:D, 2, FALSE)');
  });

  it('moves the references inside an array literal', () => {
    expect(onSheet1('={A1:A3, B1:B3; 1, 2}', insertColumns(2))).toBe('={A1:A3, C1:C3; 1, 2}');
  });

  it('returns a formula with no reference to the changed sheet exactly as written', () => {
    const formula = '=ARRAYFORMULA(IF(a2:a="", "", \'Other\'!b2:b))';
    expect(onSheet1(formula, deleteRows(50))).toBe(formula);
  });

  it('tells whether a formula might name a sheet, quoted or not', () => {
    expect(mayReferToSheet("=SUM('Scores'!N2:N)", 'scores')).toBe(true);
    expect(mayReferToSheet("='Bob''s'!A1", "Bob's")).toBe(true);
    expect(mayReferToSheet('=SUM(N2:N)', 'Scores')).toBe(false);
  });
});

describe('renaming a sheet in formula references', () => {
  it('rewrites the qualifiers that name the old sheet, quoting the new name when it needs it', () => {
    expect(renameSheetReferences('=SUM(Scores!N2:N)', 'Scores', 'Q1 scores')).toBe(
      "=SUM('Q1 scores'!N2:N)",
    );
    expect(renameSheetReferences("=SUM('Q1 scores'!N2:N)", 'q1 SCORES', 'Scores')).toBe(
      '=SUM(Scores!N2:N)',
    );
    expect(renameSheetReferences('=Scores!A1', 'Scores', "Ann's")).toBe("='Ann''s'!A1");
    expect(renameSheetReferences('=Scores!A1', 'Scores', 'AB12')).toBe("='AB12'!A1");
  });

  it('leaves other sheets, unqualified references and strings alone', () => {
    const formula = '=Results!A1+A1&"Scores!A1"';
    expect(renameSheetReferences(formula, 'Scores', 'Archive')).toBe(formula);
    expect(renameSheetReferences('=Scores!A1+Scoresheet!A1', 'Scores', 'S')).toBe(
      '=S!A1+Scoresheet!A1',
    );
  });
});
